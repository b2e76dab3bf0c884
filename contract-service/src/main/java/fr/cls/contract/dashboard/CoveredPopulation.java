package fr.cls.contract.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The INSEE population covered by a tenant's contracts in force or in evaluation, each commune counted once: a CLS
 * and a CLSM on the same territory cover its inhabitants once. EPCI are counted through their member communes.
 * A contract with no member codes (imported with its population only) cannot be compared and adds its own figure.
 */
@Component
class CoveredPopulation {

    private static final String SQL = """
            with in_force as (
                select nullif(c.territory, '')::jsonb as members, c.territory_population as population from contract c
                where c.tenant_id = ? and c.status in ('IN_FORCE', 'EVALUATION')),
            covered as (
                select jsonb_array_elements_text(members -> 'communes') as code from in_force where members is not null
                union
                select m.commune_code from in_force f
                cross join jsonb_array_elements_text(f.members -> 'epci') as e(code)
                join epci_member m on m.epci_code = e.code
                where f.members is not null)
            select (select coalesce(sum(population), 0) from commune where code in (select code from covered))
                 + (select coalesce(sum(population), 0) from in_force where members is null
                        or (jsonb_array_length(coalesce(members -> 'communes', '[]')) = 0
                            and jsonb_array_length(coalesce(members -> 'epci', '[]')) = 0))""";

    private final JdbcTemplate jdbc;

    CoveredPopulation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inside the caller's transaction, the tenant being set. */
    long of(String tenant) {
        Long covered = jdbc.queryForObject(SQL, Long.class, tenant);
        return covered == null ? 0 : covered;
    }
}
