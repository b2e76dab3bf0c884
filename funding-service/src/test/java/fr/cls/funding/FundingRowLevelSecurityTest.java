package fr.cls.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
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

    static final String INSERT_PROFILE = """
            insert into contract_profile (contract_id, tenant_id, kind, title, status, party_tenants, updated_at)
            values (?, 'ars-pays-de-la-loire', 'CLS', 'CLS du Pays de Craon', 'IN_FORCE', '{cd-53}', now())""";

    static final String INSERT_FRAMEWORK_CONVENTION = """
            insert into convention (id, tenant_id, owner_tenant_id, kind, contract_id, beneficiary, amounts, valid_from,
                valid_until, status, created_at, version)
            values (?, ?, 'ars-pays-de-la-loire', 'FRAMEWORK', ?, 'CC du Pays de Craon', '{}', current_date, current_date,
                'SIGNED', now(), 0)""";

    @Test
    void aRequestIsSeenByItsFunderAndTheContractsOwnerAndByNobodyElse() {
        UUID id = UUID.randomUUID();
        UUID contract = profile();
        TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(INSERT_REQUEST, id, "cd-53", contract)));

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
            jdbc.update(INSERT_PROFILE, contract);
            return jdbc.update(INSERT_ADOPTION, contract, 2025, "ars-pays-de-la-loire");
        }));

        assertThat(adoptionsAs("ars-pays-de-la-loire", contract)).isEqualTo(1);
        assertThat(adoptionsAs("cd-53", contract)).as("a funder taking part").isEqualTo(1);
        assertThat(adoptionsAs("ars-paca", contract)).as("a stranger to the contract").isZero();
        assertThatThrownBy(() -> TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(INSERT_ADOPTION, contract, 2026,
                "ars-pays-de-la-loire")))).rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void theServiceRoleOwnsNothingCreatesNothingAndCannotBypassRowLevelSecurity() {
        RowLevelSecurityAssertions.assertTheServiceRoleIsConfined(jdbc);
    }

    @Test
    void everyForeignKeyAndContractIdOfAFundingTableIsBoundToItsParentsTenant() {
        RowLevelSecurityAssertions.assertEveryChildRowIsBoundToItsParent(jdbc, Map.of());
    }

    @Test
    void aRequestIsFiledOnlyOnAContractItsFunderTakesPartInAndUnderItsRealOwner() {
        UUID contract = profile();

        assertThat(refusal("cd-53", INSERT_REQUEST, UUID.randomUUID(), "cd-53", contract)).as("a funder taking part").isNull();
        assertThat(refusal("ars-paca", INSERT_REQUEST, UUID.randomUUID(), "ars-paca", contract))
                .as("a funder stranger to the contract").contains("row-level security");
        assertThat(refusal("ars-paca", INSERT_REQUEST.replace("'ars-pays-de-la-loire'", "'ars-paca'"), UUID.randomUUID(),
                "ars-paca", contract)).as("a stranger naming itself the contract's owner").contains("row-level security");
    }

    @Test
    void aConventionAndItsPaymentsStayUnderTheirFundersContractAndRequest() {
        UUID contract = profile();
        UUID convention = UUID.randomUUID();
        assertThat(refusal("cd-53", INSERT_FRAMEWORK_CONVENTION, convention, "cd-53", contract)).as("a funder taking part").isNull();
        TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(INSERT_FRAMEWORK_CONVENTION, convention, "cd-53", contract)));

        assertThat(refusal("ars-paca", INSERT_FRAMEWORK_CONVENTION, UUID.randomUUID(), "ars-paca", contract))
                .as("a convention of a stranger to the contract").contains("row-level security");
        assertThat(refusal("cd-53", "update convention set contract_id = ? where id = ?", UUID.randomUUID(), convention))
                .as("the convention moved to another contract").contains("row-level security");
        String payment = """
                insert into payment (id, tenant_id, owner_tenant_id, convention_id, contract_id, year, amount, status, version)
                values (gen_random_uuid(), ?, 'ars-pays-de-la-loire', ?, ?, 2026, 1000, 'PLANNED', 0)""";
        assertThat(refusal("cd-53", payment, "cd-53", convention, contract)).as("the funder's own payment").isNull();
        assertThat(refusal("ars-paca", payment, "ars-paca", convention, contract))
                .as("a payment of another funder's convention").contains("foreign key constraint");
        UUID request = UUID.randomUUID();
        TenantContext.callAs("cd-53", () -> tx.execute(s -> jdbc.update(INSERT_REQUEST, request, "cd-53", contract)));
        assertThat(refusal("ars-paca", """
                insert into dossier_attachment (tenant_id, request_id, name, reference) values ('ars-paca', ?, 'x.pdf', 'ged:1')""",
                request)).as("an attachment to another funder's request").contains("foreign key constraint");
    }

    @Test
    void onlyTheContractsOwnerRecordsItsAnnualReportReceivedOrAdopted() {
        UUID contract = profile();

        assertThat(refusal("ars-paca", INSERT_ADOPTION, contract, 2025, "ars-paca")).as("an adoption of a stranger")
                .contains("row-level security");
        assertThat(refusal("ars-paca", "insert into annual_report_received values (?, 2025, 'ars-paca', current_date)", contract))
                .as("a report received, said by a stranger").contains("row-level security");
        assertThat(refusal("ars-pays-de-la-loire", "insert into annual_report_received values (?, 2025, 'ars-pays-de-la-loire',"
                + " current_date)", contract)).as("by the owner").isNull();
    }

    /** A contract of Pays de la Loire with the Mayenne as a party, as funding-service knows it from the events. */
    private UUID profile() {
        UUID contract = UUID.randomUUID();
        TenantContext.callAs("ars-pays-de-la-loire", () -> tx.execute(s -> jdbc.update(INSERT_PROFILE, contract)));
        return contract;
    }

    /** Runs the statement as the tenant and rolls it back: null when the database accepted it, else its refusal. */
    private String refusal(String tenant, String sql, Object... args) {
        return RowLevelSecurityAssertions.refusal(() -> TenantContext.callAs(tenant, () -> tx.execute(s -> {
            jdbc.update(sql, args);
            s.setRollbackOnly();
            return null;
        })));
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
