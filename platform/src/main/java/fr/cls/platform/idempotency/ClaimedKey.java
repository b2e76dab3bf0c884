package fr.cls.platform.idempotency;

import java.util.Optional;

/**
 * The Idempotency-Key the current request thread has claimed, for {@link CommitMarker}: set by the filter around
 * the handler, cleared after it.
 */
final class ClaimedKey {

    private static final ThreadLocal<ClaimedKey> CURRENT = new ThreadLocal<>();

    private final IdempotencyScope scope;
    private final String key;
    private volatile boolean committed;

    private ClaimedKey(IdempotencyScope scope, String key) {
        this.scope = scope;
        this.key = key;
    }

    static ClaimedKey open(IdempotencyScope scope, String key) {
        ClaimedKey claimed = new ClaimedKey(scope, key);
        CURRENT.set(claimed);
        return claimed;
    }

    static Optional<ClaimedKey> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    void close() {
        CURRENT.remove();
    }

    IdempotencyScope scope() {
        return scope;
    }

    String key() {
        return key;
    }

    /** Whether a transaction of the request has committed with the mark (later ones need not mark again). */
    boolean committed() {
        return committed;
    }

    void markedAndCommitted() {
        committed = true;
    }
}
