package fr.cls.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Walks one tenant's chain in order and finds its first bad entry: a broken link, a MAC that its key does not give,
 * an unknown key, an unkeyed entry after keyed ones (SHA-256 only comes before the chain was keyed), or an entry a
 * checkpoint names that is missing or holds another MAC.
 */
final class ChainCheck {

    private final AuditKeys keys;
    /** The newest checkpoint of each checkpointed seq. */
    private final Map<Long, AuditCheckpoint> checkpoints = new TreeMap<>();
    private long entries;
    private String expectedPrevious = AuditHash.GENESIS;
    private boolean keyed;
    private Long firstInvalidSeq;
    private String reason;
    private int checkpointCount;
    private long unsealed;
    private Long oldestUnsealedSeq;
    private Instant oldestUnsealedAt;

    ChainCheck(AuditKeys keys) {
        this.keys = keys;
    }

    void expect(List<AuditCheckpoint> published) {
        checkpointCount = published.size();
        published.forEach(checkpoint -> checkpoints.put(checkpoint.seq(), checkpoint));
    }

    int checkpointCount() {
        return checkpointCount;
    }

    void accept(AuditEntry entry) {
        entries++;
        AuditCheckpoint checkpoint = checkpoints.remove(entry.seq());
        if (firstInvalidSeq == null) {
            Optional<String> problem = problem(entry, checkpoint);
            if (problem.isPresent()) {
                firstInvalidSeq = entry.seq();
                reason = "entry " + entry.seq() + " " + problem.get();
            }
        }
        expectedPrevious = entry.hash();
    }

    /** The tenant also holds {@code count} entries not linked yet, the oldest {@code oldestSeq} written at {@code oldestAt}. */
    void unsealed(long count, long oldestSeq, Instant oldestAt) {
        unsealed = count;
        oldestUnsealedSeq = oldestSeq;
        oldestUnsealedAt = oldestAt;
    }

    ChainVerification result(String checkpointStatus) {
        return result(checkpointStatus, Instant.MIN);
    }

    /** @param overdueBefore an entry still unsealed that was written before this makes the chain invalid */
    ChainVerification result(String checkpointStatus, Instant overdueBefore) {
        if (firstInvalidSeq == null && oldestUnsealedAt != null && oldestUnsealedAt.isBefore(overdueBefore)) {
            firstInvalidSeq = oldestUnsealedSeq;
            reason = "entry " + oldestUnsealedSeq + ", written at " + oldestUnsealedAt + ", was never sealed into the chain"
                    + " (" + unsealed + " unsealed): its own MAC does not hold, or no sealer ran";
        }
        // Checkpointed entries the chain no longer holds: the first of them is the first bad entry if nothing before it was.
        checkpoints.values().stream().findFirst().ifPresent(missing -> {
            if (firstInvalidSeq == null || missing.seq() < firstInvalidSeq) {
                firstInvalidSeq = missing.seq();
                reason = "entry " + missing.seq() + ", checkpointed at " + missing.at()
                        + ", is missing (entries were deleted)";
            }
        });
        return new ChainVerification(firstInvalidSeq == null, entries, firstInvalidSeq, reason, expectedPrevious,
                checkpointCount, checkpointStatus, unsealed, oldestUnsealedAt);
    }

    private Optional<String> problem(AuditEntry entry, AuditCheckpoint checkpoint) {
        if (!expectedPrevious.equals(entry.previousHash())) {
            return Optional.of("does not link to the entry before it (an entry was removed, inserted or altered)");
        }
        if (entry.keyId() == null) {
            if (entry.issuer() != null) {
                return Optional.of("has an issuer but no key (issuers are only recorded on keyed entries)");
            }
            if (keyed) {
                return Optional.of("has no key after keyed entries (the chain was rewritten)");
            }
            if (!AuditHash.of(entry.previousHash(), entry).equals(entry.hash())) {
                return Optional.of("does not match its hash (its content was altered)");
            }
        } else {
            keyed = true;
            Optional<AuditKeys.Key> key = keys.byId(entry.keyId());
            if (key.isEmpty()) {
                return Optional.of("names key " + entry.keyId() + ", which this deployment does not have");
            }
            if (!AuditHash.mac(key.get(), entry.previousHash(), entry).equals(entry.hash())) {
                return Optional.of("does not match its MAC (its content was altered)");
            }
        }
        if (checkpoint != null && !checkpoint.mac().equals(entry.hash())) {
            return Optional.of("differs from its checkpoint of " + checkpoint.at() + " (the chain was recomputed)");
        }
        return Optional.empty();
    }
}
