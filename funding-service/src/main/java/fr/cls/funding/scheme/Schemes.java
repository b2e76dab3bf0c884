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
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.security.Roles;

/**
 * The funders' schemes and their published versions. Every tenant may read every scheme (they are public terms); a
 * funder creates, publishes and closes its own. Publishing a version ends the one in effect the day before the new
 * one starts, so that a date always has one version; the filing date picks the version a request keeps.
 */
@Service
public class Schemes {


    private static final String VERSION_WITH_CLOSING = "select v.*, s.closed_from from scheme_version v"
            + " join scheme s on s.tenant_id = v.tenant_id and s.code = v.scheme_code";

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
    public List<PublishedVersion> of(String funder) {
        return jdbc.query(VERSION_WITH_CLOSING + " where v.tenant_id = ? order by v.scheme_code, v.version desc",
                Schemes::published, funder);
    }

    /** Every funder's versions in effect on the date, and those published to start later (upcoming). */
    @Transactional(readOnly = true)
    public List<PublishedVersion> inEffectOrUpcoming(LocalDate on) {
        return jdbc.query(VERSION_WITH_CLOSING + " where v.effective_to is null or v.effective_to >= ?"
                + " order by v.tenant_id, v.scheme_code, v.version", Schemes::published, Date.valueOf(on));
    }

    /** Every funder's versions in effect on a date, with their schemes' closing days. */
    @Transactional(readOnly = true)
    public List<PublishedVersion> allInEffect(LocalDate on) {
        return jdbc.query(VERSION_WITH_CLOSING + " where v.effective_from <= ? and (v.effective_to is null or v.effective_to >= ?)"
                + " order by v.tenant_id, v.scheme_code", Schemes::published, Date.valueOf(on), Date.valueOf(on));
    }

    /** A funder's scheme with all its versions; 404 when the funder has no scheme of that code. */
    @Transactional(readOnly = true)
    public Scheme scheme(String funder, String code) {
        return find(funder, code, "").orElseThrow(() -> new NotFoundException("scheme", funder + "/" + code));
    }

