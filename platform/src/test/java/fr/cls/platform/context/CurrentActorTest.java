package fr.cls.platform.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

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
}
