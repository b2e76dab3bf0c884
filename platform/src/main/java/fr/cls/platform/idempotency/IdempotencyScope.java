package fr.cls.platform.idempotency;

import java.util.List;
import java.util.Objects;

/**
 * Whose key it is and for which route: a key is only ever replayed to the same caller (tenant, issuer, subject
 * and the same roles, so with the same rights) on the same method and path. Anyone else sending the key makes a
 * different request, which goes through authorization like any other.
 */
record IdempotencyScope(String tenant, String issuer, String subject, String roles, String method, String path) {

    IdempotencyScope {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    static String roles(List<String> sortedRoles) {
        return String.join(",", sortedRoles);
    }
}
