package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.tenancy.TenantDirectory;

/**
 * The service checks the issuer against the token's tenant itself (it never trusts the gateway): with issuer A
 * trusted by tenant-a and issuer B by tenant-b only (test-tenants-issuers.yml), B's token for tenant-b is
 * accepted, B's token claiming tenant-a is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, TrustedIssuersPerTenantIntegrationTest.Directory.class })
class TrustedIssuersPerTenantIntegrationTest {

    static final TestIssuer issuerB = TestIssuer.untrusted();

    @TestConfiguration(proxyBeanMethods = false)
    static class Directory {
        /** Replaces the shared test directory for this context only. */
        @Bean
        @Primary
        TenantDirectory twoIssuerDirectory(Environment environment) {
            return new TenantDirectory(new ClassPathResource("test-tenants-issuers.yml"),
                    environment::resolveRequiredPlaceholders);
        }
    }

    @DynamicPropertySource
    static void secondIssuer(DynamicPropertyRegistry registry) {
        registry.add("cls.test.second-issuer", issuerB::issuer);
    }

    @AfterAll
    static void stop() {
        issuerB.close();
    }

    @LocalServerPort
    int port;

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
        return new HttpTestClient("http://localhost:" + port).with("Authorization", authorization)
                .get("/api/v1/notifications/inbox/unread-count");
    }
}
