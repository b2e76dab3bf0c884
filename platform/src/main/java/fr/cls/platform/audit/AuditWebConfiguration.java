package fr.cls.platform.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /api/v1/audit}; imported by the platform's web auto-configuration so every service serves it. */
@Configuration(proxyBeanMethods = false)
public class AuditWebConfiguration {

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }
}
