package fr.cls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** Problem answers speak the caller's language (Accept-Language): French by default, English on request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ProblemLanguageIntegrationTest extends ApiTestSupport {

    private HttpTestClient agent(String acceptLanguage) {
        HttpTestClient client = as("ars-paca", Roles.ARS_AGENT);
        return acceptLanguage == null ? client : client.with("Accept-Language", acceptLanguage);
    }

    @Test
    void answersInFrenchWithoutAcceptLanguageAndForALanguageNotWritten() {
        String id = UUID.randomUUID().toString();
        for (String language : new String[] { null, "de-DE, it;q=0.8", "fr-FR" }) {
            HttpTestClient.Response missing = agent(language).get("/api/v1/contracts/" + id);

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("Content-Language")).as(language).isEqualTo("fr");
            assertThat(missing.json().path("title").asString()).isEqualTo("Introuvable");
            assertThat(missing.json().path("detail").asString()).isEqualTo("contrat " + id + " introuvable");
        }
    }

    @Test
    void answersInEnglishWhenTheCallerPrefersEnglish() {
        String id = UUID.randomUUID().toString();

        HttpTestClient.Response missing = agent("en-GB, fr;q=0.5").get("/api/v1/contracts/" + id);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Language")).isEqualTo("en");
        assertThat(missing.json().path("title").asString()).isEqualTo("Not found");
        assertThat(missing.json().path("detail").asString()).isEqualTo("contract " + id + " not found");
    }

    @Test
    void asksForIfMatchWithoutAnEnglishWordInTheFrenchAnswer() {
        String framing = "/api/v1/contracts/" + UUID.randomUUID() + "/framing";

        HttpTestClient.Response french = agent(null).post(framing, Map.of());
        HttpTestClient.Response english = agent("en").post(framing, Map.of());

        assertThat(french.status()).isEqualTo(428);
        assertThat(french.json().path("detail").asString())
                .isEqualTo("une modification doit envoyer If-Match avec la version (ETag) lue en dernier");
        assertThat(english.json().path("detail").asString())
                .isEqualTo("a change must send If-Match with the version (ETag) read last");
    }

    @Test
    void namesTheInvalidFieldWithABeanValidationMessageInTheCallersLanguage() {
        JsonNode french = agent(null).post("/api/v1/contracts", Map.of("kind", "CLS", "title", " ")).json();
        JsonNode english = agent("en").post("/api/v1/contracts", Map.of("kind", "CLS", "title", " ")).json();

        assertThat(french.path("detail").asString()).isEqualTo("la requête comporte des champs invalides");
        assertThat(french.path("errors").get(0).path("field").asString()).isEqualTo("title");
        assertThat(french.path("errors").get(0).path("message").asString()).isEqualTo("ne doit pas être vide");
        assertThat(english.path("detail").asString()).isEqualTo("the request has invalid fields");
        assertThat(english.path("errors").get(0).path("message").asString()).isEqualTo("must not be blank");
    }

    @Test
    void explainsABrokenRuleWithItsValuesWrittenTheWayTheReaderWritesThem() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Map<String, String> tomorrow = Map.of("kind", "CLS", "title", "CLS de Demain",
                "letterOfIntentReceivedOn", today.plusDays(1).toString());

        HttpTestClient.Response french = agent("fr").post("/api/v1/contracts", tomorrow);
        HttpTestClient.Response english = agent("en-US").post("/api/v1/contracts", tomorrow);

        assertThat(french.status()).isEqualTo(409);
        assertThat(french.json().path("title").asString()).isEqualTo("Règle non respectée");
        JsonNode violation = french.json().path("violations").get(0);
        assertThat(violation.path("rule").asString()).isEqualTo("letter-of-intent-not-in-future");
        // Today as the service's clock has it, written dd/MM/yyyy in French, yyyy-MM-dd in English.
        assertThat(violation.path("message").asString())
                .matches("la lettre d’intention ne peut pas être reçue après aujourd’hui \\(\\d{2}/\\d{2}/\\d{4}\\)");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(english.json().path("violations").get(0).path("message").asString())
                .matches("the letter of intent cannot be received after today \\(\\d{4}-\\d{2}-\\d{2}\\)");
    }
}
