package fr.cls.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The tokens whose signature was verified, so that a token is parsed and its RSA signature checked once, not on every
 * request: a client sends the same token for its whole life, and that check was the largest cost per request of the
 * gateway after routing and 13 % of a service's CPU (docs/benchmarks.md). The token rules (expiry, audience, the
 * tenant trusting the issuer and not suspended) still run on every request, on the remembered claims, so a tenant
 * suspended or an issuer dropped takes effect at once. A remembered token is verified again after
 * {@code reverifyAfter} (the signing keys' cache lifetime: a key withdrawn by the issuer stops being accepted as soon
 * as without the cache). At most {@code capacity} tokens are kept; beyond, the expired go first, then all.
 */
public final class VerifiedTokenCache {

    private final OAuth2TokenValidator<Jwt> rules;
    private final Clock clock;
    private final Duration reverifyAfter;
    private final int capacity;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** @param rules applied again to a remembered token on every request */
    public VerifiedTokenCache(OAuth2TokenValidator<Jwt> rules, Clock clock, Duration reverifyAfter, int capacity) {
        this.rules = rules;
        this.clock = clock;
        this.reverifyAfter = reverifyAfter;
        this.capacity = capacity;
    }

    /**
     * @return the remembered claims when the token was verified recently; empty when it must be verified
     * @throws JwtValidationException when a rule refuses the remembered token now (it is forgotten)
     */
    public Optional<Jwt> recall(String token) {
        Verified known = verified.get(token);
        if (known == null || !clock.instant().isBefore(known.verifiedAt().plus(reverifyAfter))) {
            return Optional.empty();
        }
        OAuth2TokenValidatorResult result = rules.validate(known.jwt());
        if (result.hasErrors()) {
            verified.remove(token);
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return Optional.of(known.jwt());
    }

    /** Remembers a token its decoder has just verified (signature and rules); answers its claims. */
    public Jwt remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        if (verified.size() >= capacity) {
            verified.values().removeIf(v -> v.jwt().getExpiresAt() == null || !v.jwt().getExpiresAt().isAfter(now));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, now));
        return jwt;
    }

    public int size() {
        return verified.size();
    }

    private record Verified(Jwt jwt, Instant verifiedAt) {
    }
}
