package fr.cls.contract.contract;

import java.util.List;

/**
 * Domain event: a contract signed before the platform existed came with the strategic axes it was signed with,
 * in their order. Published before the import's transition, so the contract as signed is kept with them.
 */
public record AxesImported(ContractId contractId, String tenantId, List<String> titles) {
}
