package fr.cls.platform.audit;

import java.time.Instant;

/**
 * Which entries of the current tenant to read; every part is optional.
 *
 * @param from inclusive
 * @param to exclusive
 * @param action exact action name, e.g. {@code contract.initiate}
 */
public record AuditFilter(Instant from, Instant to, String action) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null);

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        action = action == null || action.isBlank() ? null : action.strip();
    }
}
