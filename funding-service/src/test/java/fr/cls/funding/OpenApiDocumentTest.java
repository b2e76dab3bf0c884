package fr.cls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document tells what the routes answer: creations, replays, problems, and how to log in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class OpenApiDocumentTest extends ApiTestSupport {

    JsonNode document() {
        return anonymous().get("/v3/api-docs").json();
    }

    @Test
    void submittingARequestIsDocumentedAsACreationWithLocationAReplayAndItsProblems() {
        JsonNode responses = document().path("paths").path("/api/v1/funding/requests").path("post").path("responses");

        assertThat(responses.path("201").path("headers").has("Location")).isTrue();
        assertThat(responses.path("201").path("content").has("application/json")).isTrue();
        assertThat(responses.path("200").path("content").has("application/json")).as("a replay answers the request").isTrue();
        assertThat(responses.propertyNames()).contains("400", "401", "403", "404", "409", "413", "415", "422", "429");
        assertThat(responses.path("409").path("content").path("application/problem+json").path("schema")
                .path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(responses.path("415").path("content").path("application/problem+json").path("example")
                .path("type").asString()).isEqualTo("/docs/problems.md#unsupported-media-type");
    }

    @Test
    void anActionOnARequestRequiresIfMatchAndAReadDocumentsNotModified() {
        JsonNode paths = document().path("paths");
        JsonNode decide = paths.path("/api/v1/funding/requests/{id}/decision").path("post");
        JsonNode read = paths.path("/api/v1/funding/requests/{id}").path("get");

        assertThat(decide.path("responses").propertyNames()).contains("404", "409", "412", "428");
        assertThat(decide.path("parameters").valueStream()
                .anyMatch(p -> "If-Match".equals(p.path("name").asString()) && p.path("required").asBoolean())).isTrue();
        assertThat(read.path("responses").propertyNames()).contains("200", "304", "404").doesNotContain("428");
    }

    @Test
    void swaggerUiLogsInWithTheIssuerByCodeFlowOrTakesABearerToken() {
        JsonNode schemes = document().path("components").path("securitySchemes");

        assertThat(schemes.path("oidc").path("flows").path("authorizationCode").path("authorizationUrl").asString())
                .endsWith("/oauth2/authorize");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(document().path("security").size()).isEqualTo(2);
    }
}
