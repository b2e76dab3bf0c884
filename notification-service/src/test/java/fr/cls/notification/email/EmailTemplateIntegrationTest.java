package fr.cls.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.identity.test.TestIssuer;
import fr.cls.notification.TestEvents;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * Emails from templates (a real SMTP server, GreenMail): the recipient's language, else the tenant's; a tenant's own
 * wording for its people only; templates checked before they are stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cls.notifications.email.poll-interval=PT1S")
@Import(TestInfrastructure.class)
class EmailTemplateIntegrationTest extends EventApiTestSupport {

    static final int SMTP_PORT = TestEvents.freePort();
    static final String TEMPLATE = "/api/v1/notifications/templates/notification/";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    EventCodec codec;

    @Test
    void aTenantsOwnTemplateIsUsedForItsPeopleOnly() throws Exception {
        HttpTestClient approver = client(TestIssuer.trusted().bearer("ars-pays-de-la-loire", Roles.ARS_APPROVER));
        String etag = approver.get(TEMPLATE + "fr").header("ETag");
        HttpTestClient.Response put = approver.with("If-Match", etag).request("PUT", TEMPLATE + "fr", Map.of(
                "subject", "[ARS PDL] {{title}}",
                "text", "Madame, Monsieur {{recipientName}},\n\n{{body}}\n\nLa délégation départementale\n{{tenantName}}\n",
                "html", "<p>Madame, Monsieur {{recipientName}},</p><p>{{#bodyLines}}{{.}}<br>{{/bodyLines}}</p>"
                        + "<p>La délégation départementale</p>"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        try {
            Person loire = member("ars-pays-de-la-loire", null);
            Person bretagne = member("ars-bretagne", null);

            publish(convened("ars-pays-de-la-loire", "COPIL de Nantes", "Hôtel de Région <Nantes>"));
            publish(convened("ars-bretagne", "COPIL de Rennes", "Mairie"));

            MimeMessage own = awaitOneEmailTo(loire);
            assertThat(own.getSubject()).isEqualTo("[ARS PDL] Convocation\u00a0: COPIL de Nantes le 15/12/2026");
            assertThat(part(own, "text/plain")).startsWith("Madame, Monsieur Personne " + loire.subject() + ",")
                    .contains("Hôtel de Région <Nantes>", "La délégation départementale\nARS Pays de la Loire");
            assertThat(part(own, "text/html")).as("values are escaped in HTML")
                    .contains("Hôtel de Région &lt;Nantes&gt;").doesNotContain("<Nantes>");
            MimeMessage platforms = awaitOneEmailTo(bretagne);
            assertThat(platforms.getSubject()).isEqualTo("[CLS] Convocation\u00a0: COPIL de Rennes le 15/12/2026 — ARS Bretagne");
            assertThat(part(platforms, "text/plain")).contains("Bonjour Personne " + bretagne.subject() + ",", "L'équipe ARS Bretagne")
                    .doesNotContain("délégation départementale");
        } finally {
            approver.with("If-Match", approver.get(TEMPLATE + "fr").header("ETag")).request("DELETE", TEMPLATE + "fr", null);
        }
        JsonNode back = approver.get(TEMPLATE + "fr").json();
        assertThat(back.path("overridden").asBoolean()).isFalse();
        assertThat(back.path("subject").asString()).isEqualTo("[CLS] {{title}} — {{tenantName}}");
    }

    @Test
    void aRecipientWhoReadsEnglishGetsTheEmailAndItsMessageInEnglishAndAFrenchOneInFrench() throws Exception {
        Person english = member("ars-paca", "en-GB");
        Person french = member("ars-paca", null);

        publish(convened("ars-paca", "COPIL d'Aubagne", "Mairie"));

        MimeMessage mail = awaitOneEmailTo(english);
        assertThat(mail.getSubject()).isEqualTo("[CLS] Meeting called: COPIL d'Aubagne on 2026-12-15 — ARS Provence-Alpes-Côte d'Azur");
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(part(mail, "text/plain")).startsWith("Hello Personne " + english.subject() + ",")
                .contains("You are called to the COPIL d'Aubagne meeting (COPIL) on 2026-12-15, at Mairie.",
                        "Notice sent on 2026-11-25.", "The ARS Provence-Alpes-Côte d'Azur team",
                        "Message sent by the Contrats Locaux de Santé platform")
                .doesNotContain("convoqué");
        assertThat(part(mail, "text/html")).contains("<html lang=\"en\">", "The ARS Provence-Alpes-Côte d&#39;Azur team");
        MimeMessage inFrench = awaitOneEmailTo(french);
        assertThat(inFrench.getSubject()).isEqualTo(
                "[CLS] Convocation\u00a0: COPIL d'Aubagne le 15/12/2026 — ARS Provence-Alpes-Côte d'Azur");
        assertThat(part(inFrench, "text/plain")).startsWith("Bonjour Personne " + french.subject() + ",")
                .contains("Vous êtes convoqué(e) à la réunion du COPIL d'Aubagne (COPIL) le 15/12/2026, lieu : Mairie.",
                        "Convocation envoyée le 25/11/2026.", "L'équipe ARS Provence-Alpes-Côte d'Azur");
    }

    @Test
    void aTemplateThatWouldFailOrLeakIsRefusedNamingThePartAndTheRuleAndNothingIsStored() {
        HttpTestClient approver = client(TestIssuer.trusted().bearer("cd-35", Roles.DEPARTEMENT_APPROVER));
        String etag = approver.get(TEMPLATE + "en").header("ETag");
        Map<String, String> valid = Map.of("subject", "{{title}}", "text", "{{body}}", "html", "<p>{{body}}</p>");

        assertRefused(approver.with("If-Match", etag).request("PUT", TEMPLATE + "en", with(valid, "html", "<p>{{#bodyLines}}{{.}}</p>")),
                "html", "template-compiles");
        assertRefused(approver.with("If-Match", etag).request("PUT", TEMPLATE + "en", with(valid, "text", "{{body}} {{password}}")),
                "text", "template-known-variables");
        assertRefused(approver.with("If-Match", etag).request("PUT", TEMPLATE + "en", with(valid, "html", "<p>{{{body}}}</p>")),
                "html", "template-escapes-values");
        assertRefused(approver.with("If-Match", etag).request("PUT", TEMPLATE + "en", with(valid, "subject", "x".repeat(501))),
                "subject", "template-size");
        assertRefused(approver.with("If-Match", etag).request("PUT", TEMPLATE + "en", with(valid, "text", " ")),
                "text", "template-given");

        JsonNode unchanged = approver.get(TEMPLATE + "en").json();
        assertThat(unchanged.path("overridden").asBoolean()).isFalse();
        assertThat(unchanged.path("version").asLong()).isZero();
    }

    @Test
    void aRefusalIsExplainedInTheLanguageTheAdministratorReads() {
        HttpTestClient approver = client(TestIssuer.trusted().bearer("cd-35", Roles.DEPARTEMENT_APPROVER));
        String etag = approver.get(TEMPLATE + "fr").header("ETag");
        Map<String, String> unknown = Map.of("subject", "{{title}}", "text", "{{body}} {{iban}}", "html", "<p>{{body}}</p>");

        HttpTestClient.Response french = approver.with("If-Match", etag).request("PUT", TEMPLATE + "fr", unknown);
        HttpTestClient.Response english = approver.with("If-Match", etag).with("Accept-Language", "en")
                .request("PUT", TEMPLATE + "fr", unknown);

        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(french.json().path("errors").get(0).path("message").asString()).startsWith("variables inconnues\u00a0: iban\u00a0;");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(english.json().path("errors").get(0).path("message").asString()).startsWith("unknown variables iban; known:");
    }

    @Test
    void thePreviewRendersTheTenantsTemplateOnSampleValuesEscapedInHtml() {
        HttpTestClient approver = client(TestIssuer.trusted().bearer("cd-35", Roles.DEPARTEMENT_APPROVER));

        JsonNode preview = approver.get(TEMPLATE + "fr/preview").json();

        assertThat(preview.path("subject").asString()).isEqualTo(
                "[CLS] Convocation : COPIL du CLS d'Exemple le 15/12/2026 — Département d'Ille-et-Vilaine (a département that"
                        + " takes part in no test contract)");
        assertThat(preview.path("text").asString()).startsWith("Bonjour Camille Martin,").contains("Lieu : hôtel de ville");
        assertThat(preview.path("html").asString()).contains("<html lang=\"fr\">", "COPIL du CLS d&#39;Exemple",
                "réunion du COPIL du CLS d&#39;Exemple.<br>Lieu : hôtel de ville");
        assertThat(approver.get(TEMPLATE + "it/preview").status()).isEqualTo(404);
        assertThat(approver.get("/api/v1/notifications/templates/newsletter/fr/preview").status()).isEqualTo(404);
    }

    @Test
    void onlyTheTenantsApproversSeeAndChangeItsTemplatesAndAnotherTenantNeverSeesThem() {
        HttpTestClient approver = client(TestIssuer.trusted().bearer("ars-occitanie", Roles.ARS_APPROVER));
        HttpTestClient agent = client(TestIssuer.trusted().bearer("ars-occitanie", Roles.ARS_AGENT));
        HttpTestClient otherTenant = client(TestIssuer.trusted().bearer("ars-ara", Roles.ARS_APPROVER));
        Map<String, String> own = Map.of("subject", "[Occitanie] {{title}}", "text", "{{body}}", "html", "<p>{{body}}</p>");

        assertThat(agent.with("If-Match", "\"0\"").request("PUT", TEMPLATE + "en", own).status()).isEqualTo(403);
        HttpTestClient.Response put = approver.with("If-Match", "\"0\"").request("PUT", TEMPLATE + "en", own);
        try {
            assertThat(put.status()).isEqualTo(200);
            assertThat(put.header("ETag")).isEqualTo("\"1\"");
            assertThat(approver.with("If-Match", "\"0\"").request("PUT", TEMPLATE + "en", own).status())
                    .as("a change made from a stale version").isIn(409, 412);
            assertThat(otherTenant.get(TEMPLATE + "en").json().path("subject").asString()).isEqualTo("[CLS] {{title}} — {{tenantName}}");
            assertThat(otherTenant.get("/api/v1/notifications/templates").json().valueStream()
                    .map(t -> t.path("overridden").asBoolean())).isNotEmpty().containsOnly(false);
            assertThat(approver.get("/api/v1/notifications/templates").json().valueStream()
                    .filter(t -> t.path("language").asString().equals("en")).findFirst().orElseThrow()
                    .path("overridden").asBoolean()).isTrue();
        } finally {
            approver.with("If-Match", "\"1\"").request("DELETE", TEMPLATE + "en", null);
        }
        assertThat(approver.with("If-Match", "\"1\"").request("DELETE", TEMPLATE + "en", null).status())
                .as("nothing left to delete").isEqualTo(404);
    }

    private static Map<String, String> with(Map<String, String> valid, String part, String value) {
        Map<String, String> changed = new java.util.HashMap<>(valid);
        changed.put(part, value);
        return changed;
    }

    private static void assertRefused(HttpTestClient.Response refused, String field, String rule) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("rule").asString()).isEqualTo(rule);
    }

