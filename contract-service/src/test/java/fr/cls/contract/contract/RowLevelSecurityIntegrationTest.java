package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.RowLevelSecurityAssertions;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.identity.test.TestIssuer;

/**
 * The second lock: raw SQL as the service's own database role, with no application filter at all, still sees
 * only the tenant set for the transaction, and nothing without one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class RowLevelSecurityIntegrationTest {

    @LocalServerPort
    int port;

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
        String id = new HttpTestClient("http://localhost:" + port)
                .with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_APPROVER))
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
        return new HttpTestClient("http://localhost:" + port)
                .with("Authorization", TestIssuer.trusted().bearer(tenant, Roles.ARS_AGENT))
                .post("/api/v1/contracts", Map.of("kind", "CLS", "title", title))
                .json().get("id").asString();
    }
}
