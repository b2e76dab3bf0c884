package fr.cls.platform.context;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Replaces Boot's JPA transaction manager (registered first, so Boot's backs off) with the tenant-scoped one. */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(EntityManagerFactory.class)
public class TenantTransactionAutoConfiguration {

    @Bean
    TenantScopedTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantScopedTransactionManager(entityManagerFactory);
    }
}
