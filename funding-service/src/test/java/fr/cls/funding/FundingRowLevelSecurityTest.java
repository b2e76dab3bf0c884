package fr.cls.funding;

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

/** Raw SQL as the service's database role, with no application filter: the database keeps funders apart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class FundingRowLevelSecurityTest {

    static final String INSERT_REQUEST = """
            insert into funding_request (id, tenant_id, owner_tenant_id, contract_id, scheme_code, scheme_version, purpose,
                requested, own_share, status, submitted_on, submitted_by, sequence, created_at, version)
            values (?, ?, 'ars-pays-de-la-loire', ?, 'animateurs-sante', 1, 'COORDINATOR_POST', '{"2026": "10000.00"}',
                '{"2026": "10000.00"}', 'SUBMITTED', current_date, 'someone', 1, now(), 0)""";

    static final String INSERT_ADOPTION = """
            insert into annual_report_adopted (contract_id, year, tenant_id, adopted_on) values (?, ?, ?, current_date)""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyFundingTableWithATenantForcesRowLevelSecurity() {
        RowLevelSecurityAssertions.assertEveryTenantTableIsGuarded(jdbc);
        assertThat(RowLevelSecurityAssertions.tenantTables(jdbc)).contains("funding_request", "convention", "payment",
                "annual_report_adopted");
    }

    @Test
    void aRequestIsSeenByItsFunderAndTheContractsOwnerAndByNobodyElse() {
        UUID id = UUID.randomUUID();
        TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(INSERT_REQUEST, id, "cd-53", UUID.randomUUID())));

        assertThat(countAs("cd-53", id)).isEqualTo(1);
        assertThat(countAs("ars-pays-de-la-loire", id)).isEqualTo(1);
        assertThat(countAs("ars-paca", id)).isZero();
        assertThat(countWithoutTenant(id))
                .as("no tenant set").isZero();
    }

    @Test
    void aFunderCannotWriteARequestInAnotherFundersName() {
        assertThatThrownBy(() -> TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.update(INSERT_REQUEST,
                UUID.randomUUID(), "cd-53", UUID.randomUUID()))))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void aCopilsAdoptionIsSeenByTheContractsOwnerAndItsFundersAndWrittenOnlyByTheOwner() {
        UUID contract = UUID.randomUUID();
        TenantContext.callAs("ars-pays-de-la-loire", () -> tx.execute(s -> {
            jdbc.update("""
                    insert into contract_profile (contract_id, tenant_id, kind, title, status, party_tenants, updated_at)
                    values (?, 'ars-pays-de-la-loire', 'CLS', 'CLS du Pays de Craon', 'IN_FORCE', '{cd-53}', now())""", contract);
            return jdbc.update(INSERT_ADOPTION, contract, 2025, "ars-pays-de-la-loire");
        }));

        assertThat(adoptionsAs("ars-pays-de-la-loire", contract)).isEqualTo(1);
        assertThat(adoptionsAs("cd-53", contract)).as("a funder taking part").isEqualTo(1);
        assertThat(adoptionsAs("ars-paca", contract)).as("a stranger to the contract").isZero();
        assertThatThrownBy(() -> TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(INSERT_ADOPTION, contract, 2026,
                "ars-pays-de-la-loire")))).rootCause().hasMessageContaining("row-level security");
    }

    private Integer adoptionsAs(String tenant, UUID contract) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from annual_report_adopted where contract_id = ?", Integer.class, contract)));
    }

    private Integer countWithoutTenant(UUID id) {
        return tx.execute(s -> jdbc.queryForObject("select count(*) from funding_request where id = ?", Integer.class, id));
    }

    private Integer countAs(String tenant, UUID id) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from funding_request where id = ?", Integer.class, id)));
    }
}
