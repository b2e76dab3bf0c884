package fr.cls.platform.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

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
    DataSource dataSource;

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
    void theSettingIsClearedWhenTheTransactionEndsOnEveryPooledConnection() throws SQLException {
        Integer used = TenantContext.callAs("ars-bretagne", () -> tx.execute(status -> backend()));

        // Holding every connection of the pool at once: the one the transaction used is among them.
        Map<Integer, String> settingByConnection = new HashMap<>();
        List<Connection> pool = new ArrayList<>();
        try {
            for (int i = 0; i < dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize(); i++) {
                Connection connection = dataSource.getConnection();
                pool.add(connection);
                try (Statement sql = connection.createStatement();
                        ResultSet row = sql.executeQuery("select pg_backend_pid(), current_setting('cls.tenant', true)")) {
                    row.next();
                    settingByConnection.put(row.getInt(1), row.getString(2));
                }
            }
        } finally {
            for (Connection connection : pool) {
                connection.close();
            }
        }

        assertThat(settingByConnection).containsKey(used);
        assertThat(settingByConnection.values()).allSatisfy(setting -> assertThat(setting).isNullOrEmpty());
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
