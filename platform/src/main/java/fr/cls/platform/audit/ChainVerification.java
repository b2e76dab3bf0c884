package fr.cls.platform.audit;

/**
 * The result of recomputing a tenant's chain.
 *
 * @param entries how many entries the tenant's chain holds
 * @param firstInvalidSeq the first entry whose link or hash does not match; null when valid
 * @param reason why that entry is invalid; null when valid
 * @param lastHash the hash of the newest entry (the chain's head; keep it elsewhere to detect a rewrite of the
 *        whole chain), or the genesis value for an empty chain
 */
public record ChainVerification(boolean valid, long entries, Long firstInvalidSeq, String reason, String lastHash) {
}
