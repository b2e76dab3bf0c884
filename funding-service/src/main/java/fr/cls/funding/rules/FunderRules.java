package fr.cls.funding.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.Actor;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.security.Roles;

/**
 * The current tenant's own rules as a funder. Strict unless the tenant's approver relaxed them; every change is in
 * the audit trail under an action that says which way it went ({@code funding.four-eyes-relaxed} or
 * {@code funding.four-eyes-enforced}).
 */
@Service
public class FunderRules {


    /** What the tenant has set; {@code updatedBy} is null while it has never changed the defaults. */
    public record Settings(String tenantId, boolean fourEyes, Instant updatedAt, String updatedBy, long version) {
    }

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    FunderRules(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the current tenant enforces four eyes on its requests; read in the caller's transaction. */
    @Transactional(readOnly = true)
    public boolean fourEyes() {
        return current().fourEyes();
    }

    @Transactional(readOnly = true)
    public Settings current() {
        String tenant = TenantContext.require();
        List<Settings> found = jdbc.query("select four_eyes, updated_at, updated_by, version from funder_rules where tenant_id = ?",
                (rs, row) -> new Settings(tenant, rs.getBoolean("four_eyes"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by"), rs.getLong("version")), tenant);
        return found.isEmpty() ? new Settings(tenant, true, null, null, 0) : found.get(0);
    }

    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public Settings setFourEyes(Long seenVersion, boolean enforced) {
        Settings before = current();
        Versions.check("the funder rules of " + before.tenantId(), before.version(), seenVersion);
        Actor actor = CurrentActor.get();
        long version = before.version() + 1;
        // The version read must still be the stored one at the write: a concurrent change makes this a 412.
        int written = jdbc.update("""
                insert into funder_rules (tenant_id, four_eyes, updated_at, updated_by, updated_by_issuer, version)
                values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id) do update set four_eyes = excluded.four_eyes, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by, updated_by_issuer = excluded.updated_by_issuer, version = excluded.version
                where funder_rules.version = ?""",
                before.tenantId(), enforced, Timestamp.from(clock.instant()), actor.subject(), actor.issuer(), version,
                before.version());
        if (written == 0) {
            throw new Versions.StaleVersionException("the funder rules of " + before.tenantId()
                    + " were changed meanwhile; read them again and retry", null);
        }
        audit.record(enforced ? "funding.four-eyes-enforced" : "funding.four-eyes-relaxed", "funder-rules",
                before.tenantId(), before.updatedBy() == null ? null : before.version(), version);
        return current();
    }
}
