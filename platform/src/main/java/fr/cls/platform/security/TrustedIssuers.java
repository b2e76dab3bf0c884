package fr.cls.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TokenRules;
import fr.cls.tenancy.VerifiedTokenCache;

/**
 * One authentication manager per issuer that some tenant trusts; a token from any other issuer is refused
 * before its keys are ever fetched. Managers are built on first use (the issuer may start after us).
 */
class TrustedIssuers implements AuthenticationManagerResolver<String> {

    private final TenantDirectory tenants;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

    TrustedIssuers(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public AuthenticationManager resolve(String issuer) {
        if (issuer == null || !tenants.isTrustedIssuer(issuer)) {
            return null;
        }
        return managers.computeIfAbsent(issuer, this::managerFor);
    }

    private AuthenticationManager managerFor(String issuer) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
        OAuth2TokenValidator<Jwt> rules = TokenRules.validator(issuer, tenants);
        decoder.setJwtValidator(rules);
        // Signatures verified once per token (again after the keys' cache lifetime); the rules on every request.
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(
                new VerifiedTokens(decoder, new VerifiedTokenCache(rules, Clock.systemUTC(), Duration.ofMinutes(5), 10_000)));
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenRules::authorities);
        provider.setJwtAuthenticationConverter(converter);
        return provider::authenticate;
    }
}
