package fr.cls.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.test.RowLevelSecurityAssertions;
import fr.cls.platform.test.TestInfrastructure;

/** Raw SQL as the service's database role, with no application filter: the database keeps tenants' bodies apart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class GovernanceRowLevelSecurityTest {

    static final String INSERT_BODY = """
            insert into governance_body (id, owner_tenant_id, contract_id, kind, name, quorum_percent, proxies_count,
                max_proxies_per_member, status, created_on, version)
            values (?, ?, null, 'CROSS_CONTRACT', 'Groupe des animateurs', 50, true, 1, 'ACTIVE', current_date, 0)""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyGovernanceTableWithATenantForcesRowLevelSecurity() {
        RowLevelSecurityAssertions.assertEveryTenantTableIsGuarded(jdbc);
        assertThat(RowLevelSecurityAssertions.tenantTables(jdbc)).contains("governance_body", "meeting", "follow_up");
    }

    @Test
    void aBodyIsSeenByItsTenantOnly() {
        UUID id = UUID.randomUUID();
        TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(INSERT_BODY, id, "cd-53")));

        assertThat(countAs("cd-53", id)).isEqualTo(1);
        assertThat(countAs("ars-paca", id)).isZero();
        assertThat(countWithoutTenant(id))
                .as("no tenant set").isZero();
    }

    @Test
    void aTenantCannotWriteABodyForAnother() {
        assertThatThrownBy(() -> TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.update(INSERT_BODY,
                UUID.randomUUID(), "cd-53"))))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void noApplicationSessionChangesATenantsGovernanceRules() {
        Integer updated = TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(
                "update tenant_governance_rule set convocation_days = 1 where tenant_id = 'cd-53'")));
        Integer days = TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.queryForObject(
                "select convocation_days from tenant_governance_rule where tenant_id = 'cd-53'", Integer.class)));

        assertThat(updated).as("rows the update reached").isZero();
        assertThat(days).as("cd-53's convocation delay, as the migration set it").isEqualTo(10);
    }

    private Integer countWithoutTenant(UUID id) {
        return tx.execute(s -> jdbc.queryForObject("select count(*) from governance_body where id = ?", Integer.class, id));
    }

    private Integer countAs(String tenant, UUID id) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from governance_body where id = ?", Integer.class, id)));
    }
}
