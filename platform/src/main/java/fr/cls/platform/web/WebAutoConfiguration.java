package fr.cls.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

import fr.cls.platform.audit.AuditWebConfiguration;
import fr.cls.platform.idempotency.IdempotencyWebConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correlation ids first, then the tenant, then (HIGHEST_PRECEDENCE + 50) Idempotency-Key on POSTs, then
 * problem+json for whatever goes wrong; and the audit API ({@code /api/v1/audit}) in every service.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({AuditWebConfiguration.class, IdempotencyWebConfiguration.class})
public class WebAutoConfiguration {

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TenantRequestFilter> tenantRequestFilter(JsonMapper json) {
        FilterRegistrationBean<TenantRequestFilter> registration =
                new FilterRegistrationBean<>(new TenantRequestFilter(new ProblemWriter(json)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }
}
