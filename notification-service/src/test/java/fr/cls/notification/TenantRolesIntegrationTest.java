package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;

/**
 * The service itself (not only the gateway) refuses a token claiming a role its tenant may not hold, on the API and
 * on actuator, and a token without expiry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TenantRolesIntegrationTest extends ApiTestSupport {

    static final String UNREAD = "/api/v1/notifications/inbox/unread-count";

    @Test
    void aDepartementTokenClaimingArsApproverIsForbidden() {
        String departement = TestTenants.nextDepartement();
        assertThat(get(UNREAD, TestIssuer.trusted().bearer(departement, Roles.DEPARTEMENT_AGENT)).status()).isEqualTo(200);

        forbidden(get(UNREAD, TestIssuer.trusted().bearer(departement, Roles.DEPARTEMENT_AGENT, Roles.ARS_APPROVER)),
                Roles.ARS_APPROVER);
    }

    @Test
    void aNonPlatformTenantClaimingPlatformOperatorIsForbiddenOnTheApiAndOnActuator() {
        assertThat(get("/actuator/metrics", TestIssuer.trusted().bearer("platform", Roles.PLATFORM_OPERATOR)).status())
                .isEqualTo(200);

        String ars = TestTenants.next();
        forbidden(get("/actuator/metrics", TestIssuer.trusted().bearer(ars, Roles.PLATFORM_OPERATOR)), Roles.PLATFORM_OPERATOR);
        forbidden(get(UNREAD, TestIssuer.trusted().bearer(ars, Roles.ARS_AGENT, Roles.PLATFORM_OPERATOR)),
                Roles.PLATFORM_OPERATOR);
    }

    @Test
    void integrationIsHonouredOnlyForTheTenantsDeclaredClient() {
        String ars = TestTenants.next();
        // test-user is the declared integration client of the test tenants (test-tenants.yml).
        assertThat(get(UNREAD, TestIssuer.trusted().bearer(ars, Roles.INTEGRATION)).status()).isEqualTo(200);
        forbidden(get(UNREAD, "Bearer " + TestIssuer.trusted().token(claims -> claims.subject("some-person")
                .claim("tenant", ars).claim("roles", List.of(Roles.INTEGRATION)))), Roles.INTEGRATION);
    }

    @Test
    void aTokenWithoutExpiryIsUnauthenticated() {
        String ars = TestTenants.next();
        HttpTestClient.Response refused = get(UNREAD, "Bearer " + TestIssuer.trusted().token(claims -> claims
                .expirationTime(null).claim("tenant", ars).claim("roles", List.of(Roles.ARS_AGENT))));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).contains("problem+json");
    }

    private static void forbidden(HttpTestClient.Response response, String role) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).contains("problem+json");
        assertThat(response.json().get("detail").asString()).contains(role);
    }

    private HttpTestClient.Response get(String path, String authorization) {
        return anonymous().with("Authorization", authorization).get(path);
    }
}
