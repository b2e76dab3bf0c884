package fr.cls.governance.body;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;

/**
 * When a body may decide: at least {@code percent} % of its voting members present, counting those represented
 * by a proxy when {@code proxiesCount}; a member holds at most {@code maxProxiesPerMember} proxies.
 */
@Embeddable
public record QuorumRule(
        @Column(name = "quorum_percent") int percent,
        @Column(name = "proxies_count") boolean proxiesCount,
        @Column(name = "max_proxies_per_member") int maxProxiesPerMember) {

    public QuorumRule {
        if (percent < 1 || percent > 100) {
            throw new RuleViolationException("quorum-percent", "the quorum is a percentage between 1 and 100");
        }
        if (maxProxiesPerMember < 0 || maxProxiesPerMember > 10) {
            throw new RuleViolationException(Violation.variant("proxy-limit", "setting", "a member holds between 0 and 10 proxies"));
        }
    }

    /** Integer arithmetic: "half of 7 members" needs 4 (3.5 rounded up), never a floating-point edge. */
    public boolean reached(int votingMembers, int presentVoting, int represented) {
        if (votingMembers == 0) {
            return false;
        }
        int counted = presentVoting + (proxiesCount ? represented : 0);
        return counted * 100L >= (long) votingMembers * percent;
    }
}
