package fr.cls.governance.body;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a tenant's governance rules, falling back on the platform's default row {@code '*'}. */
@Component
public class GovernanceRules {

    private final JdbcTemplate jdbc;

    GovernanceRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public GovernanceRule of(String tenantId) {
        return jdbc.query("""
                select convocation_days, quorum_percent, proxies_count, max_proxies_per_member
                from tenant_governance_rule where tenant_id in (?, '*') order by tenant_id = '*' limit 1""",
                (rs, i) -> new GovernanceRule(rs.getInt(1), new QuorumRule(rs.getInt(2), rs.getBoolean(3), rs.getInt(4))),
                tenantId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("tenant_governance_rule has no default row '*'"));
    }
}
