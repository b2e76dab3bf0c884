package fr.cls.tenancy;

import java.util.List;
import java.util.Objects;

/**
 * A funder-side organisation using the platform.
 *
 * @param id slug, e.g. {@code ars-bretagne}, {@code cd-53}
 * @param inseeCode INSEE region code for an ARS ({@code 53}), département code for a département ({@code 53})
 * @param issuers OIDC issuers whose tokens may act for this tenant
 * @param integrationClients the client ids (token {@code azp}, else {@code client_id}, else {@code sub}) of the
 *        tenant's submission portals: the only tokens of this tenant that may hold {@code INTEGRATION}
 */
public record Tenant(String id, TenantKind kind, String name, String inseeCode, List<String> issuers, RateLimit rateLimit,
        List<String> integrationClients) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind of " + id);
        Objects.requireNonNull(name, "name of " + id);
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        rateLimit = rateLimit == null ? RateLimit.DEFAULT : rateLimit;
        integrationClients = integrationClients == null ? List.of() : List.copyOf(integrationClients);
    }

    /** Whether a token of this tenant, from this client, may carry {@code role} (see {@link TenantKind#mayHold}). */
    public boolean mayHold(String role, String clientId) {
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
