package fr.cls.funding.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Coordinator;

/**
 * A contract as contract-service last described it; the owner is an ARS, the parties may co-fund it.
 *
 * @param territoryEdition the edition of the official division its territory was resolved against; null when not
 *                         defined or not told (an older profile)
 * @param communes         the communes its territory covers; empty when not defined or not told (an older profile)
 */
public record ContractProfile(UUID contractId, String ownerTenantId, String kind, String title, String status,
        LocalDate startDate, LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
        List<String> territoryCodes, List<String> partyTenants, List<String> coordinators,
        List<String> coordinatorIssuers, String territoryEdition, List<Commune> communes) {

    public ContractProfile {
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
        coordinatorIssuers = coordinatorIssuers == null ? List.of() : List.copyOf(coordinatorIssuers);
        communes = communes == null ? List.of() : List.copyOf(communes);
    }

    /** Without the territory's communes (not told). */
    public ContractProfile(UUID contractId, String ownerTenantId, String kind, String title, String status,
            LocalDate startDate, LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
            List<String> territoryCodes, List<String> partyTenants, List<String> coordinators,
            List<String> coordinatorIssuers) {
        this(contractId, ownerTenantId, kind, title, status, startDate, endDate, beneficiaryKind, population, departements,
                territoryCodes, partyTenants, coordinators, coordinatorIssuers, null, null);
    }

    /** A commune of the territory: INSEE code, name, département. */
    public record Commune(String code, String name, String departement) {
    }

    public List<String> communeCodes() {
        return communes.stream().map(Commune::code).toList();
    }

    /** Without coordinators (none named yet). */
    public ContractProfile(UUID contractId, String ownerTenantId, String kind, String title, String status,
            LocalDate startDate, LocalDate endDate, String beneficiaryKind, Long population, List<String> departements,
            List<String> territoryCodes, List<String> partyTenants) {
        this(contractId, ownerTenantId, kind, title, status, startDate, endDate, beneficiaryKind, population, departements,
                territoryCodes, partyTenants, List.of(), List.of());
    }

    /**
     * The coordinators the owner named on the contract, issuer paired with subject by position (none recorded: a
     * profile from before issuers were published), for {@link CoordinatedContracts}.
     */
    public List<Coordinator> namedCoordinators() {
        return Coordinator.of(coordinators, coordinatorIssuers);
    }

    /** The owner and every party: the tenants that may see the contract's funding. */
    public boolean involves(String tenantId) {
        return ownerTenantId.equals(tenantId) || partyTenants.contains(tenantId);
    }
}
