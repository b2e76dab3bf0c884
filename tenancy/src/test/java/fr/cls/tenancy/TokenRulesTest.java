package fr.cls.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Which roles a tenant's tokens may carry (by the tenant's kind, INTEGRATION only for its declared clients), and
 * the expiry every token must have.
 */
class TokenRulesTest {

    static final TenantDirectory DIRECTORY = new TenantDirectory(new ByteArrayResource("""
            tenants:
              - {id: platform, kind: PLATFORM, name: Operators, issuers: [http://a]}
              - {id: ars-x, kind: ARS, name: ARS X, issuers: [http://a], integration-clients: [portal-x]}
              - {id: cd-99, kind: DEPARTEMENT, name: CD 99, issuers: [http://a]}
            """.getBytes()), s -> s);

    @Test
    void platformOperatorIsHonouredOnlyForThePlatformTenant() {
        assertThat(refused("platform", "PLATFORM_OPERATOR")).isEmpty();
        assertThat(refused("ars-x", "PLATFORM_OPERATOR")).contains("PLATFORM_OPERATOR");
        assertThat(refused("cd-99", "PLATFORM_OPERATOR")).contains("PLATFORM_OPERATOR");
    }

    @Test
    void arsRolesOnlyInArsTenantsAndDepartementRolesOnlyInDepartements() {
        assertThat(refused("ars-x", "ARS_AGENT", "ARS_APPROVER")).isEmpty();
        assertThat(refused("cd-99", "DEPARTEMENT_AGENT", "DEPARTEMENT_APPROVER")).isEmpty();
        assertThat(refused("cd-99", "DEPARTEMENT_AGENT", "ARS_APPROVER")).contains("ARS_APPROVER");
        assertThat(refused("ars-x", "DEPARTEMENT_APPROVER")).contains("DEPARTEMENT_APPROVER");
        assertThat(refused("platform", "ARS_AGENT")).contains("ARS_AGENT");
    }

    @Test
    void coordinatorsAndGovernanceMembersInArsAndDepartementsButNotThePlatform() {
        assertThat(refused("ars-x", "CLS_COORDINATOR", "GOVERNANCE_MEMBER")).isEmpty();
        assertThat(refused("cd-99", "CLS_COORDINATOR", "GOVERNANCE_MEMBER")).isEmpty();
        assertThat(refused("platform", "GOVERNANCE_MEMBER")).contains("GOVERNANCE_MEMBER");
    }

    @Test
    void integrationOnlyForTheTenantsDeclaredClients() {
        assertThat(refused(jwt("ars-x", c -> c.subject("portal-x"), "INTEGRATION"))).isEmpty();
        assertThat(refused(jwt("ars-x", c -> c.subject("uuid-1").claim("azp", "portal-x"), "INTEGRATION"))).isEmpty();
        assertThat(refused(jwt("ars-x", c -> c.subject("someone"), "INTEGRATION"))).contains("INTEGRATION");
        // A person logged in through another client does not become the portal by its subject.
        assertThat(refused(jwt("ars-x", c -> c.subject("portal-x").claim("azp", "cls-web"), "INTEGRATION")))
                .contains("INTEGRATION");
        assertThat(refused(jwt("cd-99", c -> c.subject("portal-x"), "INTEGRATION"))).contains("INTEGRATION");
    }

    @Test
    void rolesThePlatformDoesNotKnowGrantNothingAndAreNotRefused() {
        assertThat(refused("cd-99", "offline_access", "DEPARTEMENT_AGENT")).isEmpty();
    }

    @Test
    void aTokenWithoutExpiryIsInvalidAndOneWithExpiryIsValid() {
        Jwt withoutExp = Jwt.withTokenValue("t").header("alg", "RS256").issuer("http://a").subject("someone")
                .issuedAt(Instant.now()).audience(List.of(TokenRules.AUDIENCE)).claim(TokenRules.TENANT_CLAIM, "ars-x")
                .build();
        Jwt withExp = Jwt.withTokenValue("t").headers(h -> h.putAll(withoutExp.getHeaders()))
                .claims(c -> c.putAll(withoutExp.getClaims())).expiresAt(Instant.now().plusSeconds(60)).build();

        assertThat(TokenRules.validator("http://a", DIRECTORY).validate(withoutExp).hasErrors()).isTrue();
        assertThat(TokenRules.validator("http://a", DIRECTORY).validate(withExp).hasErrors()).isFalse();
    }

    private static java.util.Optional<String> refused(String tenant, String... roles) {
        return refused(jwt(tenant, c -> { }, roles));
    }

    private static java.util.Optional<String> refused(Jwt jwt) {
        return TokenRules.refusedRole(jwt, DIRECTORY);
    }

    private static Jwt jwt(String tenant, Consumer<Jwt.Builder> customize, String... roles) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuer("http://a").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim(TokenRules.TENANT_CLAIM, tenant).claim(TokenRules.ROLES_CLAIM, List.of(roles));
        customize.accept(builder);
        return builder.build();
    }
}
