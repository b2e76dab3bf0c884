package fr.cls.platform.web;

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
     * @return the version in the header, or null when absent (the change is then refused by {@link #check})
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

    /**
     * The version of a resource that keeps no version column (a tenant's notification settings, a person's
     * subscriptions): computed from what it is now, so that it changes whenever the resource does.
     *
     * @param representation a value with a stable {@code toString} (a record of records, lists and strings)
     */
    public static long versionOf(Object representation) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(representation).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return (java.nio.ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE) % 1_000_000_000_000_000L;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * Refuses a change made without a version (428) or from a stale one (412).
     *
     * @param what the resource, for the message, e.g. {@code "meeting 3f2…"}
     */
    public static void check(String what, long current, Long seen) {
        if (seen == null) {
            throw new PreconditionRequiredException(what);
        }
        if (seen != current) {
            throw new StaleVersionException(what + " is at version " + current + ", not " + seen
                    + "; read it again and retry", current, "problem.stale-version.named", what, current, seen);
        }
    }

    /** 428: the change named no version. */
    public static final class PreconditionRequiredException extends RuntimeException {

        private final String what;

        public PreconditionRequiredException(String what) {
            super("a change of " + what + " must send If-Match with the version (ETag) read last", null, false, false);
            this.what = what;
        }

        public String what() {
            return what;
        }
    }

    /** 412: the version named is no longer the current one. */
    public static final class StaleVersionException extends RuntimeException {

        private final Long current;
        private final String key;
        private final transient Object[] arguments;

        public StaleVersionException(String message, Long current) {
            this(message, current, "problem.stale-version");
        }

        /** @param key the message in the bundles, {@code message} being the English fallback */
        public StaleVersionException(String message, Long current, String key, Object... arguments) {
            super(message, null, false, false);
            this.current = current;
            this.key = key;
            this.arguments = arguments.clone();
        }

        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments.clone();
        }

        /** @return the current version, sent back as the ETag so that the caller can read again; null if unknown */
        public Long current() {
            return current;
        }
    }
}
