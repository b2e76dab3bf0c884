package fr.cls.contract.contract;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the current tenant's contract rules (row-level security shows only its own row). */
@Component
class TenantContractRules {

    private final JdbcTemplate jdbc;

    TenantContractRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the caller's transaction, where the tenant is set. */
    ContractRules current() {
        return jdbc.query("select duration_years, minimum_population, territory_within_one_departement from tenant_contract_rule",
                (rs, i) -> new ContractRules((Integer) rs.getObject(1), (Long) rs.getObject(2), rs.getBoolean(3)))
                .stream().findFirst().orElse(ContractRules.NONE);
    }
}
