package fr.cls.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import fr.cls.tenancy.VerifiedTokenCache;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();
    final AtomicBoolean tenantSuspended = new AtomicBoolean();
    final OAuth2TokenValidator<Jwt> rules = jwt -> tenantSuspended.get()
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the token's tenant is suspended", null))
            : OAuth2TokenValidatorResult.success();
    final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("signed.")) {
            throw new BadJwtException("the signature does not match");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").claims(c -> c.putAll(Map.of("sub", "agent.paca")))
                .issuedAt(NOW).expiresAt(NOW.plusSeconds(900)).build();
    };
    final VerifiedTokens tokens = new VerifiedTokens(verifier,
            new VerifiedTokenCache(rules, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5), 100));

    @Test
    void verifiesATokensSignatureOnceForManyRequests() {
        for (int i = 0; i < 4; i++) {
            assertThat(tokens.decode("signed.a").getSubject()).isEqualTo("agent.paca");
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    void refusesARememberedTokenAsSoonAsItsTenantIsSuspended() {
        tokens.decode("signed.a");

        tenantSuspended.set(true);

        assertThatThrownBy(() -> tokens.decode("signed.a")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("suspended");
    }

    @Test
    void verifiesAForgedTokenEveryTimeAndNeverAcceptsIt() {
        assertThatThrownBy(() -> tokens.decode("forged.a")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged.a")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }
}
