package fr.cls.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

import fr.cls.platform.web.ProblemTypes;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

class DocumentedAnswersTest {

    @RequestMapping("/api/v1/things")
    static class Things {
        @ResponseStatus(HttpStatus.CREATED)
        @PostMapping
        void create(@org.springframework.web.bind.annotation.RequestBody Map<String, String> body) {
        }

        @PostMapping("/{id}/submit")
        void submit(@PathVariable String id) {
        }

        @GetMapping
        void list() {
        }

        @GetMapping(value = "/export", produces = "text/csv")
        void export() {
        }

        @DeleteMapping("/{id}")
        void delete(@PathVariable String id) {
        }
    }

    private final DocumentedAnswers answers = new DocumentedAnswers(new ProblemTypes("/docs/problems.md", Map.of()));

    @Test
    void aCreationAnswers201WithLocationAndJsonAndNeedsNoIfMatch() throws Exception {
        Operation operation = new Operation().requestBody(new RequestBody())
                .responses(new ApiResponses().addApiResponse("201", json()));

        answers.customize(operation, handler("create", Map.class));

        assertThat(operation.getResponses().get("201").getHeaders()).containsKey("Location");
        assertThat(operation.getResponses().get("201").getContent()).containsOnlyKeys("application/json");
        assertThat(operation.getResponses()).containsKeys("400", "401", "403", "404", "409", "410", "413", "415", "422", "429")
                .doesNotContainKeys("412", "428");
        assertThat(operation.getParameters()).extracting(p -> p.getName()).contains("Idempotency-Key")
                .doesNotContain("If-Match");
        assertThat(operation.getResponses().get("415").getContent().get("application/problem+json").getExample())
                .asString().contains("/docs/problems.md#unsupported-media-type");
    }

    @Test
    void anActionOnAnExistingResourceRequiresIfMatchAndDocuments412And428() throws Exception {
        Operation operation = new Operation().addParametersItem(new PathParameter().name("id"))
                .responses(new ApiResponses().addApiResponse("200", json()));

        answers.customize(operation, handler("submit", String.class));

        assertThat(operation.getResponses()).containsKeys("404", "409", "412", "428");
        assertThat(operation.getParameters()).anyMatch(p -> "If-Match".equals(p.getName()) && p.getRequired());
    }

    @Test
    void aReadDocuments304AndNoProblemOfAChange() throws Exception {
        Operation operation = new Operation().responses(new ApiResponses().addApiResponse("200", json()));

        answers.customize(operation, handler("list"));

        assertThat(operation.getResponses()).containsKeys("200", "304", "401", "403", "429")
                .doesNotContainKeys("404", "409", "412", "413", "415", "428");
        assertThat(operation.getResponses().get("401").getContent()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void aDeleteRequiresIfMatch() throws Exception {
        Operation operation = new Operation().addParametersItem(new PathParameter().name("id"))
                .responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("gone")));

        answers.customize(operation, handler("delete", String.class));

        assertThat(operation.getResponses()).containsKeys("204", "412", "428").doesNotContainKey("200");
    }

    @Test
    void aRouteDeclaringOnlyItsErrorsStillAnswers200WithWhatItProduces() throws Exception {
        Operation operation = new Operation().responses(new ApiResponses().addApiResponse("409",
                new ApiResponse().description("a column not offered")));

        answers.customize(operation, handler("export"));

        assertThat(operation.getResponses().get("200").getContent()).containsOnlyKeys("text/csv");
        assertThat(operation.getResponses().get("409").getContent()).containsOnlyKeys("application/problem+json");
    }

    private static ApiResponse json() {
        return new ApiResponse().description("ok").content(new Content().addMediaType("*/*",
                new MediaType().schema(new ObjectSchema())));
    }

    private static HandlerMethod handler(String name, Class<?>... parameters) throws NoSuchMethodException {
        return new HandlerMethod(new Things(), Things.class.getDeclaredMethod(name, parameters));
    }
}
