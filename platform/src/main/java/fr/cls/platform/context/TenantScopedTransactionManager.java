package fr.cls.platform.context;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives PostgreSQL the current tenant at the start of every transaction, as the transaction-local setting
 * {@code cls.tenant} that the row-level security policies read. Transaction-local because connections are
 * pooled: the setting dies with the transaction and never reaches the next borrower. Without a tenant nothing
 * is set and the policies match no row (fail closed).
 */
public class TenantScopedTransactionManager extends JpaTransactionManager {

    public static final String SETTING = "cls.tenant";

    public TenantScopedTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        String tenant = TenantContext.current().orElse(null);
        if (tenant == null) {
            return;
        }
        // The JPA dialect exposes the transaction's JDBC connection under the DataSource key.
        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(getDataSource());
        try (PreparedStatement set = holder.getConnection().prepareStatement("select set_config('" + SETTING + "', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        } catch (SQLException e) {
            throw new CannotCreateTransactionException("could not set the tenant of the transaction", e);
        }
    }

}
