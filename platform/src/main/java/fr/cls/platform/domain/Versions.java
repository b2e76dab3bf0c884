package fr.cls.platform.domain;

/**
 * Optimistic concurrency in domain terms: a change names the version the caller saw; none is refused (428 at the
 * web edge, {@code if-match-required}), an older one too (412, {@code stale-version}).
 */
public final class Versions {

    private Versions() {
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
            super(what == null ? "a change must send If-Match with the version (ETag) read last"
                    : "a change of " + what + " must send If-Match with the version (ETag) read last", null, false, false);
            this.what = what;
        }

        /** Refused before the resource is read: nothing to name it by. */
        public static PreconditionRequiredException ofAnyResource() {
            return new PreconditionRequiredException(null);
        }

        /** What the change was of ("contract 3f2…"); null when refused before the resource was read. */
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
