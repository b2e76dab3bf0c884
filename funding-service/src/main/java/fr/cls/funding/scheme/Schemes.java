package fr.cls.funding.scheme;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.web.NotFoundException;
import fr.cls.platform.web.RuleViolationException;
import fr.cls.platform.security.Roles;

/**
 * The published scheme versions. Every tenant may read every scheme (they are public terms); a funder publishes
 * its own. Publishing a version closes the one in effect the day before the new one starts, so that a date always
 * has one version and a request keeps the version it was filed under.
 */
@Service
public class Schemes {

    static final String APPROVERS = Roles.IS_APPROVER;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Schemes(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version of every scheme of a funder, newest first within a scheme. */
    @Transactional(readOnly = true)
    public List<SchemeVersion> of(String funder) {
        return jdbc.query("select * from scheme_version where tenant_id = ? order by scheme_code, version desc",
                Schemes::version, funder);
    }

    @Transactional(readOnly = true)
    public List<SchemeVersion> versions(String funder, String schemeCode) {
        List<SchemeVersion> versions = jdbc.query(
                "select * from scheme_version where tenant_id = ? and scheme_code = ? order by version desc", Schemes::version,
                funder, schemeCode);
        if (versions.isEmpty()) {
            throw new NotFoundException("scheme", funder + "/" + schemeCode);
        }
        return versions;
    }

    @Transactional(readOnly = true)
    public SchemeVersion version(String funder, String schemeCode, int version) {
        return jdbc.query("select * from scheme_version where tenant_id = ? and scheme_code = ? and version = ?",
                Schemes::version, funder, schemeCode, version).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("scheme version", funder + "/" + schemeCode + "/" + version));
    }

    /** The version of a scheme in effect on a date, if the scheme exists and is in effect then. */
    @Transactional(readOnly = true)
    public Optional<SchemeVersion> inEffect(String funder, String schemeCode, LocalDate on) {
        return jdbc.query("select * from scheme_version where tenant_id = ? and scheme_code = ? and effective_from <= ?"
                + " and (effective_to is null or effective_to >= ?)", Schemes::version, funder, schemeCode, Date.valueOf(on),
                Date.valueOf(on)).stream().findFirst();
    }

    /** Every funder's schemes in effect on a date. */
    @Transactional(readOnly = true)
    public List<SchemeVersion> allInEffect(LocalDate on) {
        return jdbc.query("select * from scheme_version where effective_from <= ? and (effective_to is null or effective_to >= ?)"
                + " order by tenant_id, scheme_code", Schemes::version, Date.valueOf(on), Date.valueOf(on));
    }

    /**
     * The current tenant publishes a version of its scheme, in effect from a day not in the past; the version in
     * effect until then ends the day before. A version already planned to start on or after that day is refused.
     */
    @Transactional
    @PreAuthorize(APPROVERS)
    public SchemeVersion publish(String schemeCode, String name, LocalDate effectiveFrom, List<SchemeRule> rules, String source) {
        return publish(schemeCode, name, effectiveFrom, rules, source, null);
    }

    /** As above, with the terms of its rules (null: every rule enforced). */
    @Transactional
    @PreAuthorize(APPROVERS)
    public SchemeVersion publish(String schemeCode, String name, LocalDate effectiveFrom, List<SchemeRule> rules, String source,
            List<RuleTerm> terms) {
        String funder = TenantContext.require();
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom.isBefore(today)) {
            throw new RuleViolationException("effective-not-in-past", "a new version takes effect today or later (not "
                    + effectiveFrom + "): requests already filed keep the version they were filed under");
        }
        // Serialise publications of the same scheme.
        jdbc.query("select 1 from scheme_version where tenant_id = ? and scheme_code = ? for update", (rs, i) -> 1, funder,
                schemeCode);
        List<SchemeVersion> existing = jdbc.query("select * from scheme_version where tenant_id = ? and scheme_code = ?"
                + " order by version desc", Schemes::version, funder, schemeCode);
        existing.stream().filter(v -> !v.effectiveFrom().isBefore(effectiveFrom)).findFirst().ifPresent(v -> {
            throw new RuleViolationException("effective-after-previous", "version " + v.version() + " already takes effect on "
                    + v.effectiveFrom() + "; a new version must start after it");
        });
        int number = existing.isEmpty() ? 1 : existing.get(0).version() + 1;
        SchemeVersion published;
        try {
            published = new SchemeVersion(funder, schemeCode, name, number, effectiveFrom, null, rules, source, terms);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("scheme-well-formed", e.getMessage());
        }
        jdbc.update("update scheme_version set effective_to = ? where tenant_id = ? and scheme_code = ?"
                + " and (effective_to is null or effective_to >= ?)", Date.valueOf(effectiveFrom.minusDays(1)), funder,
                schemeCode, Date.valueOf(effectiveFrom));
        insert(published, CurrentActor.get().subject());
        audit.record("funding.scheme-publish", "scheme", funder + "/" + schemeCode, existing.isEmpty() ? null
                : (long) existing.get(0).version(), (long) number);
        return published;
    }

    /** Demo data and first installs: stores a version as given, if that scheme has none yet (same transaction). */
    @Transactional
    public boolean seed(SchemeVersion version) {
        Integer known = jdbc.queryForObject("select count(*) from scheme_version where tenant_id = ? and scheme_code = ?",
                Integer.class, version.tenantId(), version.schemeCode());
        if (known != null && known > 0) {
            return false;
        }
        insert(version, "seed");
        return true;
    }

    private void insert(SchemeVersion v, String by) {
        jdbc.update("""
                insert into scheme_version (tenant_id, scheme_code, version, name, effective_from, effective_to, rules,
                    source, published_at, published_by, terms) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", v.tenantId(),
                v.schemeCode(), v.version(), v.name(), Date.valueOf(v.effectiveFrom()),
                v.effectiveTo() == null ? null : Date.valueOf(v.effectiveTo()), SchemeJson.writeRules(v.rules()), v.source(),
                Timestamp.from(clock.instant()), by, SchemeJson.writeTerms(v.terms()));
    }

    private static SchemeVersion version(ResultSet rs, int row) throws SQLException {
        return new SchemeVersion(rs.getString("tenant_id"), rs.getString("scheme_code"), rs.getString("name"),
                rs.getInt("version"), rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                SchemeJson.readRules(rs.getString("rules")), rs.getString("source"), SchemeJson.readTerms(rs.getString("terms")));
    }
}
