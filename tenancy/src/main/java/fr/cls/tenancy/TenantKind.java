package fr.cls.tenancy;

import java.util.Set;

/**
 * ARS and départements own and fund contracts; PLATFORM is the operators' own tenant and owns no data.
 * Each kind states the roles its tokens may carry: an issuer trusted by one tenant must not be able to mint
 * another kind's powers (a département's IdP minting {@code ARS_APPROVER}, any IdP minting {@code PLATFORM_OPERATOR}).
 */
public enum TenantKind {
    PLATFORM(Set.of("PLATFORM_OPERATOR")),
    ARS(Set.of("ARS_AGENT", "ARS_APPROVER", "CLS_COORDINATOR", "GOVERNANCE_MEMBER", TenantKind.INTEGRATION)),
    DEPARTEMENT(Set.of("DEPARTEMENT_AGENT", "DEPARTEMENT_APPROVER", "CLS_COORDINATOR", "GOVERNANCE_MEMBER",
            TenantKind.INTEGRATION));

    /** Held only by a tenant's declared integration clients ({@link Tenant#integrationClients()}). */
    static final String INTEGRATION = "INTEGRATION";

    /** Every role the platform knows; other values of the roles claim grant nothing and are ignored. */
    static final Set<String> KNOWN_ROLES = Set.of("PLATFORM_OPERATOR", "ARS_AGENT", "ARS_APPROVER", "DEPARTEMENT_AGENT",
            "DEPARTEMENT_APPROVER", "CLS_COORDINATOR", "GOVERNANCE_MEMBER", INTEGRATION);

    private final Set<String> roles;

    TenantKind(Set<String> roles) {
        this.roles = roles;
    }

    /** The roles tokens of this kind may carry. */
    public Set<String> roles() {
        return roles;
    }

    /** Whether a token of a tenant of this kind may carry the role; unknown roles grant nothing, so they pass. */
    public boolean mayHold(String role) {
        return !KNOWN_ROLES.contains(role) || roles.contains(role);
    }
}
