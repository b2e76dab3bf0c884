package fr.cls.contract.contract;

/**
 * Where a contract stands in its life (steps common to the regions' pages; names differ per region).
 * Terminal: AGREEMENT_REFUSED, CLOSED, RENEWED, CONVERTED, ABANDONED.
 */
public enum ContractStatus {
    LETTER_OF_INTENT_RECEIVED,
    FRAMING,
    AGREEMENT_REFUSED,
    DIAGNOSTIC,
    ELABORATION,
    AWAITING_SIGNATURES,
    IN_FORCE,
    EVALUATION,
    CLOSED,
    RENEWED,
    CONVERTED,
    ABANDONED;

    /** A project can be abandoned until it is signed. */
    boolean beforeSignature() {
        return this == LETTER_OF_INTENT_RECEIVED || this == FRAMING || this == DIAGNOSTIC || this == ELABORATION
                || this == AWAITING_SIGNATURES;
    }
}
