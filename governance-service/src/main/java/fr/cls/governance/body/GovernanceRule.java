package fr.cls.governance.body;

/**
 * A tenant's governance rules: how many days before a meeting its convocation must go out, and the quorum a new
 * body starts with. Data per tenant (table {@code tenant_governance_rule}), not constants.
 */
public record GovernanceRule(int convocationDays, QuorumRule defaultQuorum) {
}
