package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.RowLevelSecurityAssertions;
import fr.cls.platform.test.TestInfrastructure;

/**
 * The second lock: raw SQL as the service's own database role, with no application filter at all, still sees
 * only the tenant set for the transaction, and nothing without one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class RowLevelSecurityIntegrationTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.username}")
    String appUser;

    @Value("${spring.datasource.password}")
    String appPassword;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyContractTableWithATenantForcesRowLevelSecurity() {
        RowLevelSecurityAssertions.assertEveryTenantTableIsGuarded(jdbc);
        assertThat(RowLevelSecurityAssertions.tenantTables(jdbc)).contains("contract", "contract_signed_version");
    }

    @Test
    void rawSqlAsTheServiceRoleSeesOnlyTheTenantOfItsTransaction() throws SQLException {
        String paca = create("ars-paca", "CLS de La Seyne-sur-Mer");
        String bretagne = create("ars-bretagne", "CLS du Pays de Saint-Brieuc");

        try (Connection db = asApplicationRole()) {
            assertThat(tenantsVisible(db, null)).isZero();
            assertThat(ids(db, "ars-bretagne")).contains(bretagne).doesNotContain(paca);
            assertThat(ids(db, "ars-paca")).contains(paca).doesNotContain(bretagne);
        }
    }

    @Test
    void theServiceRoleCannotWriteARowForAnotherTenant() throws SQLException {
        try (Connection db = asApplicationRole()) {
            db.setAutoCommit(false);
            setTenant(db, "ars-bretagne");
            assertThatThrownBy(() -> db.createStatement().executeUpdate("""
                    insert into contract (id, tenant_id, kind, title, status, letter_of_intent_received_on, created_at, version)
                    values ('%s', 'ars-paca', 'CLS', 'forged', 'LETTER_OF_INTENT_RECEIVED', current_date, now(), 0)"""
                    .formatted(UUID.randomUUID()))).hasMessageContaining("row-level security");
            db.rollback();
        }
    }

    @Test
    void theContractAsSignedCannotBeRewrittenNorDeletedEvenByItsOwnersServiceRole() throws SQLException {
        String id = as("ars-paca", Roles.ARS_APPROVER)
                .post("/api/v1/contracts/imports", Map.of("kind", "CLS", "title", "CLS de Briançon", "status", "IN_FORCE",
                        "startDate", "2014-12-01", "signatories", java.util.List.of(
                                Map.of("organisation", "ARS PACA", "kind", "ARS", "signedOn", "2014-11-20"),
                                Map.of("organisation", "CC du Briançonnais", "kind", "COLLECTIVITE", "signedOn", "2014-11-21"))))
                .json().get("id").asString();

        try (Connection db = asApplicationRole()) {
            db.setAutoCommit(false);
            setTenant(db, "ars-paca");
            try (Statement sql = db.createStatement()) {
                assertThat(sql.executeUpdate("update contract_signed_version set snapshot = '{}' where contract_id = '" + id + "'"))
                        .as("no row may be updated").isZero();
                assertThat(sql.executeUpdate("delete from contract_signed_version where contract_id = '" + id + "'"))
                        .as("no row may be deleted").isZero();
                assertThat(count(sql, "select count(*) from contract_signed_version where contract_id = '" + id
                        + "' and snapshot like '%CC du Briançonnais%'")).isEqualTo(1);
            }
            db.rollback();
            setTenant(db, "ars-bretagne");
            try (Statement sql = db.createStatement()) {
                assertThat(count(sql, "select count(*) from contract_signed_version where contract_id = '" + id + "'")).isZero();
            }
            db.rollback();
        }
    }

    /** Inserts of every child table of a contract; {c} the contract, {t} the writing tenant, {axis} an axis of {c}. */
    static final Map<String, String> CHILD_INSERTS = childInserts();

    private static Map<String, String> childInserts() {
        Map<String, String> inserts = new LinkedHashMap<>();
        inserts.put("contract_party", "insert into contract_party (contract_id, tenant_id, owner_tenant_id, role, added_at)"
                + " values ('{c}', '{t}', '{t}', 'CO_FUNDER', now())");
        inserts.put("contract_signatory", "insert into contract_signatory (id, contract_id, owner_tenant_id, organisation, kind)"
                + " values (gen_random_uuid(), '{c}', '{t}', 'Forged', 'OTHER')");
        inserts.put("contract_axis", "insert into contract_axis (id, contract_id, owner_tenant_id, code, title, position, version)"
                + " values (gen_random_uuid(), '{c}', '{t}', 'FORGED', 'Forged', 9, 0)");
        inserts.put("action_sheet", "insert into action_sheet (id, contract_id, owner_tenant_id, axis_id, title, objective, pilot,"
                + " start_date, end_date, budget, status, version) values (gen_random_uuid(), '{c}', '{t}', '{axis}', 'Forged',"
                + " 'o', 'p', current_date, current_date + 1, 0, 'PLANNED', 0)");
        inserts.put("annual_programming", "insert into annual_programming (id, contract_id, owner_tenant_id, year, status, version)"
                + " values (gen_random_uuid(), '{c}', '{t}', 2031, 'DRAFT', 0)");
        inserts.put("annual_report", "insert into annual_report (id, contract_id, owner_tenant_id, year, status, achievements,"
                + " credits_used, version) values (gen_random_uuid(), '{c}', '{t}', 2031, 'DRAFT', 'Forged', 0, 0)");
        inserts.put("contract_amendment", "insert into contract_amendment (id, contract_id, owner_tenant_id, number, changes,"
                + " signed_on, snapshot, created_at) values (gen_random_uuid(), '{c}', '{t}', 99, 'Forged', current_date, '{}', now())");
        inserts.put("contract_signed_version", "insert into contract_signed_version (contract_id, owner_tenant_id, origin,"
                + " in_force_on, snapshot, recorded_at) values ('{c}', '{t}', 'IMPORT', current_date, '{}', now())");
        inserts.put("contract_document", "insert into contract_document (id, contract_id, owner_tenant_id, title, kind, reference,"
                + " added_at) values (gen_random_uuid(), '{c}', '{t}', 'Forged', 'OTHER', 'ged:1', now())");
        inserts.put("contract (previous generation)", "insert into contract (id, tenant_id, kind, title, status, created_at, version,"
                + " previous_contract_id) values (gen_random_uuid(), '{t}', 'CLS', 'Forged', 'ELABORATION', now(), 0, '{c}')");
        return inserts;
    }

    @Test
    void theServiceRoleOwnsNothingCreatesNothingAndCannotBypassRowLevelSecurity() {
        RowLevelSecurityAssertions.assertTheServiceRoleIsConfined(jdbc);
    }

    @Test
    void everyForeignKeyAndContractIdOfATenantTableIsBoundToItsParentsTenant() {
        RowLevelSecurityAssertions.assertEveryChildRowIsBoundToItsParent(jdbc, Map.of());
    }

    @Test
    void theServiceRoleWritesAChildRowUnderItsOwnContractButNeverUnderAnotherTenants() throws SQLException {
        String paca = create("ars-paca", "CLS de Martigues");
        String bretagne = create("ars-bretagne", "CLS de Lannion-Trégor");
        String pacaAxis = axis("ars-paca", paca);
        String bretagneAxis = axis("ars-bretagne", bretagne);

        try (Connection db = asApplicationRole()) {
            db.setAutoCommit(false);
            setTenant(db, "ars-bretagne");
            CHILD_INSERTS.forEach((table, insert) -> {
                assertThat(attempt(db, insert.replace("{c}", bretagne).replace("{t}", "ars-bretagne").replace("{axis}", bretagneAxis)))
                        .as("%s under Bretagne's own contract", table).isNull();
                assertThat(attempt(db, insert.replace("{c}", paca).replace("{t}", "ars-bretagne").replace("{axis}", pacaAxis)))
                        .as("%s under PACA's contract, written by Bretagne", table)
                        .containsAnyOf("row-level security", "foreign key constraint");
            });
            assertThat(attempt(db, CHILD_INSERTS.get("action_sheet").replace("{c}", bretagne).replace("{t}", "ars-bretagne")
                    .replace("{axis}", pacaAxis))).as("a sheet of Bretagne's contract under PACA's axis")
                    .contains("foreign key constraint");
            db.rollback();
            assertThat(tenantsVisibleOf(db, "ars-bretagne", paca)).as("PACA's contract as Bretagne sees it").isZero();
        }
    }

    /** Runs the statement in a savepoint: null when it succeeded (then undone), else the database's refusal. */
    private static String attempt(Connection db, String sql) {
        try {
            var savepoint = db.setSavepoint();
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate(sql);
                db.rollback(savepoint);
                return null;
            } catch (SQLException refused) {
                db.rollback(savepoint);
                return refused.getMessage();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String axis(String tenant, String contract) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection db = asApplicationRole()) {
            db.setAutoCommit(false);
            setTenant(db, tenant);
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("insert into contract_axis (id, contract_id, owner_tenant_id, code, title, position, version)"
                        + " values ('%s', '%s', '%s', 'A1', 'Prévention', 0, 0)".formatted(id, contract, tenant));
            }
            db.commit();
        }
        return id;
    }

    private long tenantsVisibleOf(Connection db, String tenant, String contract) throws SQLException {
        try {
            setTenant(db, tenant);
            return count(db.createStatement(), "select count(*) from contract where id = '" + contract + "'");
        } finally {
            db.rollback();
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theServiceRoleIsNeitherOwnerNorAbleToBypassRowLevelSecurity() throws SQLException {
        try (Connection db = asApplicationRole(); Statement sql = db.createStatement();
                ResultSet role = sql.executeQuery("""
                        select r.rolsuper, r.rolbypassrls, (select tableowner from pg_tables where tablename = 'contract') = current_user
                        from pg_roles r where r.rolname = current_user""")) {
            assertThat(role.next()).isTrue();
            assertThat(role.getBoolean(1)).as("superuser").isFalse();
            assertThat(role.getBoolean(2)).as("bypassrls").isFalse();
            assertThat(role.getBoolean(3)).as("owns the table").isFalse();
        }
    }

    private Connection asApplicationRole() throws SQLException {
        String url;
        try (Connection any = dataSource.getConnection()) {
            url = any.getMetaData().getURL();
        }
        return DriverManager.getConnection(url, appUser, appPassword);
    }

    private long tenantsVisible(Connection db, String tenant) throws SQLException {
        db.setAutoCommit(false);
        try {
            if (tenant != null) {
                setTenant(db, tenant);
            }
            try (ResultSet rs = db.createStatement().executeQuery("select count(*) from contract")) {
                rs.next();
                return rs.getLong(1);
            }
        } finally {
            db.rollback();
        }
    }

    private java.util.List<String> ids(Connection db, String tenant) throws SQLException {
        db.setAutoCommit(false);
        try {
            setTenant(db, tenant);
            java.util.List<String> ids = new java.util.ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("select id, tenant_id from contract")) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).isEqualTo(tenant);
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } finally {
            db.rollback();
        }
    }

    private static void setTenant(Connection db, String tenant) throws SQLException {
        try (var set = db.prepareStatement("select set_config('cls.tenant', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private String create(String tenant, String title) {
        return as(tenant, Roles.ARS_AGENT)
                .post("/api/v1/contracts", Map.of("kind", "CLS", "title", title))
                .json().get("id").asString();
    }
}
