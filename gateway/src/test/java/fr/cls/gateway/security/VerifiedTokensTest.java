package fr.cls.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");

    final RSAKey key = generate();
    final MutableClock clock = new MutableClock(NOW);
    final AtomicBoolean tenantSuspended = new AtomicBoolean();
    final AtomicInteger verifications = new AtomicInteger();
    final OAuth2TokenValidator<Jwt> rules = rules();
    final VerifiedTokens tokens = new VerifiedTokens(counting(verifier()), rules, clock, Duration.ofMinutes(5), 3);

    @Test
    void verifiesATokensSignatureOnceForManyRequests() {
        String token = sign(NOW.plusSeconds(900));

        for (int i = 0; i < 5; i++) {
            assertThat(tokens.decode(token).block().getSubject()).isEqualTo("agent.paca");
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    void stillRefusesARememberedTokenOnceItHasExpired() {
        String token = sign(NOW.plusSeconds(120));
        tokens.decode(token).block();

        clock.now = NOW.plusSeconds(120 + 61); // past the expiry and the default 60 s of clock skew

        assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void refusesARememberedTokenAsSoonAsItsTenantIsSuspended() {
        String token = sign(NOW.plusSeconds(900));
        tokens.decode(token).block();

        tenantSuspended.set(true);

        assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("suspended");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void verifiesTheSignatureAgainAfterTheKeysCacheLifetime() {
        String token = sign(NOW.plusSeconds(3600));
        tokens.decode(token).block();

        clock.now = NOW.plus(Duration.ofMinutes(5));
        tokens.decode(token).block();

        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverRemembersAForgedToken() {
        String forged = sign(generate(), NOW.plusSeconds(900));

        assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheExpiredFirst() {
        String shortLived = sign(NOW.plusSeconds(30));
        tokens.decode(shortLived).block();
        tokens.decode(sign(NOW.plusSeconds(900))).block();
        tokens.decode(sign(NOW.plusSeconds(901))).block();
        clock.now = NOW.plusSeconds(31);

        tokens.decode(sign(NOW.plusSeconds(902))).block();

        assertThat(tokens.size()).isEqualTo(3);
    }

    private ReactiveJwtDecoder verifier() {
        try {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            decoder.setJwtValidator(rules);
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReactiveJwtDecoder counting(ReactiveJwtDecoder decoder) {
        return token -> {
            verifications.incrementAndGet();
            return decoder.decode(token);
        };
    }

    private OAuth2TokenValidator<Jwt> rules() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> tenant = jwt -> tenantSuspended.get()
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the token's tenant is suspended", null))
                : OAuth2TokenValidatorResult.success();
        return new DelegatingOAuth2TokenValidator<>(timestamps, tenant);
    }

    private String sign(Instant expiresAt) {
        return sign(key, expiresAt);
    }

    private String sign(RSAKey with, Instant expiresAt) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), new JWTClaimsSet.Builder()
                    .subject("agent.paca").claim("tenant", "ars-paca").issueTime(Date.from(NOW))
                    .jwtID(java.util.UUID.randomUUID().toString()).expirationTime(Date.from(expiresAt)).build());
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
