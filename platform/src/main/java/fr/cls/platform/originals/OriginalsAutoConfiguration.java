package fr.cls.platform.originals;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import fr.cls.platform.audit.AuditAutoConfiguration;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantSwitch;
import fr.cls.platform.context.TenantTransactionAutoConfiguration;

/** The store of signed originals, in each service's own database (platform migration V0_20). */
@AutoConfiguration(after = {AuditAutoConfiguration.class, TenantTransactionAutoConfiguration.class})
public class OriginalsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Originals originals(JdbcTemplate jdbc, TenantSwitch tenants, AuditTrail audit, ObjectProvider<Clock> clock,
            @Value("${cls.originals.max-size:20MB}") DataSize maxSize) {
        return new Originals(new PostgresOriginalStore(jdbc), tenants, audit, clock.getIfAvailable(Clock::systemUTC), maxSize);
    }
}
