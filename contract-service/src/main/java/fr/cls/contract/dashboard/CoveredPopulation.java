package fr.cls.contract.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The INSEE population covered by a tenant's contracts in force or in evaluation, each commune counted once: a CLS
 * and a CLSM on the same communes, or a contract on an EPCI and another on one of its communes, cover their
 * inhabitants once. Each contract brings the communes its territory was resolved into (in its own edition of the
 * official division). A contract with no communes (imported with its population only) cannot be compared and adds
 * its own figure.
 */
@Component
class CoveredPopulation {

    private static final String SQL = """
            with in_force as (
                select c.territory_communes as communes, c.territory_population as population from contract c
                where c.tenant_id = ? and c.status in ('IN_FORCE', 'EVALUATION')),
            covered as (
                select distinct unnest(communes) as code from in_force where cardinality(communes) > 0)
            select (select coalesce(sum(population), 0) from commune where code in (select code from covered))
                 + (select coalesce(sum(population), 0) from in_force where coalesce(cardinality(communes), 0) = 0)""";

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
