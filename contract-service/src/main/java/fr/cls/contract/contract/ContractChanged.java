package fr.cls.contract.contract;

/**
 * Domain event: the contract, or the list of tenants taking part in it, changed through one of its owner's commands;
 * its profile is published again for the funders.
 */
public record ContractChanged(ContractId contractId) {
}
