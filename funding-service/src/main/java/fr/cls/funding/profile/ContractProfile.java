package fr.cls.funding.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract as contract-service last described it; the owner is an ARS, the parties may co-fund it. */
public record ContractProfile(UUID contractId, String ownerTenantId, String kind, String title, String status,
        LocalDate startDate, LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
        List<String> territoryCodes, List<String> partyTenants, List<String> coordinators,
        List<String> coordinatorIssuers) {

    public ContractProfile {
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
        coordinatorIssuers = coordinatorIssuers == null ? List.of() : List.copyOf(coordinatorIssuers);
    }

    /** Without coordinators (none named yet). */
    public ContractProfile(UUID contractId, String ownerTenantId, String kind, String title, String status,
            LocalDate startDate, LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
            List<String> territoryCodes, List<String> partyTenants) {
        this(contractId, ownerTenantId, kind, title, status, startDate, endDate, beneficiaryKind, population, departements,
                territoryCodes, partyTenants, List.of(), List.of());
    }

    /**
     * A coordinator of the owner tenant named on this contract: the same subject from the same issuer. Profiles
     * without issuers (from before they were published) match on the subject only while the owner tenant trusts
     * that one issuer alone ({@code tenantIssuers}).
     */
    public boolean coordinatedBy(String tenantId, String issuer, String subject, List<String> tenantIssuers) {
        if (!ownerTenantId.equals(tenantId)) {
            return false;
        }
        boolean withIssuers = coordinatorIssuers.size() == coordinators.size();
        for (int i = 0; i < coordinators.size(); i++) {
            if (coordinators.get(i).equals(subject)
                    && (withIssuers ? coordinatorIssuers.get(i).equals(issuer) : tenantIssuers.equals(List.of(issuer)))) {
                return true;
            }
        }
        return false;
    }

    /** The owner and every party: the tenants that may see the contract's funding. */
    public boolean involves(String tenantId) {
        return ownerTenantId.equals(tenantId) || partyTenants.contains(tenantId);
    }
}
