package fr.cls.platform.context;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Acts for another tenant inside the current transaction, then switches back: the tenant context and the
 * transaction's {@code cls.tenant} setting (read by row-level security) move together and are both restored
 * after, even when the work fails. Only for what one tenant's event means for another taking part in the same
 * contract, atomically with it. Work that opens its own transactions uses {@link TenantContext#callAs} instead:
 * each transaction then takes the tenant when it begins.
 */
public class TenantSwitch {

    private final JdbcTemplate jdbc;

    public TenantSwitch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void run(String tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    public <T> T call(String tenant, Supplier<T> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("a tenant switch needs a transaction: the setting would not hold");
        }
        String previous = TenantContext.current().orElse(null);
        if (tenant.equals(previous)) {
            return work.get();
        }
        TenantContext.set(tenant);
        T result;
        try {
            setting(tenant);
            result = work.get();
        } catch (RuntimeException | Error failure) {
            restore(previous, failure);
            throw failure;
        }
        restore(previous, null);
        return result;
    }

    /** The context always comes back; the setting cannot once the database has aborted the transaction (it rolls back). */
    private void restore(String previous, Throwable failure) {
        if (previous == null) {
            TenantContext.clear();
        } else {
            TenantContext.set(previous);
        }
        try {
            setting(previous == null ? "" : previous);
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    private void setting(String tenant) {
        jdbc.queryForObject("select set_config('" + TenantScopedTransactionManager.SETTING + "', ?, true)", String.class,
                tenant);
    }
}
