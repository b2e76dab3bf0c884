package fr.cls.gateway.security;

import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.nimbusds.jwt.JWTParser;

import reactor.core.publisher.Mono;

/**
 * Picks the authentication manager of the issuer a token names, as Spring's
 * {@code JwtIssuerReactiveAuthenticationManagerResolver} does, but parses a token for its {@code iss} claim once:
 * the claim a token string carries never changes, so it is remembered (no trust is: the issuer's manager verifies
 * the token, signature and rules, on every request as before). Parsing every request's token again was 6 % of the
 * gateway's CPU (docs/benchmarks.md). Bounded: past {@code capacity} tokens the memo starts afresh.
 */
final class IssuerOfToken implements ReactiveAuthenticationManager {

    private final Function<String, Mono<ReactiveAuthenticationManager>> managers;
    private final int capacity;
    private final Map<String, String> issuers = new ConcurrentHashMap<>();

    /** @param managers the manager of a trusted issuer, empty for any other */
    IssuerOfToken(Function<String, Mono<ReactiveAuthenticationManager>> managers, int capacity) {
        this.managers = managers;
        this.capacity = capacity;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return Mono.empty();
        }
        String issuer;
        try {
            issuer = issuer(bearer.getToken());
        } catch (InvalidBearerTokenException e) {
            return Mono.error(e);
        }
        return managers.apply(issuer)
                .switchIfEmpty(Mono.error(() -> new InvalidBearerTokenException("Invalid issuer")))
                .flatMap(manager -> manager.authenticate(authentication));
    }

    private String issuer(String token) {
        String known = issuers.get(token);
        if (known != null) {
            return known;
        }
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("Invalid token", e);
        }
        if (issuer == null) {
            throw new InvalidBearerTokenException("Missing issuer");
        }
        if (issuers.size() >= capacity) {
            issuers.clear();
        }
        issuers.put(token, issuer);
        return issuer;
    }

    int size() {
        return issuers.size();
    }
}
