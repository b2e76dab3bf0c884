package fr.cls.platform.web;

import fr.cls.platform.domain.InvalidFieldException;

/**
 * Optimistic concurrency as HTTP says it: a change of an existing resource names, in {@code If-Match}, the version
 * (ETag) the caller saw. Without it the answer is 428 ({@code if-match-required}); with a version that is no longer
 * the current one, 412 ({@code stale-version}).
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /**
     * @return the version in the header, or null when absent (the change is then refused by {@link fr.cls.platform.domain.Versions#check})
     * @throws InvalidFieldException (400) when the header is not one version, e.g. {@code "3"}
     */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw new InvalidFieldException(HEADER, "if-match-is-a-version",
                    "If-Match must carry the resource's version (its ETag), e.g. \"3\"");
        }
        return Long.parseLong(value);
    }
}
