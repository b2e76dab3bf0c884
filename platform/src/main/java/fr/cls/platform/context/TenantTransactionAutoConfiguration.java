package fr.cls.platform.context;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionExecutionListener;

import fr.cls.tenancy.TenantDirectory;

/**
 * Replaces Boot's JPA transaction manager (registered first, so Boot's backs off) with the tenant-scoped one,
 * and gives scheduled work its per-tenant runner and transactions their tenant switch.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(EntityManagerFactory.class)
public class TenantTransactionAutoConfiguration {

    /** Scheduled work iterates tenants explicitly (see TenantJobs). */
    @Bean
    TenantJobs tenantJobs(TenantDirectory tenants) {
        return new TenantJobs(tenants);
    }

    /** Acting for another tenant inside the current transaction. */
    @Bean
    TenantSwitch tenantSwitch(JdbcTemplate jdbc) {
        return new TenantSwitch(jdbc);
    }

    /** With the application's transaction listeners (e.g. the Idempotency-Key's commit marker). */
    @Bean
    TenantScopedTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
            ObjectProvider<TransactionExecutionListener> listeners) {
        TenantScopedTransactionManager manager = new TenantScopedTransactionManager(entityManagerFactory);
        listeners.orderedStream().forEach(manager::addListener);
        return manager;
    }
}
