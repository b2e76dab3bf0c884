package fr.cls.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import fr.cls.gateway.Problems;
import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TokenRules;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Public: health, the Swagger UI and the OpenAPI documents. Operators: the other actuator endpoints. Everything
 * else needs a token from an issuer a tenant trusts, naming that tenant. No session, no cookies, no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain apiSecurityChain(ServerHttpSecurity http, TenantDirectory tenants) {
        IssuerOfToken issuerOfToken = new IssuerOfToken(new TrustedIssuers(tenants)::resolve, 10_000);
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            // RFC 6750: tell the client which scheme, and whether the token it sent was the problem.
            boolean tokenSent = exchange.getRequest().getHeaders().containsHeader("Authorization");
            exchange.getResponse().getHeaders().set("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
            return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated");
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> Problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden");
        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**", "/v3/asyncapi/**",
                                "/docs/**").permitAll()
                        .pathMatchers("/fallback/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole("PLATFORM_OPERATOR")
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerHeader())
                        .authenticationManagerResolver(exchange -> Mono.just(issuerOfToken))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .addFilterAfter(new TenantRolesFilter(tenants), SecurityWebFiltersOrder.AUTHENTICATION)
                .cors(Customizer.withDefaults())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer
                        .policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** Spring's strict firewall, its rule for header values checked without a regular expression. */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return firewall;
    }

    /**
     * A request the firewall refuses (an encoded NUL, a {@code ..} segment, encoded or not, a malformed header...):
     * 400 problem+json like every other answer of the gateway, not an empty body.
     */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler() {
        return (exchange, rejected) -> Problems.write(exchange, HttpStatus.BAD_REQUEST, "rejected-request");
    }

    /**
     * No spans and timers of Spring Security's own around each web filter, authentication and authorisation (18 % of
     * the gateway's CPU per request went to observations, docs/benchmarks.md); the exchange's span and metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** For a browser front end: the listed origins may call the API with a bearer token (no cookies). */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${cls.gateway.cors.allowed-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "If-Match", "If-None-Match",
                "X-Correlation-Id"));
        cors.setExposedHeaders(List.of("Location", "ETag", "Retry-After", "X-Correlation-Id", "Idempotent-Replayed"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    /** One manager per issuer some tenant trusts; keys are fetched off the event loop, once. */
    static final class TrustedIssuers {

        private final TenantDirectory tenants;
        private final Map<String, Mono<ReactiveAuthenticationManager>> managers = new ConcurrentHashMap<>();

        TrustedIssuers(TenantDirectory tenants) {
            this.tenants = tenants;
        }

        Mono<ReactiveAuthenticationManager> resolve(String issuer) {
            if (issuer == null || !tenants.isTrustedIssuer(issuer)) {
                return Mono.empty();
            }
            return managers.computeIfAbsent(issuer, i -> Mono.fromCallable(() -> managerFor(i))
                    .subscribeOn(Schedulers.boundedElastic())
                    .doOnError(e -> managers.remove(i))
                    .cache());
        }

        private ReactiveAuthenticationManager managerFor(String issuer) {
            NimbusReactiveJwtDecoder decoder = (NimbusReactiveJwtDecoder) ReactiveJwtDecoders.fromIssuerLocation(issuer);
            OAuth2TokenValidator<Jwt> rules = TokenRules.validator(issuer, tenants);
            decoder.setJwtValidator(rules);
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(TokenRules::authorities);
            // Signatures verified once per token (re-verified after the keys' cache lifetime); the rules on every request.
            JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(
                    new VerifiedTokens(decoder, rules, Clock.systemUTC(), Duration.ofMinutes(5), 10_000));
            manager.setJwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter));
            return manager;
        }
    }
}
