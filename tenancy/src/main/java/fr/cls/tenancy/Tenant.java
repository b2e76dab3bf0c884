package fr.cls.tenancy;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A funder-side organisation using the platform.
 *
 * @param id slug, e.g. {@code ars-bretagne}, {@code cd-53}
 * @param inseeCode INSEE region code for an ARS ({@code 53}), département code for a département ({@code 53})
 * @param issuers OIDC issuers whose tokens may act for this tenant
 * @param integrationClients the client ids (token {@code azp}, else {@code client_id}, else {@code sub}) of the
 *        tenant's submission portals: the only tokens of this tenant that may hold {@code INTEGRATION}
 * @param roles the roles its tokens may carry, a subset of its kind's; empty means all of its kind's
 * @param suspended a suspended tenant's tokens are refused everywhere (401); its data stays
 * @param version 0 as read from the bootstrap file, then one more per change made through the operators' API
 */
public record Tenant(String id, TenantKind kind, String name, String inseeCode, List<String> issuers, RateLimit rateLimit,
        List<String> integrationClients, Set<String> roles, boolean suspended, long version) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind of " + id);
        Objects.requireNonNull(name, "name of " + id);
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        rateLimit = rateLimit == null ? RateLimit.DEFAULT : rateLimit;
        integrationClients = integrationClients == null ? List.of() : List.copyOf(integrationClients);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public Tenant(String id, TenantKind kind, String name, String inseeCode, List<String> issuers, RateLimit rateLimit,
            List<String> integrationClients) {
        this(id, kind, name, inseeCode, issuers, rateLimit, integrationClients, Set.of(), false, 0);
    }

    /**
     * Whether a token of this tenant, from this client, may carry {@code role}: its kind allows it
     * ({@link TenantKind#mayHold}), the tenant's own list does not leave it out, and {@code INTEGRATION} only for the
     * tenant's declared clients.
     */
    public boolean mayHold(String role, String clientId) {
        if (TenantKind.KNOWN_ROLES.contains(role) && !roles.isEmpty() && !roles.contains(role)) {
            return false;
        }
        if (TenantKind.INTEGRATION.equals(role)) {
            return kind != TenantKind.PLATFORM && clientId != null && integrationClients.contains(clientId);
        }
        return kind.mayHold(role);
    }

    /** @param burst requests allowed at once above the steady rate */
    public record RateLimit(int requestsPerSecond, int burst) {

        public static final RateLimit DEFAULT = new RateLimit(50, 100);
    }
}
