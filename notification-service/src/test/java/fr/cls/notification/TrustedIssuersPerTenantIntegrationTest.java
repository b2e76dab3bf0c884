package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TwoIssuers;

/**
 * The service checks the issuer against the token's tenant itself (it never trusts the gateway): with issuer A
 * trusted by tenant-a and issuer B by tenant-b only (test-tenants-issuers.yml), B's token for tenant-b is
 * accepted, B's token claiming tenant-a is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, TwoIssuers.class })
@TestPropertySource(properties = TwoIssuers.TENANTS_FILE + "=test-tenants-issuers.yml")
class TrustedIssuersPerTenantIntegrationTest extends ApiTestSupport {

    @Autowired
    TestIssuer issuerB;

    @Test
    void aTokenOfTheSecondIssuerIsAcceptedForItsTenantAndRefusedForAnother() {
        assertThat(call(issuerB.bearer("tenant-b", Roles.DEPARTEMENT_AGENT)).status()).isEqualTo(200);
        assertThat(call(TestIssuer.trusted().bearer("tenant-a", Roles.ARS_AGENT)).status()).isEqualTo(200);

        HttpTestClient.Response refused = call(issuerB.bearer("tenant-a", Roles.ARS_AGENT));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).contains("problem+json");
        assertThat(call(TestIssuer.trusted().bearer("tenant-b", Roles.DEPARTEMENT_AGENT)).status()).isEqualTo(401);
    }

    private HttpTestClient.Response call(String authorization) {
        return anonymous().with("Authorization", authorization)
                .get("/api/v1/notifications/inbox/unread-count");
    }
}
