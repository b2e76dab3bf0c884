package fr.cls.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.cls.platform.audit.AuditWebConfiguration;
import fr.cls.platform.idempotency.IdempotencyWebConfiguration;
import fr.cls.platform.metrics.PlatformMetrics;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
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
    ProblemResponses problemResponses(ProblemMessages messages, PlatformMetrics metrics) {
        return new ProblemResponses(messages, metrics);
    }

    /** The base of problem types: a page of the deployment's documentation (docs/problems.md). */
    @Bean
    @ConditionalOnMissingBean
    ProblemTypes problemTypes(@Value("${cls.problems.base-uri:" + ProblemTypes.DEFAULT_BASE_URI + "}") String baseUri) {
        return ProblemTypes.fromClasspath(baseUri);
    }

    @Bean
    ProblemTypeAdvice problemTypeAdvice(ProblemTypes types) {
        return new ProblemTypeAdvice(types);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(JsonMapper json, ProblemMessages messages, ProblemTypes types) {
        return new ProblemWriter(json, messages, types);
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
