package fr.cls.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * A token's signature is checked once, not on every request: a client sends the same token for its whole life,
 * and parsing it and verifying its RSA signature was the gateway's largest cost per request after routing. The
 * token rules (expiry, audience, the tenant trusting the issuer and not suspended) still run on every request, on
 * the remembered claims, so a tenant suspended or an issuer dropped takes effect at once. A remembered token is
 * verified again after {@code reverifyAfter} (the signing keys' cache lifetime: a key withdrawn by the issuer stops
 * being accepted as soon as without the cache). At most {@code capacity} tokens are kept; beyond, the expired go first,
 * then all.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> rules;
    private final Clock clock;
    private final Duration reverifyAfter;
    private final int capacity;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /**
     * @param verifier the decoder that parses, verifies the signature and applies {@code rules}
     * @param rules    applied again to a remembered token on every request
     */
    VerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> rules, Clock clock, Duration reverifyAfter, int capacity) {
        this.verifier = verifier;
        this.rules = rules;
        this.clock = clock;
        this.reverifyAfter = reverifyAfter;
        this.capacity = capacity;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Verified known = verified.get(token);
        if (known != null && clock.instant().isBefore(known.verifiedAt().plus(reverifyAfter))) {
            OAuth2TokenValidatorResult result = rules.validate(known.jwt());
            if (!result.hasErrors()) {
                return Mono.just(known.jwt());
            }
            verified.remove(token);
            return Mono.error(new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors()));
        }
        return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    int size() {
        return verified.size();
    }

    private void remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        if (verified.size() >= capacity) {
            verified.values().removeIf(v -> v.jwt().getExpiresAt() == null || !v.jwt().getExpiresAt().isAfter(now));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, now));
    }

    private record Verified(Jwt jwt, Instant verifiedAt) {
    }
}
