package fr.cls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;

/** A problem's type points to its family's section of the problems page, which the service serves to anyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ProblemTypesIntegrationTest extends ApiTestSupport {

    @Test
    void problemsOfEachFamilyPointToTheirSectionOfTheServedProblemsPage() {
        HttpTestClient agent = anonymous().with("Authorization", TestIssuer.trusted().bearer("ars-paca", "ARS_AGENT"));

        assertThat(anonymous().get("/api/v1/contracts").json().path("type").asString())
                .isEqualTo("/docs/problems.md#unauthorized");
        assertThat(agent.get("/api/v1/contracts/" + UUID.randomUUID()).json().path("type").asString())
                .isEqualTo("/docs/problems.md#not-found");
        assertThat(agent.post("/api/v1/contracts", "{\"kind\":42}").json().path("type").asString())
                .isEqualTo("/docs/problems.md#validation");
        HttpTestClient.Response page = anonymous().get("/docs/problems.md");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("## unauthorized", "## not-found", "## validation", "## territory");
    }
}