    @Transactional(readOnly = true)
    public SchemeVersion version(String funder, String schemeCode, int version) {
        return jdbc.query("select * from scheme_version where tenant_id = ? and scheme_code = ? and version = ?",
                Schemes::version, funder, schemeCode, version).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("scheme version", funder + "/" + schemeCode + "/" + version));
    }

    /** The current tenant creates a scheme, with no version yet; a code it already uses is refused. */
    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public Scheme create(String code, String name, String source) {
        String funder = TenantContext.require();
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("scheme-well-formed", "a scheme needs a name");
        }
        int created = jdbc.update("""
                insert into scheme (tenant_id, code, name, source, created_at, created_by) values (?, ?, ?, ?, ?, ?)
                on conflict do nothing""", funder, code, name.strip(), source == null || source.isBlank() ? null : source.strip(),
                Timestamp.from(clock.instant()), CurrentActor.get().subject());
        if (created == 0) {
            throw new RuleViolationException("scheme-code-unique", "scheme " + funder + "/" + code + " already exists;"
                    + " publish a new version of it (POST /api/v1/funding/schemes/" + code + "/versions) or choose another code",
                    funder, code);
        }
        audit.record("funding.scheme-create", "scheme", funder + "/" + code, null, 0L);
        return scheme(funder, code);
    }

    /**
     * The current tenant publishes a version of one of its schemes (404 for a code it has not created), in effect
     * from a day not in the past and before the scheme's closing; the version in effect until then ends the day
     * before. A version already planned to start on or after that day is refused.
     *
     * @param name null: the scheme's name
     */
    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public SchemeVersion publish(String schemeCode, String name, LocalDate effectiveFrom, List<SchemeRule> rules, String source) {
        return publish(schemeCode, name, effectiveFrom, rules, source, null);
    }

    /** As above, with the terms of its rules (null: every rule enforced). */
    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public SchemeVersion publish(String schemeCode, String name, LocalDate effectiveFrom, List<SchemeRule> rules, String source,
            List<RuleTerm> terms) {
        String funder = TenantContext.require();
        LocalDate today = LocalDate.now(clock);
        // Serialises the changes of one scheme.
        Scheme scheme = find(funder, schemeCode, " for update")
                .orElseThrow(() -> new NotFoundException("scheme", funder + "/" + schemeCode));
        if (effectiveFrom.isBefore(today)) {
            throw new RuleViolationException("effective-not-in-past", "a new version takes effect today or later (not "
                    + effectiveFrom + "): requests already filed keep the version they were filed under", effectiveFrom);
        }
        scheme.requirePublishable(effectiveFrom, today);
        List<SchemeVersion> existing = scheme.versions();
        existing.stream().filter(v -> !v.effectiveFrom().isBefore(effectiveFrom)).findFirst().ifPresent(v -> {
            throw new RuleViolationException("effective-after-previous", "version " + v.version() + " already takes effect on "
                    + v.effectiveFrom() + "; a new version must start after it", v.version(), v.effectiveFrom());
        });
        int number = existing.isEmpty() ? 1 : existing.get(0).version() + 1;
        SchemeVersion published;
        try {
            published = new SchemeVersion(funder, schemeCode, name == null || name.isBlank() ? scheme.name() : name, number,
                    effectiveFrom, null, rules, source, terms);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("scheme-well-formed", e.getMessage(), e.getMessage());
        }
        jdbc.update("update scheme_version set effective_to = ? where tenant_id = ? and scheme_code = ?"
                + " and (effective_to is null or effective_to >= ?)", Date.valueOf(effectiveFrom.minusDays(1)), funder,
                schemeCode, Date.valueOf(effectiveFrom));
        insert(published, CurrentActor.get().subject());
        touch(funder, schemeCode);
        audit.record("funding.scheme-publish", "scheme", funder + "/" + schemeCode, existing.isEmpty() ? null
                : (long) existing.get(0).version(), (long) number);
        return published;
    }

    /**
     * The current tenant closes one of its schemes from a day (inclusive): no request is filed under it from then on;
     * those filed before run on. A closing not yet in effect may be moved.
     *
     * @param seenRevision the ETag the caller saw (If-Match); null: not checked
     */
    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public Scheme close(String code, LocalDate from, Long seenRevision) {
        String funder = TenantContext.require();
        Scheme scheme = find(funder, code, " for update").orElseThrow(() -> new NotFoundException("scheme", funder + "/" + code));
        Versions.check("scheme " + scheme.reference(), scheme.revision(), seenRevision);
        scheme.requireClosable(from, LocalDate.now(clock));
        jdbc.update("update scheme set closed_from = ?, closed_at = ?, closed_by = ? where tenant_id = ? and code = ?",
                Date.valueOf(from), Timestamp.from(clock.instant()), CurrentActor.get().subject(), funder, code);
        touch(funder, code);
        audit.record("funding.scheme-close", "scheme", scheme.reference(), scheme.revision(), scheme.revision() + 1);
        return scheme(funder, code);
    }

    private Optional<Scheme> find(String funder, String code, String lock) {
        return jdbc.query("select * from scheme where tenant_id = ? and code = ?" + lock, (rs, i) -> new Scheme(
                rs.getString("tenant_id"), rs.getString("code"), rs.getString("name"), rs.getString("source"),
                rs.getObject("closed_from", LocalDate.class), rs.getLong("version"), jdbc.query(
                        "select * from scheme_version where tenant_id = ? and scheme_code = ?", Schemes::version, funder, code)),
                funder, code).stream().findFirst();
    }

    private void touch(String funder, String code) {
        jdbc.update("update scheme set version = version + 1 where tenant_id = ? and code = ?", funder, code);
    }

    /** Demo data and first installs: stores a version as given, if that scheme has none yet (same transaction). */
    @Transactional
    public boolean seed(SchemeVersion version) {
        Integer known = jdbc.queryForObject("select count(*) from scheme_version where tenant_id = ? and scheme_code = ?",
                Integer.class, version.tenantId(), version.schemeCode());
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("""
                insert into scheme (tenant_id, code, name, source, created_at, created_by) values (?, ?, ?, ?, ?, 'seed')
                on conflict do nothing""", version.tenantId(), version.schemeCode(), version.name(), version.source(),
                Timestamp.from(clock.instant()));
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

    private static PublishedVersion published(ResultSet rs, int row) throws SQLException {
        return new PublishedVersion(version(rs, row), rs.getObject("closed_from", LocalDate.class));
    }

    private static SchemeVersion version(ResultSet rs, int row) throws SQLException {
        return new SchemeVersion(rs.getString("tenant_id"), rs.getString("scheme_code"), rs.getString("name"),
                rs.getInt("version"), rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                SchemeJson.readRules(rs.getString("rules")), rs.getString("source"), SchemeJson.readTerms(rs.getString("terms")));
    }
}
