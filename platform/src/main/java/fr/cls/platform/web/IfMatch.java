package fr.cls.platform.web;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Optimistic locking of updates: reads the {@code If-Match} header (the version, or ETag, the caller saw) and checks
 * it against the resource's current version.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** @return the version in the header, or null when absent */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("if-match-is-a-version",
                    "If-Match must carry the resource's version (its ETag), e.g. \"3\"");
        }
    }

    /**
     * Refuses a change made from a stale version (409 through the problem handler); a caller that gave no version
     * ({@code seen} null) is not checked.
     *
     * @param what the resource, for the message, e.g. {@code "meeting 3f2…"}
     */
    public static void check(String what, long current, Long seen) {
        if (seen != null && seen != current) {
            throw new OptimisticLockingFailureException(what + " is at version " + current + ", not " + seen);
        }
    }
}
