package fr.cls.platform.audit;

import java.time.Instant;

/**
 * The result of recomputing a tenant's chain and comparing it with its checkpoints.
 *
 * @param entries how many entries the tenant's chain holds
 * @param firstInvalidSeq the first entry whose link or MAC does not match, or that a checkpoint names but the chain
 *        no longer holds or holds with another MAC; null when valid
 * @param reason why that entry is invalid; null when valid
 * @param lastHash the MAC of the newest entry (the chain's head), or the genesis value for an empty chain
 * @param checkpoints how many published checkpoints the chain was compared with
 * @param checkpointStatus {@value #CHECKED}, {@value #NO_CHECKPOINT_YET} (nothing published for this chain yet), or
 *        {@value #CHECKPOINTS_UNAVAILABLE} (Kafka could not be read: only the chain itself was checked, so a deletion
 *        of the newest entries or a recomputed chain would go unseen)
 * @param unsealed how many entries are written but not linked into the chain yet (not counted in {@code entries});
 *        one left so longer than {@code cls.audit.seal-within} makes the chain invalid
 * @param oldestUnsealedAt when the oldest of them was written; null when none
 */
public record ChainVerification(boolean valid, long entries, Long firstInvalidSeq, String reason, String lastHash,
        int checkpoints, String checkpointStatus, long unsealed, Instant oldestUnsealedAt) {

    public static final String CHECKED = "CHECKED";
    public static final String NO_CHECKPOINT_YET = "NO_CHECKPOINT_YET";
    public static final String CHECKPOINTS_UNAVAILABLE = "UNAVAILABLE";
}
