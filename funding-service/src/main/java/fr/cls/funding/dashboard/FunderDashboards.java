package fr.cls.funding.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.funding.request.YearAmounts;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.security.Roles;

/**
 * The current tenant's figures as a funder. Every query names the tenant as funder ({@code tenant_id}) on top of
 * row-level security, which would also show the requests on contracts the tenant owns but does not fund.
 */
@Service
public class FunderDashboards {

    private static final YearAmounts.Json AMOUNTS = new YearAmounts.Json();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FunderDashboards(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public FunderDashboard of(Integer year, int expiringWithinMonths) {
        String funder = TenantContext.require();
        LocalDate today = LocalDate.now(clock);
        SortedMap<Integer, SortedMap<String, FunderDashboard.Amounts>> amounts = new TreeMap<>();
        jdbc.query("select scheme_code, status, requested, granted from funding_request where tenant_id = ? and status <> 'WITHDRAWN'",
                rs -> {
                    String scheme = rs.getString(1);
                    AMOUNTS.convertToEntityAttribute(rs.getString(3)).forEach((y, amount) -> add(amounts, y, scheme,
                            new FunderDashboard.Amounts(amount, FunderDashboard.Amounts.ZERO, FunderDashboard.Amounts.ZERO)));
                    String granted = rs.getString(4);
                    if ("GRANTED".equals(rs.getString(2)) && granted != null) {
                        AMOUNTS.convertToEntityAttribute(granted).forEach((y, amount) -> add(amounts, y, scheme,
                                new FunderDashboard.Amounts(FunderDashboard.Amounts.ZERO, amount, FunderDashboard.Amounts.ZERO)));
                    }
                }, funder);
        jdbc.query("""
                select r.scheme_code, p.year, sum(p.amount) from payment p
                join convention c on c.id = p.convention_id join funding_request r on r.id = c.request_id
                where p.tenant_id = ? and p.status = 'PAID' group by r.scheme_code, p.year""",
                rs -> {
                    add(amounts, rs.getInt(2), rs.getString(1), new FunderDashboard.Amounts(FunderDashboard.Amounts.ZERO,
                            FunderDashboard.Amounts.ZERO, rs.getBigDecimal(3).setScale(2)));
                }, funder);
        if (year != null) {
            amounts.keySet().removeIf(y -> !y.equals(year));
        }
        List<FunderDashboard.WaitingRequest> waiting = waiting(funder, today);
        return new FunderDashboard(funder, today, year, rows(amounts), byYear(amounts), byScheme(amounts), total(amounts),
                new FunderDashboard.Waiting(waiting.size(), waiting.stream().mapToLong(FunderDashboard.WaitingRequest::ageDays)
                        .max().orElse(0), waiting),
                expiringWithinMonths, expiring(funder, today, expiringWithinMonths));
    }

    /** Submitted or under instruction, oldest first; the title when the funder may read the contract's profile. */
    private List<FunderDashboard.WaitingRequest> waiting(String funder, LocalDate today) {
        return jdbc.query("""
                select r.id, r.contract_id, p.title, r.scheme_code, r.purpose, r.status, r.submitted_on, r.requested
                from funding_request r left join contract_profile p on p.contract_id = r.contract_id
                where r.tenant_id = ? and r.status in ('SUBMITTED', 'UNDER_INSTRUCTION')
                order by r.submitted_on, r.created_at""",
                (rs, i) -> {
                    LocalDate submitted = rs.getObject(7, LocalDate.class);
                    return new FunderDashboard.WaitingRequest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), submitted,
                            ChronoUnit.DAYS.between(submitted, today),
                            YearAmounts.total(AMOUNTS.convertToEntityAttribute(rs.getString(8))));
                }, funder);
    }

    /** Signed conventions whose last valid day falls between today and today plus the months given. */
    private List<FunderDashboard.Expiring> expiring(String funder, LocalDate today, int months) {
        return jdbc.query("""
                select c.id, c.contract_id, p.title, c.kind, c.beneficiary, c.valid_until
                from convention c left join contract_profile p on p.contract_id = c.contract_id
                where c.tenant_id = ? and c.status = 'SIGNED' and c.valid_until >= ? and c.valid_until <= ?
                order by c.valid_until, c.id""",
                (rs, i) -> {
                    LocalDate until = rs.getObject(6, LocalDate.class);
                    return new FunderDashboard.Expiring(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), rs.getString(5), until, ChronoUnit.DAYS.between(today, until));
                }, funder, today, today.plusMonths(months));
    }

    private static void add(SortedMap<Integer, SortedMap<String, FunderDashboard.Amounts>> amounts, int year, String scheme,
            FunderDashboard.Amounts more) {
        amounts.computeIfAbsent(year, y -> new TreeMap<>()).merge(scheme, more, FunderDashboard.Amounts::plus);
    }

    private static List<FunderDashboard.Row> rows(SortedMap<Integer, SortedMap<String, FunderDashboard.Amounts>> amounts) {
        List<FunderDashboard.Row> rows = new ArrayList<>();
        amounts.forEach((year, schemes) -> schemes.forEach((scheme, a) -> rows.add(new FunderDashboard.Row(year, scheme, a))));
        return rows;
    }

    private static List<FunderDashboard.Row> byYear(SortedMap<Integer, SortedMap<String, FunderDashboard.Amounts>> amounts) {
        return amounts.entrySet().stream().map(e -> new FunderDashboard.Row(e.getKey(), null,
                e.getValue().values().stream().reduce(FunderDashboard.Amounts.NONE, FunderDashboard.Amounts::plus))).toList();
    }

    private static List<FunderDashboard.Row> byScheme(SortedMap<Integer, SortedMap<String, FunderDashboard.Amounts>> amounts) {
        SortedMap<String, FunderDashboard.Amounts> schemes = new TreeMap<>();
        amounts.values().forEach(perScheme -> perScheme.forEach((scheme, a) -> schemes.merge(scheme, a, FunderDashboard.Amounts::plus)));
        return schemes.entrySet().stream().map(e -> new FunderDashboard.Row(null, e.getKey(), e.getValue())).toList();
    }

    private static FunderDashboard.Amounts total(SortedMap<Integer, SortedMap<String, FunderDashboard.Amounts>> amounts) {
        return amounts.values().stream().flatMap(m -> m.values().stream())
                .reduce(FunderDashboard.Amounts.NONE, FunderDashboard.Amounts::plus);
    }
}
