package fr.cls.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import fr.cls.tenancy.VerifiedTokenCache;

/** The issuer's decoder behind a {@link VerifiedTokenCache}: a token's signature is verified once, its rules always. */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final VerifiedTokenCache cache;

    /** @param verifier the decoder that parses, verifies the signature and applies the cache's rules */
    VerifiedTokens(JwtDecoder verifier, VerifiedTokenCache cache) {
        this.verifier = verifier;
        this.cache = cache;
    }

    @Override
    public Jwt decode(String token) {
        return cache.recall(token).orElseGet(() -> cache.remember(token, verifier.decode(token)));
    }
}