    private HttpTestClient client(String authorization) {
        return anonymous().with("Authorization", authorization);
    }

    /** A member of the tenant's bodies (told of every convocation by email), known to the service by a first call. */
    private Person member(String tenant, String locale) {
        String subject = "person-" + UUID.randomUUID().toString().substring(0, 8);
        String email = subject + "@test.cls.local";
        String token = "Bearer " + TestIssuer.trusted().token(claims -> {
            claims.subject(subject).claim("tenant", tenant).claim("roles", List.of(Roles.GOVERNANCE_MEMBER))
                    .claim("email", email).claim("name", "Personne " + subject);
            if (locale != null) {
                claims.claim("locale", locale);
            }
        });
        HttpTestClient api = client(token);
        assertThat(api.get("/api/v1/notifications/subscriptions/me").status()).isEqualTo(200);
        return new Person(subject, email);
    }

    private EventEnvelope convened(String tenant, String bodyName, String place) {
        UUID contract = UUID.randomUUID();
        LocalDate on = LocalDate.of(2026, 12, 15);
        return TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, tenant, contract,
                new MeetingConvenedV1(UUID.randomUUID(), UUID.randomUUID(), "COPIL", contract, bodyName, on, place,
                        on.minusDays(20), false, List.of("Maire")), OffsetDateTime.now());
    }

    private void publish(EventEnvelope event) throws Exception {
        kafka.send(GovernanceEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }

    private static MimeMessage awaitOneEmailTo(Person person) {
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessagesForDomain(person.email()).length > 0);
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain(person.email());
        assertThat(mails).hasSize(1);
        return mails[0];
    }

    /** The text or HTML alternative, wherever JavaMail nested it; no-break spaces compared as plain spaces. */
    private static String part(MimeMessage mail, String type) throws Exception {
        String found = find((Multipart) mail.getContent(), type);
        assertThat(found).as("a " + type + " part").isNotNull();
        return found.replace("\r\n", "\n").replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    record Person(String subject, String email) {
    }
}
