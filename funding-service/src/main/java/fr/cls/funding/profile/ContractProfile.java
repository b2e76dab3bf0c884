package fr.cls.funding.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract as contract-service last described it; the owner is an ARS, the parties may co-fund it. */
public record ContractProfile(UUID contractId, String ownerTenantId, String kind, String title, String status,
        LocalDate startDate, LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
        List<String> territoryCodes, List<String> partyTenants, List<String> coordinators) {

    public ContractProfile {
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
    }

    /** Without coordinators (none named yet). */
    public ContractProfile(UUID contractId, String ownerTenantId, String kind, String title, String status,
            LocalDate startDate, LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
            List<String> territoryCodes, List<String> partyTenants) {
        this(contractId, ownerTenantId, kind, title, status, startDate, endDate, beneficiaryKind, population, departements,
                territoryCodes, partyTenants, List.of());
    }

    /** The owner and every party: the tenants that may see the contract's funding. */
    public boolean involves(String tenantId) {
        return ownerTenantId.equals(tenantId) || partyTenants.contains(tenantId);
    }
}
