package fr.cls.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import fr.cls.tenancy.VerifiedTokenCache;
import reactor.core.publisher.Mono;

/** The issuer's decoder behind a {@link VerifiedTokenCache}: a token's signature is verified once, its rules always. */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final VerifiedTokenCache cache;

    /**
     * @param verifier the decoder that parses, verifies the signature and applies {@code rules}
     * @param rules    applied again to a remembered token on every request
     */
    VerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> rules, Clock clock, Duration reverifyAfter, int capacity) {
        this.verifier = verifier;
        this.cache = new VerifiedTokenCache(rules, clock, reverifyAfter, capacity);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Optional<Jwt> known;
        try {
            known = cache.recall(token);
        } catch (JwtValidationException e) {
            return Mono.error(e);
        }
        return known.map(Mono::just).orElseGet(() -> verifier.decode(token).map(jwt -> cache.remember(token, jwt)));
    }

    int size() {
        return cache.size();
    }
}
