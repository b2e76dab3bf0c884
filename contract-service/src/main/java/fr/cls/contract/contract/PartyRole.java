package fr.cls.contract.contract;

/** Why a tenant takes part in a contract it does not own. */
public enum PartyRole {
    CO_FUNDER, SIGNATORY
}
