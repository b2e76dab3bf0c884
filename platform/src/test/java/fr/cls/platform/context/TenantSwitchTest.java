package fr.cls.platform.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.test.LocalPostgres;

/** Against a real PostgreSQL: the transaction's {@code cls.tenant} setting is what row-level security reads. */
class TenantSwitchTest {

    final DriverManagerDataSource database = new DriverManagerDataSource(LocalPostgres.url("postgres"),
            LocalPostgres.user(), LocalPostgres.password());
    final JdbcTemplate jdbc = new JdbcTemplate(database);
    final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(database));
    final TenantSwitch tenants = new TenantSwitch(jdbc);
    final List<String> seen = new ArrayList<>();

    @AfterEach
    void clear() {
        TenantContext.clear();
    }

    @Test
    void actsForTheOtherTenantInContextAndInTheDatabaseThenRestoresBoth() {
        inTransactionOf("ars-paca", () -> {
            tenants.run("cd-53", this::see);
            see();
        });

        assertThat(seen).containsExactly("cd-53/cd-53", "ars-paca/ars-paca");
    }

    @Test
    void nestedSwitchesComeBackStepByStep() {
        inTransactionOf("ars-paca", () -> {
            tenants.run("cd-53", () -> {
                String inner = tenants.call("ars-bretagne", this::current);
                seen.add(inner);
                see();
            });
            see();
        });

        assertThat(seen).containsExactly("ars-bretagne/ars-bretagne", "cd-53/cd-53", "ars-paca/ars-paca");
    }

    @Test
    void restoresBothAfterTheWorkFails() {
        inTransactionOf("ars-paca", () -> {
            assertThatThrownBy(() -> tenants.run("cd-53", () -> {
                see();
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            see();
        });

        assertThat(seen).containsExactly("cd-53/cd-53", "ars-paca/ars-paca");
    }

    @Test
    void aDatabaseErrorSurfacesAsItselfWhileTheContextComesBack() {
        inTransactionOf("ars-paca", () -> {
            assertThatThrownBy(() -> tenants.run("cd-53", () -> jdbc.execute("select * from no_such_table")))
                    .hasMessageContaining("no_such_table");
            seen.add(TenantContext.require());
        });

        assertThat(seen).containsExactly("ars-paca");
    }

    @Test
    void theSameTenantIsNoSwitch() {
        inTransactionOf("ars-paca", () -> tenants.run("ars-paca", this::see));

        assertThat(seen).containsExactly("ars-paca/ars-paca");
    }

    @Test
    void refusesToRunOutsideATransactionAndChangesNothing() {
        TenantContext.set("ars-paca");

        assertThatThrownBy(() -> tenants.run("cd-53", this::see)).isInstanceOf(IllegalTransactionStateException.class);

        assertThat(seen).isEmpty();
        assertThat(TenantContext.require()).isEqualTo("ars-paca");
    }

    /** As TenantScopedTransactionManager begins a transaction for the tenant in context. */
    private void inTransactionOf(String tenant, Runnable work) {
        TenantContext.set(tenant);
        tx.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('cls.tenant', ?, true)", String.class, tenant);
            work.run();
        });
    }

    private void see() {
        seen.add(current());
    }

    /** "context/database setting" */
    private String current() {
        return TenantContext.require() + "/" + jdbc.queryForObject("select current_setting('cls.tenant', true)", String.class);
    }
}
