package fr.cls.contract.contract;

/** Where a contract stands in its life. The walking skeleton knows the first step only. */
public enum ContractStatus {
    LETTER_OF_INTENT_RECEIVED
}
