package fr.cls.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.FundingRequestDecidedV1;
import fr.cls.funding.events.ConventionAmendedV1;
import fr.cls.funding.events.ConventionSignedV1;
import fr.cls.funding.events.ConventionPaper;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.identity.test.TestIssuer;
import fr.cls.notification.TestEvents;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.PdfText;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** Events to emails (a real SMTP server, GreenMail) and inbox items, as the subscriptions say. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cls.notifications.demo-seed=true", "cls.notifications.email.poll-interval=PT1S",
        "cls.notifications.email.retry-delay=PT0S", "cls.notifications.email.max-attempts=3" })
@Import(TestInfrastructure.class)
class NotificationIntegrationTest extends EventApiTestSupport {

    static final int SMTP_PORT = TestEvents.freePort();

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

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void emailsTheConvocationInFrenchWithTextAndHtmlToTheContractsCoordinatorOnly() throws Exception {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        Person otherCoordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        coordinator.api().get("/api/v1/notifications/subscriptions/me");
        otherCoordinator.api().get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        profile("ars-paca", contract, List.of(), List.of(coordinator.subject()));

        EventEnvelope convened = publish(GovernanceEvents.TOPIC, convened("ars-paca", contract, LocalDate.of(2026, 12, 15)));

        MimeMessage mail = awaitOneEmailTo(coordinator);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString)).containsExactly(coordinator.email());
        assertThat(mail.getSubject()).isEqualTo("[CLS] Convocation\u00a0: COPIL de Marseille le 15/12/2026 — ARS Provence-Alpes-Côte d'Azur");
        assertThat(mail.getFrom()[0].toString()).contains("notifications@cls.local");
        Multipart alternatives = alternatives(mail);
        String text = part(alternatives, "text/plain");
        String html = part(alternatives, "text/html");
        assertThat(text).contains("Bonjour Personne " + coordinator.subject(), "Vous êtes convoqué(e) à la réunion du COPIL de Marseille",
                "le 15/12/2026, lieu : Hôtel de ville", "L'équipe ARS Provence-Alpes-Côte d'Azur");
        assertThat(html).contains("<html lang=\"fr\">", "Hôtel de ville", "L&#39;équipe ARS Provence-Alpes-Côte d&#39;Azur");

        JsonNode log = await().atMost(Duration.ofSeconds(30)).until(() -> coordinator.api()
                .get("/api/v1/notifications/deliveries?channel=EMAIL&recipient=" + coordinator.subject()).json(),
                l -> l.path("totalItems").asLong() == 1 && "SENT".equals(l.path("items").get(0).path("status").asString()));
        JsonNode delivery = log.path("items").get(0);
        assertThat(delivery.path("eventId").asString()).isEqualTo(convened.id().toString());
        assertThat(delivery.path("result").asString()).startsWith("250");
        assertThat(delivery.path("sentAt").isNull()).isFalse();
        assertThat(emailsTo(otherCoordinator)).isEmpty();
        assertThat(coordinator.api().get("/api/v1/notifications/deliveries?size=200").json().path("items")
                .findValuesAsString("recipient")).as("a coordinator's view of the log: what was sent to them")
                .isNotEmpty().containsOnly(coordinator.subject());
        assertThat(otherCoordinator.api().get("/api/v1/notifications/inbox").json().path("totalItems").asLong()).isZero();
    }

    @Test
    void anEmailCarriesATraceparentContinuingTheTraceOfTheEventThatCausedIt() throws Exception {
        Person member = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        member.api().get("/api/v1/notifications/subscriptions/me");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        EventEnvelope event = convened("ars-paca", UUID.randomUUID(), LocalDate.of(2026, 12, 9));
        ProducerRecord<String, String> record = new ProducerRecord<>(GovernanceEvents.TOPIC, event.subject(), codec.encode(event));
        record.headers().add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();

        MimeMessage mail = awaitOneEmailTo(member);

        assertThat(mail.getHeader("traceparent")).as("the email's traceparent header").singleElement()
                .asString().matches("00-" + traceId + "-[0-9a-f]{16}-01");
    }

    @Test
    void theConvocationEmailCarriesTheConvocationPdfWithTheDateAndAgenda() throws Exception {
        Person member = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        member.api().get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        LocalDate on = LocalDate.of(2027, 3, 12);
        publish(GovernanceEvents.TOPIC, TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, "ars-paca", contract,
                new MeetingConvenedV1(UUID.randomUUID(), UUID.randomUUID(), "COPIL", contract, "COPIL de Martigues", on,
                        "Hôtel de ville de Martigues", on.minusDays(20), false, List.of("Maire de Martigues (Ville de Martigues)"),
                        List.of(new MeetingConvenedV1.AgendaEntry(1, "Programmation annuelle", "VALIDATE_PROGRAMMING", 2027),
                                new MeetingConvenedV1.AgendaEntry(2, "Santé mentale des jeunes", "OTHER", null))),
                OffsetDateTime.now()));

        MimeMessage mail = awaitOneEmailTo(member);
        BodyPart pdf = pdfAttachment(mail);
        assertThat(pdf.getFileName()).isEqualTo("convocation-copil-de-martigues-2027-03-12.pdf");
        PdfText text = PdfText.of(pdf.getInputStream().readAllBytes());
        assertThat(text.flat()).contains("ARS Provence-Alpes-Côte d'Azur", "Convocation", "COPIL de Martigues",
                "le 12 mars 2027, lieu : Hôtel de ville de Martigues", "Le 20 février 2027",
                "1 Programmation annuelle (2027) Validation de la programmation", "2 Santé mentale des jeunes Point divers",
                "Maire de Martigues (Ville de Martigues)");
    }

    @Test
    void sendsOneEmailWhenAnEventIsRedelivered() throws Exception {
        Person coordinator = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        coordinator.api().get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        EventEnvelope first = convened("ars-paca", contract, LocalDate.of(2026, 11, 30));
        publish(GovernanceEvents.TOPIC, first);
        publish(GovernanceEvents.TOPIC, first);
        // Same key, same partition: once the later event is mailed, both copies of the first were handled.
        publish(GovernanceEvents.TOPIC, convened("ars-paca", contract, LocalDate.of(2027, 1, 20)));

        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 2);
        assertThat(emailsTo(coordinator)).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("[CLS] Convocation\u00a0: COPIL de Marseille le 30/11/2026 — ARS Provence-Alpes-Côte d'Azur",
                        "[CLS] Convocation\u00a0: COPIL de Marseille le 20/01/2027 — ARS Provence-Alpes-Côte d'Azur");
        assertThat(coordinator.api().get("/api/v1/notifications/inbox/unread-count").json().path("unread").asLong()).isEqualTo(2);
    }

    @Test
    void anEmailSentAgainAfterACrashBeforeItsCommitCarriesTheSameMessageIdAndOtherRecipientsGetOthers() throws Exception {
        Person member = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        Person otherMember = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        member.api().get("/api/v1/notifications/subscriptions/me");
        otherMember.api().get("/api/v1/notifications/subscriptions/me");
        publish(GovernanceEvents.TOPIC, convened("ars-paca", UUID.randomUUID(), LocalDate.of(2026, 12, 8)));
        MimeMessage first = awaitOneEmailTo(member);
        MimeMessage toOther = awaitOneEmailTo(otherMember);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(outboxStatus(member)));

        // The crash: the SMTP server accepted the email, the commit marking it sent never happened.
        Integer reset = TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.update(
                "update email_outbox set status = 'PENDING', sent_at = null where recipient = ?", member.subject())));
        assertThat(reset).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(member).size() == 2);
        MimeMessage again = emailsTo(member).get(1);
        assertThat(first.getMessageID()).matches("<[0-9a-f]{64}@cls\\.local>");
        assertThat(again.getMessageID()).isEqualTo(first.getMessageID());
        assertThat(toOther.getMessageID()).isNotEqualTo(first.getMessageID());
        assertThat(emailsTo(otherMember)).hasSize(1);
    }

    @Test
    void theEmailsOfOneEventAreMarkedSentTogetherAndARefusedAddressDoesNotHoldBackTheOthers() {
        Person member = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        Person otherMember = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        String badSubject = "person-" + UUID.randomUUID().toString().substring(0, 8);
        HttpTestClient badAddress = anonymous().with("Authorization",
                TestEvents.person("ars-paca", badSubject, "pas une adresse@@", Roles.GOVERNANCE_MEMBER));
        member.api().get("/api/v1/notifications/subscriptions/me");
        otherMember.api().get("/api/v1/notifications/subscriptions/me");
        badAddress.get("/api/v1/notifications/subscriptions/me");
        publish(GovernanceEvents.TOPIC, convened("ars-paca", UUID.randomUUID(), LocalDate.of(2026, 12, 9)));

        awaitOneEmailTo(member);
        awaitOneEmailTo(otherMember);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(outboxStatus(member))
                && "SENT".equals(outboxStatus(otherMember)));
        // One transaction marked both: the time of their sending run, not one time per email.
        List<java.sql.Timestamp> sentAt = TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.queryForList(
                "select sent_at from email_outbox where recipient in (?, ?)", java.sql.Timestamp.class,
                member.subject(), otherMember.subject())));
        assertThat(sentAt).hasSize(2).doesNotContainNull();
        assertThat(sentAt.get(0)).isEqualTo(sentAt.get(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> badAddress
                .get("/api/v1/notifications/deliveries?channel=EMAIL&status=FAILED&recipient=" + badSubject).json()
                .path("totalItems").asLong() == 1);
        assertThat(emailsTo(member)).hasSize(1);
        assertThat(emailsTo(otherMember)).hasSize(1);
    }

    private String outboxStatus(Person person) {
        return TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.queryForObject(
                "select status from email_outbox where recipient = ?", String.class, person.subject())));
    }

    @Test
    void theContractOwnersCoordinatorHearsOfTheFundersDecisionAndTheFundersAgentOfTheRequestToInstruct() throws Exception {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        Person agent = person("cd-53", Roles.DEPARTEMENT_AGENT);
        coordinator.api().get("/api/v1/notifications/subscriptions/me");
        agent.api().get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        profile("ars-paca", contract, List.of("cd-53"), List.of(coordinator.subject()));
        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", FundingRequestSubmittedV1.TYPE, "cd-53", request,
                new FundingRequestSubmittedV1(request, contract, "CLS de Marseille", "animateurs-sante", 1, "COORDINATOR_POST",
                        Map.of(2026, new BigDecimal("10000.00")), new BigDecimal("10000.00"), null, 1L), OffsetDateTime.now()));
        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", FundingRequestDecidedV1.TYPE, "cd-53", request,
                new FundingRequestDecidedV1(request, contract, "CLS de Marseille", "GRANTED", Map.of(2026, new BigDecimal("8000.00")),
                        new BigDecimal("8000.00"), List.of(), LocalDate.of(2026, 3, 2), null, 3L), OffsetDateTime.now()));

        MimeMessage toInstruct = awaitOneEmailTo(agent);
        assertThat(toInstruct.getSubject()).isEqualTo("[CLS] Demande de financement à instruire\u00a0: «\u00a0CLS de Marseille\u00a0» — Département de la Mayenne");
        assertThat(part(alternatives(toInstruct), "text/plain")).contains("2026 : 10 000,00 €");
        MimeMessage decided = awaitOneEmailTo(coordinator);
        assertThat(decided.getSubject()).isEqualTo("[CLS] Demande de financement accordée\u00a0: «\u00a0CLS de Marseille\u00a0» — ARS Provence-Alpes-Côte d'Azur");
        assertThat(part(alternatives(decided), "text/plain")).contains("a été accordée le 02/03/2026 par cd-53", "8 000,00 €");
        assertThat(coordinator.api().get("/api/v1/notifications/inbox").json().path("items").get(0).path("title").asString())
                .isEqualTo("Demande de financement accordée\u00a0: «\u00a0CLS de Marseille\u00a0»");
        assertThat(emailsTo(agent)).hasSize(1);
    }

    @Test
    void aRedeliveredConventionSignatureIsFollowedOnceByTheFunderAndTheOwnerAndToldToTheOwnerOnce() {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        coordinator.api().get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        UUID convention = UUID.randomUUID();
        profile("ars-paca", contract, List.of("cd-53"), List.of(coordinator.subject()));
        EventEnvelope signed = TestEvents.envelope(json, "/funding-service", ConventionSignedV1.TYPE, "cd-53", convention,
                new ConventionSignedV1(convention, UUID.randomUUID(), contract, "Ville de Marseille",
                        Map.of(2026, new BigDecimal("8000.00")), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31),
                        LocalDate.of(2026, 1, 15), null, 1L), OffsetDateTime.now());
        publish(FundingEvents.TOPIC, signed);
        publish(FundingEvents.TOPIC, signed);
        // Same key, same partition: once the amendment is handled, both copies of the signature were.
        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", ConventionAmendedV1.TYPE, "cd-53",
                convention, new ConventionAmendedV1(convention, UUID.randomUUID(), contract,
                        Map.of(2026, new BigDecimal("9000.00")), LocalDate.of(2026, 6, 1), null, null, 2L),
                OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 2);
        assertThat(emailsTo(coordinator)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "[CLS] Convention financière signée\u00a0: «\u00a0CLS de Marseille\u00a0» — ARS Provence-Alpes-Côte d'Azur",
                "[CLS] Convention financière modifiée\u00a0: «\u00a0CLS de Marseille\u00a0» — ARS Provence-Alpes-Côte d'Azur");
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ? and consumer = ?",
                Integer.class, signed.id(), EventNotifications.CONSUMER)).isEqualTo(1);
        for (String tenant : List.of("cd-53", "ars-paca")) {
            Integer followUps = TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                    "select count(*) from tracked_convention where convention_id = ?", Integer.class, convention)));
            assertThat(followUps).as("the follow-up of %s", tenant).isEqualTo(1);
        }
    }

    @Test
    void theGrantEmailCarriesTheConventionDeFinancementPdfWithItsAmounts() throws Exception {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        coordinator.api().get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        profile("ars-paca", contract, List.of("cd-53"), List.of(coordinator.subject()));
        LocalDate decided = LocalDate.of(2026, 3, 2);
        ConventionPaper paper = new ConventionPaper("Département de la Mayenne", "ARS Provence-Alpes-Côte d'Azur", "CLS d'Apt",
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "Poste de coordination",
                List.of(new ConventionPaper.Year(2026, new BigDecimal("10000.00"), new BigDecimal("8000.00")),
                        new ConventionPaper.Year(2027, new BigDecimal("10000.00"), new BigDecimal("9500.50"))),
                "Versement chaque année, sur bilan annuel de l'année précédente", "animateurs-sante", "Animateurs santé", 2,
                List.of(new ConventionPaper.Rule("cap-per-year", "respectée", "Au plus 10 000 € par an")), decided, null);

        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", FundingRequestDecidedV1.TYPE, "cd-53", request,
                new FundingRequestDecidedV1(request, contract, "CLS d'Apt", "GRANTED",
                        Map.of(2026, new BigDecimal("8000.00"), 2027, new BigDecimal("9500.50")), new BigDecimal("17500.50"),
                        List.of(), decided, null, 3L, paper), OffsetDateTime.now()));

        MimeMessage mail = awaitOneEmailTo(coordinator);
        BodyPart pdf = pdfAttachment(mail);
        assertThat(pdf.getFileName()).isEqualTo("convention-financement-animateurs-sante-2026-03-02.pdf");
        PdfText text = PdfText.of(pdf.getInputStream().readAllBytes());
        assertThat(text.flat()).contains("Convention de financement", "Département de la Mayenne", "ARS Provence-Alpes-Côte d'Azur",
                "CLS d'Apt", "2026 10 000,00 € 8 000,00 €", "2027 10 000,00 € 9 500,50 €", "Total 20 000,00 € 17 500,50 €",
                "Versement chaque année, sur bilan annuel de l'année précédente", "(animateurs-sante), version 2",
                "cap-per-year respectée Au plus 10 000 € par an", "Décision du 2 mars 2026");
    }

    @Test
    void eachCoordinatorReadsTheFundingDecisionInTheirLanguageWithItsDatesAmountsAndOutcome() throws Exception {
        Person french = person("ars-paca", Roles.CLS_COORDINATOR);
        Person english = personReading("en", "ars-paca", Roles.CLS_COORDINATOR);
        french.api().get("/api/v1/notifications/subscriptions/me");
        english.api().get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        profile("ars-paca", contract, List.of("cd-53"), List.of(french.subject(), english.subject()));

        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", FundingRequestDecidedV1.TYPE, "cd-53", request,
                new FundingRequestDecidedV1(request, contract, "CLS de Marseille", "GRANTED", Map.of(2026, new BigDecimal("12000.00")),
                        new BigDecimal("12000.00"), List.of(), LocalDate.of(2026, 3, 2), null, 3L), OffsetDateTime.now()));

        MimeMessage inEnglish = awaitOneEmailTo(english);
        assertThat(inEnglish.getSubject())
                .isEqualTo("[CLS] Funding request granted: “CLS de Marseille” — ARS Provence-Alpes-Côte d'Azur");
        assertThat(part(alternatives(inEnglish), "text/plain")).startsWith("Hello ").contains(
                "The funding request for contract “CLS de Marseille” was granted on 2026-03-02 by cd-53.",
                "Amounts granted: 2026: €12,000.00, €12,000.00 in total.");
        MimeMessage inFrench = awaitOneEmailTo(french);
        assertThat(inFrench.getSubject()).isEqualTo(
                "[CLS] Demande de financement accordée\u00a0: «\u00a0CLS de Marseille\u00a0» — ARS Provence-Alpes-Côte d'Azur");
        assertThat(part(alternatives(inFrench), "text/plain")).startsWith("Bonjour ").contains(
                "La demande de financement du contrat « CLS de Marseille » a été accordée le 02/03/2026 par cd-53.",
                "Montants accordés : 2026 : 12 000,00 €, soit 12 000,00 € au total.");
    }

    @Test
    void theInboxShowsEachItemInTheCallersLanguageWithItsStatusTranslated() {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        coordinator.api().get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        profile("ars-paca", contract, List.of(), List.of(coordinator.subject()));

        publish(ContractEvents.TOPIC, TestEvents.envelope(json, "/contract-service", ContractTransitionedV1.typeOf("signed"),
                "ars-paca", contract, new ContractTransitionedV1(contract, "CLS", "CLS de Marseille", "AWAITING_SIGNATURES",
                        "IN_FORCE", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2030, 12, 31), null, null),
                OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> coordinator.api().get("/api/v1/notifications/inbox/unread-count")
                .json().path("unread").asLong() == 1);
        HttpTestClient.Response english = coordinator.api().with("Accept-Language", "en-GB,en;q=0.8")
                .get("/api/v1/notifications/inbox");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        JsonNode inEnglish = english.json().path("items").get(0);
        assertThat(inEnglish.path("title").asString()).isEqualTo("Contract “CLS de Marseille”: in force");
        assertThat(inEnglish.path("body").asString()).isEqualTo("Contract “CLS de Marseille” moves from stage"
                + " “awaiting signatures” to stage “in force” on 2026-04-01.\nContract period: from 2026-04-01 to 2030-12-31.");
        JsonNode inFrench = coordinator.api().get("/api/v1/notifications/inbox").json().path("items").get(0);
        assertThat(inFrench.path("title").asString()).isEqualTo("Contrat «\u00a0CLS de Marseille\u00a0»\u00a0: en vigueur");
        assertThat(inFrench.path("body").asString()).contains("de l’étape «\u00a0en attente de signatures\u00a0» à l’étape"
                + " «\u00a0en vigueur\u00a0» le 01/04/2026", "Période du contrat\u00a0: du 01/04/2026 au 31/12/2030.");
        HttpTestClient.Response read = coordinator.api().with("Accept-Language", "en")
                .post("/api/v1/notifications/inbox/" + inEnglish.path("id").asString() + "/read", null);
        assertThat(read.json().path("title").asString()).isEqualTo("Contract “CLS de Marseille”: in force");
    }

    @Test
    void defaultSubscriptionsFollowTheRoles() {
        JsonNode coordinator = person("ars-paca", Roles.CLS_COORDINATOR).api().get("/api/v1/notifications/subscriptions/me").json();
        JsonNode agent = person("cd-53", Roles.DEPARTEMENT_AGENT).api().get("/api/v1/notifications/subscriptions/me").json();

        assertThat(coordinator.path("subscriptions").findValuesAsString("scope")).containsOnly("MINE");
        assertThat(agent.path("subscriptions").findValuesAsString("scope")).containsOnly("ALL");
        assertThat(topics(coordinator)).contains("MEETING_CONVENED/EMAIL", "MEETING_CONVENED/INBOX", "FUNDING_DECIDED/EMAIL",
                "REMINDER_COPIL/EMAIL").doesNotContain("FUNDING_REQUEST_SUBMITTED/EMAIL");
        assertThat(topics(agent)).contains("FUNDING_REQUEST_SUBMITTED/EMAIL", "REMINDER_REQUEST_WAITING/INBOX")
                .doesNotContain("MEETING_CONVENED/EMAIL");
    }

    @Test
    void unsubscribingFromEmailStopsTheEmailsButKeepsTheInbox() {
        Person coordinator = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        HttpTestClient.Response replaced = coordinator.api().ifMatch("/api/v1/notifications/subscriptions/me").request("PUT", "/api/v1/notifications/subscriptions/me",
                Map.of("subscriptions", List.of(Map.of("topic", "MEETING_CONVENED", "channel", "INBOX", "scope", "ALL"))));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(topics(replaced.json())).containsExactly("MEETING_CONVENED/INBOX");

        EventEnvelope convened = publish(GovernanceEvents.TOPIC, convened("ars-paca", UUID.randomUUID(), LocalDate.of(2026, 12, 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> coordinator.api().get("/api/v1/notifications/inbox/unread-count")
                .json().path("unread").asLong() == 1);
        JsonNode log = coordinator.api().get("/api/v1/notifications/deliveries?subject=" + convened.subject()
                + "&recipient=" + coordinator.subject()).json();
        assertThat(log.path("items").findValuesAsString("channel")).containsExactly("INBOX");
        assertThat(emailsTo(coordinator)).isEmpty();
    }

    @Test
    void theInboxCountsUnreadItemsAndOnlyItsOwnerMarksThemRead() {
        Person member = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        Person colleague = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        member.api().get("/api/v1/notifications/subscriptions/me");
        publish(GovernanceEvents.TOPIC, convened("ars-paca", UUID.randomUUID(), LocalDate.of(2026, 12, 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> member.api().get("/api/v1/notifications/inbox/unread-count")
                .json().path("unread").asLong() == 1);
        String item = member.api().get("/api/v1/notifications/inbox").json().path("items").get(0).path("id").asString();

        assertThat(colleague.api().post("/api/v1/notifications/inbox/" + item + "/read", null).status()).isEqualTo(404);
        assertThat(colleague.api().get("/api/v1/notifications/inbox").json().path("totalItems").asLong()).isZero();
        assertThat(member.api().get("/api/v1/notifications/inbox/unread-count").json().path("unread").asLong()).isEqualTo(1);

        HttpTestClient.Response read = member.api().post("/api/v1/notifications/inbox/" + item + "/read", null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("readAt").isNull()).isFalse();
        assertThat(member.api().get("/api/v1/notifications/inbox/unread-count").json().path("unread").asLong()).isZero();
        assertThat(member.api().get("/api/v1/notifications/inbox?unread=true").json().path("totalItems").asLong()).isZero();
    }

    @Test
    void anUnknownTopicIsRefusedNamingTheFieldAndChangesNothing() {
        Person agent = person("cd-53", Roles.DEPARTEMENT_AGENT);
        int before = agent.api().get("/api/v1/notifications/subscriptions/me").json().path("subscriptions").size();

        HttpTestClient.Response refused = agent.api().ifMatch("/api/v1/notifications/subscriptions/me").request("PUT", "/api/v1/notifications/subscriptions/me",
                Map.of("subscriptions", List.of(Map.of("topic", "EVERYTHING", "channel", "EMAIL", "scope", "ALL"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("subscriptions[0].topic");
        assertThat(agent.api().get("/api/v1/notifications/subscriptions/me").json().path("subscriptions").size()).isEqualTo(before);
    }

    @Test
    void theTenantsAgentsListItsSubscribersAndOthersMayNot() {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        coordinator.api().get("/api/v1/notifications/subscriptions/me");

        JsonNode all = person("ars-paca", Roles.ARS_AGENT).api().get("/api/v1/notifications/subscriptions").json();
        assertThat(all.findValuesAsString("subject")).contains(coordinator.subject());
        assertThat(coordinator.api().get("/api/v1/notifications/subscriptions").status()).isEqualTo(403);
    }

    /** The owner's profile of a contract, awaited until notification-service knows it (owner and parties). */
    private void profile(String owner, UUID contract, List<String> parties, List<String> coordinators) {
        publish(ContractEvents.TOPIC, TestEvents.envelope(json, "/contract-service", ContractProfileV1.TYPE, owner, contract,
                new ContractProfileV1(contract, "CLS", "CLS de Marseille", "IN_FORCE", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2029, 12, 31), "EPCI", 870000L, List.of("13"), List.of("200054807"), parties, coordinators),
                OffsetDateTime.now()));
        for (String tenant : concat(owner, parties)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                    "select count(*) from tracked_contract where contract_id = ?", Integer.class, contract))) == 1);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    @Test
    void anEmailThatCannotBeSentIsRetriedABoundedNumberOfTimesThenLoggedAsFailedWithTheReason() {
        String subject = "person-" + UUID.randomUUID().toString().substring(0, 8);
        HttpTestClient member = anonymous().with("Authorization",
                TestEvents.person("ars-paca", subject, "pas une adresse@@", Roles.GOVERNANCE_MEMBER));
        member.get("/api/v1/notifications/subscriptions/me");
        publish(GovernanceEvents.TOPIC, convened("ars-paca", UUID.randomUUID(), LocalDate.of(2026, 12, 3)));

        JsonNode failed = await().atMost(Duration.ofSeconds(30)).until(() -> member
                .get("/api/v1/notifications/deliveries?channel=EMAIL&status=FAILED&recipient=" + subject).json(),
                l -> l.path("totalItems").asLong() == 1).path("items").get(0);
        // A fixed phrase: the mail server's error text stays in the operators' log.
        assertThat(failed.path("result").asString()).isEqualTo("not sent: invalid email address");
        Integer attempts = TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.queryForObject(
                "select attempts from email_outbox where recipient = ?", Integer.class, subject)));
        assertThat(attempts).isEqualTo(3);
        assertThat(member.get("/api/v1/notifications/inbox/unread-count").json().path("unread").asLong()).isEqualTo(1);
    }

    @Test
    void theDeliveryLogFiltersByTimeAndRefusesAnUnknownChannel() {
        Person member = person("ars-paca", Roles.GOVERNANCE_MEMBER);
        member.api().get("/api/v1/notifications/subscriptions/me");
        java.time.Instant before = java.time.Instant.now().minusSeconds(5);
        publish(GovernanceEvents.TOPIC, convened("ars-paca", UUID.randomUUID(), LocalDate.of(2026, 12, 4)));
        String mine = "/api/v1/notifications/deliveries?recipient=" + member.subject();
        await().atMost(Duration.ofSeconds(30)).until(() -> member.api().get(mine).json().path("totalItems").asLong() == 2);

        assertThat(member.api().get(mine + "&from=" + before + "&to=" + before.plusSeconds(3600)).json()
                .path("totalItems").asLong()).isEqualTo(2);
        assertThat(member.api().get(mine + "&from=" + before.plusSeconds(3600)).json().path("totalItems").asLong()).isZero();
        assertThat(member.api().get(mine + "&channel=INBOX").json().path("items").findValuesAsString("status"))
                .containsExactly("SENT");
        HttpTestClient.Response refused = member.api().get(mine + "&channel=PIGEON");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theDemoAgentOfTheDepartementIsSubscribedFromTheStartAndEmailedTheRequestToInstruct() {
        HttpTestClient agent = anonymous().with("Authorization", "Bearer "
                + fr.cls.identity.test.TestIssuer.trusted().token(c -> c.subject("agent.cd53").claim("tenant", "cd-53")
                        .claim("roles", List.of(Roles.DEPARTEMENT_AGENT))));
        UUID request = UUID.randomUUID();
        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", FundingRequestSubmittedV1.TYPE, "cd-53", request,
                new FundingRequestSubmittedV1(request, UUID.randomUUID(), "CLS du Pays de Craon", "animateurs-sante", 1,
                        "COORDINATOR_POST", Map.of(2026, new BigDecimal("9000.00")), new BigDecimal("9000.00"), null, 1L),
                OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessagesForDomain("agent.cd53@demo.cls.local"))
                .anyMatch(m -> subjectOf(m).contains("«\u00a0CLS du Pays de Craon\u00a0»")));
        JsonNode mine = agent.get("/api/v1/notifications/subscriptions/me").json();
        assertThat(mine.path("email").asString()).isEqualTo("agent.cd53@demo.cls.local");
        assertThat(topics(mine)).contains("FUNDING_REQUEST_SUBMITTED/EMAIL");
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private EventEnvelope convened(String tenant, UUID contract, LocalDate on) {
        UUID meeting = UUID.randomUUID();
        return TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, tenant, contract,
                new MeetingConvenedV1(meeting, UUID.randomUUID(), "COPIL", contract, "COPIL de Marseille", on, "Hôtel de ville",
                        on.minusDays(20), false, List.of("Maire de Marseille (Ville de Marseille)")), OffsetDateTime.now());
    }

    private EventEnvelope publish(String topic, EventEnvelope event) {
        try {
            kafka.send(topic, event.subject(), codec.encode(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return event;
    }

    private MimeMessage awaitOneEmailTo(Person person) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !emailsTo(person).isEmpty());
        List<MimeMessage> mails = emailsTo(person);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<MimeMessage> emailsTo(Person person) {
        return Arrays.asList(smtp.getReceivedMessagesForDomain(person.email()));
    }

    private static BodyPart pdfAttachment(MimeMessage mail) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            if (mixed.getBodyPart(i).isMimeType("application/pdf")) {
                return mixed.getBodyPart(i);
            }
        }
        throw new AssertionError("no PDF attached to " + mail.getSubject());
    }

    private static Multipart alternatives(MimeMessage mail) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        Object first = mixed.getBodyPart(0).getContent();
        return first instanceof Multipart related && related.getBodyPart(0).getContent() instanceof Multipart alt ? alt
                : first instanceof Multipart alt ? alt : mixed;
    }

    private static String part(Multipart alternatives, String type) throws Exception {
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            if (part.isMimeType(type)) {
                // French amounts use (narrow) no-break spaces: compared as plain spaces.
                return part.getContent().toString().replace('\u202f', ' ').replace('\u00a0', ' ');
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static List<String> topics(JsonNode subscriber) {
        return subscriber.path("subscriptions").valueStream()
                .map(s -> s.path("topic").asString() + "/" + s.path("channel").asString()).toList();
    }

    private Person person(String tenant, String... roles) {
        String subject = "person-" + UUID.randomUUID().toString().substring(0, 8);
        return new Person(subject, subject + "@test.cls.local",
                anonymous().with("Authorization",
                        TestEvents.person(tenant, subject, subject + "@test.cls.local", roles)));
    }

    /** A person whose token says which language they read ({@code locale} claim). */
    private Person personReading(String locale, String tenant, String... roles) {
        String subject = "person-" + UUID.randomUUID().toString().substring(0, 8);
        String email = subject + "@test.cls.local";
        String token = "Bearer " + TestIssuer.trusted().token(claims -> claims.subject(subject).claim("tenant", tenant)
                .claim("roles", List.of(roles)).claim("email", email).claim("name", "Personne " + subject).claim("locale", locale));
        return new Person(subject, email, anonymous().with("Authorization", token));
    }

    record Person(String subject, String email, HttpTestClient api) {
    }
}
