package fr.cls.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.cls.platform.audit.AuditWebConfiguration;
import fr.cls.platform.idempotency.IdempotencyWebConfiguration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * Correlation ids first (before security, so even a 401 carries one); Idempotency-Key on POSTs after security
 * (it needs the request's tenant); problem+json for whatever goes wrong; no control character in a text field or a
 * query parameter; If-Match
 * required on every route that reads it (428 without); the audit API in every service.
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
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    /** Registered by Boot with every JSON mapper of the service. */
    @Bean
    JacksonModule plainTextModule() {
        return new SimpleModule("cls-plain-text").addDeserializer(String.class, new PlainTextDeserializer());
    }

    @Bean
    WebMvcConfigurer controlCharacterParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ControlCharacterParameters());
                registry.addInterceptor(new IfMatchRequired());
            }
        };
    }
}
