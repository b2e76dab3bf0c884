package fr.cls.platform.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.testapp.Notes;
import fr.cls.platform.testapp.PlatformIntegrationTest;

/** Row-level security reads the tenant from the transaction's database setting, which dies with the transaction. */
@PlatformIntegrationTest
class TenantScopedTransactionManagerIntegrationTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Notes notes;

    @Test
    void isTheTransactionManagerOfTheService() {
        assertThat(transactionManager).isInstanceOf(TenantScopedTransactionManager.class);
    }

    @Test
    void theTenantInContextIsTheTransactionsDatabaseSetting() {
        String setting = TenantContext.callAs("ars-bretagne", () -> tx.execute(status -> tenantSetting()));

        assertThat(setting).isEqualTo("ars-bretagne");
    }

    @Test
    void theSettingIsClearedWhenTheTransactionEndsEvenOnTheSamePooledConnection() {
        Integer connection = TenantContext.callAs("ars-bretagne", () -> tx.execute(status -> backend()));

        // The pool hands a thread its last connection back; wait for that one, which must carry no tenant.
        await().atMost(Duration.ofSeconds(10)).until(() -> tx.execute(status -> connection.equals(backend())
                && (tenantSetting() == null || tenantSetting().isEmpty())));
        assertThat(jdbc.queryForObject("select current_setting('cls.tenant', true)", String.class)).isNullOrEmpty();
    }

    @Test
    void rowsOfAnotherTenantAreHiddenAndNoTenantSeesNothing() {
        String text = "rls " + UUID.randomUUID();
        TenantContext.callAs("ars-bretagne", () -> {
            notes.insert(UUID.randomUUID(), "ars-bretagne", text);
            return null;
        });
        TenantContext.callAs("ars-paca", () -> {
            notes.insert(UUID.randomUUID(), "ars-paca", text);
            return null;
        });

        assertThat(TenantContext.callAs("ars-bretagne", () -> notes.countWithText(text))).isEqualTo(1);
        assertThat(TenantContext.callAs("ars-pays-de-la-loire", () -> notes.countWithText(text))).isZero();
        assertThat(notes.countWithText(text)).as("without a tenant (fail closed)").isZero();
    }

    @Test
    void aTenantCannotWriteARowForAnother() {
        assertThatThrownBy(() -> TenantContext.callAs("ars-bretagne", () -> {
            notes.insert(UUID.randomUUID(), "ars-paca", "forged " + UUID.randomUUID());
            return null;
        })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");
    }

    private String tenantSetting() {
        return jdbc.queryForObject("select current_setting('cls.tenant', true)", String.class);
    }

    private Integer backend() {
        return jdbc.queryForObject("select pg_backend_pid()", Integer.class);
    }
}
