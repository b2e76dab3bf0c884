package fr.cls.platform.context;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Bean
    TenantScopedTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantScopedTransactionManager(entityManagerFactory);
    }
}
