package fr.cls.contract.funderplan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;
import fr.cls.platform.security.Roles;

/** The funders' plans: every tenant reads them all (public terms); a funder's approver publishes its own. */
@Service
public class FunderPlans {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    FunderPlans(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One funder's plans, or every funder's when {@code funder} is null. */
    @Transactional(readOnly = true)
    public List<FunderPlan> list(String funder) {
        return funder == null
                ? jdbc.query("select * from funder_plan order by tenant_id, code", FunderPlans::plan)
                : jdbc.query("select * from funder_plan where tenant_id = ? order by code", FunderPlans::plan, funder);
    }

    /** The current tenant publishes a plan; a code it already used is refused (409 funder-plan-code-free). */
    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public FunderPlan publish(String code, String name, LocalDate periodStart, LocalDate periodEnd) {
        if (periodEnd != null && periodEnd.isBefore(periodStart)) {
            throw new RuleViolationException("funder-plan-period-in-order", "periodEnd (" + periodEnd
                    + ") comes before periodStart (" + periodStart + ")", periodEnd, periodStart);
        }
        FunderPlan plan = new FunderPlan(TenantContext.require(), code, name.strip(), periodStart, periodEnd);
        try {
            insert(plan, CurrentActor.get().subject());
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("funder-plan-code-free", "the funder already publishes a plan " + code, code);
        }
        audit.record("contract.funder-plan-publish", "funder-plan", plan.reference(), null, 0L);
        return plan;
    }

    /** Demo data and first installs: stores the plan for the current tenant if it has none of that code. */
    @Transactional
    boolean seed(FunderPlan plan) {
        return jdbc.update("""
                insert into funder_plan (tenant_id, code, name, period_start, period_end, published_at, published_by)
                values (?, ?, ?, ?, ?, ?, 'seed') on conflict do nothing""", plan.funder(), plan.code(), plan.name(),
                Date.valueOf(plan.periodStart()), plan.periodEnd() == null ? null : Date.valueOf(plan.periodEnd()),
                Timestamp.from(clock.instant())) > 0;
    }

    /**
     * Refuses (409 funder-plan-known) references that name no published plan, each violation naming the field at
     * fault, e.g. {@code funderPlans[1]}. Runs in the caller's transaction.
     */
    public void requireKnown(String field, List<String> references) {
        if (references.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(jdbc.queryForList(
                "select tenant_id || '/' || code from funder_plan where tenant_id || '/' || code = any (?)", String.class,
                (Object) references.toArray(String[]::new)));
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            if (!known.contains(references.get(i))) {
                unknown.add(Violation.of("funder-plan-known", field + "[" + i + "]: no funder publishes a plan "
                        + references.get(i) + " (see GET /api/v1/funder-plans)", field + "[" + i + "]", references.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException(unknown);
        }
    }

    private void insert(FunderPlan plan, String by) {
        jdbc.update("""
                insert into funder_plan (tenant_id, code, name, period_start, period_end, published_at, published_by)
                values (?, ?, ?, ?, ?, ?, ?)""", plan.funder(), plan.code(), plan.name(), Date.valueOf(plan.periodStart()),
                plan.periodEnd() == null ? null : Date.valueOf(plan.periodEnd()), Timestamp.from(clock.instant()), by);
    }

    private static FunderPlan plan(ResultSet rs, int row) throws SQLException {
        return new FunderPlan(rs.getString("tenant_id"), rs.getString("code"), rs.getString("name"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class));
    }
}
