package fr.cls.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import reactor.core.publisher.Mono;

class IssuerOfTokenTest {

    static final String TRUSTED = "http://127.0.0.1:9000";

    final List<String> asked = new ArrayList<>();
    final ReactiveAuthenticationManager trustedManager = authentication -> Mono.just(
            new TestingAuthenticationToken("agent.paca", null, "ROLE_ARS_AGENT"));
    final IssuerOfToken issuers = new IssuerOfToken(issuer -> {
        asked.add(issuer);
        return TRUSTED.equals(issuer) ? Mono.just(trustedManager) : Mono.empty();
    }, 2);

    @Test
    void givesATokenToItsIssuersManagerAndParsesItOnce() {
        String token = token(TRUSTED);

        for (int i = 0; i < 3; i++) {
            assertThat(issuers.authenticate(new BearerTokenAuthenticationToken(token)).block().getName()).isEqualTo("agent.paca");
        }
        assertThat(asked).containsExactly(TRUSTED, TRUSTED, TRUSTED);
        assertThat(issuers.size()).isEqualTo(1);
    }

    @Test
    void refusesATokenOfAnIssuerNoTenantTrusts() {
        assertThatThrownBy(() -> issuers.authenticate(new BearerTokenAuthenticationToken(token("http://evil.example"))).block())
                .isInstanceOf(InvalidBearerTokenException.class).hasMessage("Invalid issuer");
    }

    @Test
    void refusesWhatIsNotAJwtOrNamesNoIssuer() {
        assertThatThrownBy(() -> issuers.authenticate(new BearerTokenAuthenticationToken("not-a-jwt")).block())
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> issuers.authenticate(new BearerTokenAuthenticationToken(token(null))).block())
                .isInstanceOf(InvalidBearerTokenException.class).hasMessage("Missing issuer");
        assertThat(asked).isEmpty();
    }

    @Test
    void remembersAtMostItsCapacity() {
        for (int i = 0; i < 5; i++) {
            issuers.authenticate(new BearerTokenAuthenticationToken(token(TRUSTED))).block();
        }
        assertThat(issuers.size()).isLessThanOrEqualTo(2);
    }

    private static String token(String issuer) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().issuer(issuer)
                    .subject("agent.paca").jwtID(java.util.UUID.randomUUID().toString()).build());
            jwt.sign(new MACSigner(new byte[32]));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
