package fr.cls.platform.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class CurrentActorTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theActorIsTheAuthenticatedSubjectWithItsRolesWithoutPrefix() {
        TestingAuthenticationToken token = new TestingAuthenticationToken("agent-42", null,
                "ROLE_instructor", "SCOPE_contracts.write", "ROLE_auditor");
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);

        assertThat(CurrentActor.get()).isEqualTo(new Actor("", "agent-42", List.of("auditor", "instructor")));
    }

    @Test
    void withoutAuthenticationTheActorIsAnonymousWithoutRoles() {
        assertThat(CurrentActor.get()).isEqualTo(new Actor("", "anonymous", List.of()));
    }

    @Test
    void springSecuritysAnonymousTokenCountsAsAnonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(CurrentActor.get()).isEqualTo(new Actor("", "anonymous", List.of()));
    }

    @Test
    void aTokensIssuerComesWithItsSubjectSoTwoIssuersNamesakesAreTwoPeople() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").issuer("https://idp-a.example").subject("agent-42")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt,
                AuthorityUtils.createAuthorityList("ROLE_instructor"), "agent-42"));

        Actor actor = CurrentActor.get();

        assertThat(actor.issuer()).isEqualTo("https://idp-a.example");
        assertThat(actor.samePersonAs("https://idp-a.example", "agent-42")).isTrue();
        assertThat(actor.samePersonAs("https://idp-b.example", "agent-42")).isFalse();
        assertThat(actor.samePersonAs(null, "agent-42")).as("a record without issuer: same subject, same person").isTrue();
    }
}
