package fr.cls.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import fr.cls.platform.web.ProblemMessages;
import fr.cls.platform.web.ProblemTypes;
import fr.cls.tenancy.TenantDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API needs a valid token; health probes, the OpenAPI and AsyncAPI documents, Swagger UI and the problem pages
 * do not; other actuator endpoints
 * (metrics, dead letters) are for platform operators, except Prometheus' scrape on the management port of its own. Stateless: no session, no CSRF token (no cookies).
 */
@AutoConfiguration(before = ServletWebSecurityAutoConfiguration.class)
@EnableMethodSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, TenantDirectory tenants, JsonMapper json, ProblemMessages messages,
            ObjectProvider<ProblemTypes> types, Environment environment) throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(json, messages,
                types.getIfAvailable(() -> ProblemTypes.fromClasspath(null)));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/asyncapi", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/docs/**").permitAll()
                        .requestMatchers(scrape(environment)).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.PLATFORM_OPERATOR)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(new TrustedIssuers(tenants)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new TenantFromTokenFilter(tenants, problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * No spans and timers of Spring Security's own around each filter, authentication and authorisation: they were
     * 12 % of a service's CPU per request (docs/benchmarks.md). The request's span and metrics (http.server.requests)
     * stay, and refusals are still logged and answered as problems.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static RequestMatcher scrape(Environment environment) {
        // The path first: the port check reads the environment, too slow for every request.
        return new AndRequestMatcher(request -> "/actuator/prometheus".equals(request.getRequestURI()),
                new ManagementPortRequests(environment));
    }
}
