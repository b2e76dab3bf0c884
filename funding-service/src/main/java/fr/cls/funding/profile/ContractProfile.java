package fr.cls.funding.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract as contract-service last described it; the owner is an ARS, the parties may co-fund it. */
public record ContractProfile(UUID contractId, String ownerTenantId, String kind, String title, String status,
        LocalDate startDate, LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
        List<String> territoryCodes, List<String> partyTenants) {

    /** The owner and every party: the tenants that may see the contract's funding. */
    public boolean involves(String tenantId) {
        return ownerTenantId.equals(tenantId) || partyTenants.contains(tenantId);
    }
}
