package fr.cls.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import fr.cls.contract.events.AnnualReportSubmittedV1;
import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.funding.events.ConventionCancelledV1;
import fr.cls.funding.events.ConventionSignedV1;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.MovableClock;
import fr.cls.notification.TestEvents;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.AtOnce;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * Reminders at the right dates (the clock is moved), once, however many times the job runs, and once when two
 * instances run it at the same moment (the advisory lock and the {@code reminder_sent} key).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, ReminderIntegrationTest.Clocks.class })
class ReminderIntegrationTest extends EventApiTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int SMTP_PORT = TestEvents.freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock(Instant.parse("2026-01-05T08:00:00Z"), PARIS);
        }
    }

    @Autowired
    EventCodec codec;

    @Autowired
    MovableClock clock;

    @Autowired
    ReminderJob job;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void remindsTheCopilFifteenDaysBeforeOnceEvenWhenTheJobRunsTwice() throws Exception {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        LocalDate meetingDay = today().plusDays(40);
        UUID contract = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        profile("ars-paca", contract, "CLS de Martigues", List.of(), coordinator.subject());
        publish(GovernanceEvents.TOPIC, TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, "ars-paca", contract,
                new MeetingConvenedV1(meeting, UUID.randomUUID(), "COPIL", contract, "COPIL de Martigues", meetingDay, "Mairie",
                        today(), false, List.of()), now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 1);

        moveTo(meetingDay.minusDays(16));
        job.run();
        assertThat(reminders(coordinator, "copil")).isZero();

        moveTo(meetingDay.minusDays(15));
        job.run();
        job.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 2);
        assertThat(emailsTo(coordinator).get(1).getSubject())
                .isEqualTo("[CLS] Rappel\u00a0: COPIL de Martigues le " + french(meetingDay) + " — ARS Provence-Alpes-Côte d'Azur");
        moveTo(meetingDay.minusDays(14));
        job.run();
        assertThat(reminders(coordinator, "copil")).isEqualTo(1);
        assertThat(emailsTo(coordinator)).hasSize(2);
    }

    @Test
    void remindsThreeMonthsBeforeAConventionEndsToTheOwnersCoordinatorAndTheFundersAgent() throws Exception {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        Person agent = person("cd-53", Roles.DEPARTEMENT_AGENT);
        UUID contract = UUID.randomUUID();
        LocalDate end = today().plusMonths(5);
        profile("ars-paca", contract, "CLS d'Aubagne", List.of("cd-53"), coordinator.subject());
        UUID convention = UUID.randomUUID();
        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", ConventionSignedV1.TYPE, "cd-53", UUID.randomUUID(),
                new ConventionSignedV1(convention, UUID.randomUUID(), contract, "Ville d'Aubagne",
                        Map.of(2026, new BigDecimal("5000.00")), today(), end, today(), null, 4L), now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 1);

        moveTo(end.minusMonths(3).minusDays(1));
        job.run();
        assertThat(reminders(coordinator, "convention-end")).isZero();

        moveTo(end.minusMonths(3));
        job.run();
        job.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 2 && emailsTo(agent).size() == 1);
        assertThat(emailsTo(agent).get(0).getSubject()).startsWith("[CLS] Fin de la convention financière «\u00a0CLS d'Aubagne\u00a0» le "
                + french(end));
        assertThat(reminders(coordinator, "convention-end")).isEqualTo(1);
        assertThat(reminders(agent, "convention-end")).isEqualTo(1);
    }

    @Test
    void aCancelledConventionIsToldToTheOwnerAndRemindsNobodyOfItsEnd() throws Exception {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        Person agent = person("cd-53", Roles.DEPARTEMENT_AGENT);
        UUID contract = UUID.randomUUID();
        LocalDate end = today().plusMonths(5);
        profile("ars-paca", contract, "CLS de La Ciotat", List.of("cd-53"), coordinator.subject());
        UUID convention = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", ConventionSignedV1.TYPE, "cd-53", request,
                new ConventionSignedV1(convention, request, contract, "Ville de La Ciotat",
                        Map.of(2026, new BigDecimal("5000.00")), today(), end, today(), null, 4L), now()));
        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", ConventionCancelledV1.TYPE, "cd-53", request,
                new ConventionCancelledV1(convention, request, contract, today(), "poste non pourvu", null, 5L), now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 2);
        assertThat(emailsTo(coordinator).get(1).getSubject()).startsWith("[CLS] Convention financière annulée\u00a0: «\u00a0CLS de La Ciotat\u00a0»");

        moveTo(end.minusMonths(3));
        job.run();

        assertThat(reminders(coordinator, "convention-end")).isZero();
        assertThat(reminders(agent, "convention-end")).isZero();
        assertThat(emailsTo(coordinator)).hasSize(2);
        assertThat(emailsTo(agent)).isEmpty();
    }

    @Test
    void remindsTheFunderOfARequestWaitingForInstructionOverThirtyDays() throws Exception {
        Person agent = person("cd-53", Roles.DEPARTEMENT_AGENT);
        UUID contract = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        LocalDate submitted = today();
        publish(FundingEvents.TOPIC, TestEvents.envelope(json, "/funding-service", FundingRequestSubmittedV1.TYPE, "cd-53", request,
                new FundingRequestSubmittedV1(request, contract, "CLS de Laval", "animateurs-sante", 1, "COORDINATOR_POST",
                        Map.of(2026, new BigDecimal("7000.00")), new BigDecimal("7000.00"), null, 1L), now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(agent).size() == 1);

        moveTo(submitted.plusDays(29));
        job.run();
        assertThat(reminders(agent, "request-waiting")).isZero();

        moveTo(submitted.plusDays(30));
        job.run();
        moveTo(submitted.plusDays(31));
        job.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(agent).size() == 2);
        assertThat(emailsTo(agent).get(1).getSubject())
                .isEqualTo("[CLS] Demande de financement en attente d’instruction\u00a0: «\u00a0CLS de Laval\u00a0» — Département de la Mayenne");
        assertThat(reminders(agent, "request-waiting")).isEqualTo(1);
    }

    @Test
    void remindsTheCoordinatorThreeMonthsBeforeTheirContractEnds() throws Exception {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        UUID contract = UUID.randomUUID();
        LocalDate end = today().plusMonths(4);
        profile("ars-paca", contract, "CLS d'Arles", List.of(), coordinator.subject(), "IN_FORCE", LocalDate.of(2024, 1, 1), end);

        moveTo(end.minusMonths(3).minusDays(1));
        job.run();
        assertThat(reminders(coordinator, "contract-end")).isZero();
        moveTo(end.minusMonths(3));
        job.run();
        job.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 1);
        assertThat(emailsTo(coordinator).get(0).getSubject())
                .isEqualTo("[CLS] Fin du contrat «\u00a0CLS d'Arles\u00a0» le " + french(end) + " — ARS Provence-Alpes-Côte d'Azur");
        assertThat(reminders(coordinator, "contract-end")).isEqualTo(1);
    }

    @Test
    void remindsTheAnnualReportAMonthBeforeItIsDueUnlessItWasSubmitted() throws Exception {
        Person coordinator = person("ars-paca", Roles.CLS_COORDINATOR);
        UUID late = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        int year = today().getYear() + 1;
        profile("ars-paca", late, "CLS de Gap", List.of(), coordinator.subject(), "IN_FORCE", LocalDate.of(2024, 1, 1),
                LocalDate.of(year + 3, 12, 31));
        profile("ars-paca", done, "CLS de Digne", List.of(), coordinator.subject(), "IN_FORCE", LocalDate.of(2024, 1, 1),
                LocalDate.of(year + 3, 12, 31));
        publish(ContractEvents.TOPIC, TestEvents.envelope(json, "/contract-service", AnnualReportSubmittedV1.TYPE, "ars-paca", done,
                new AnnualReportSubmittedV1(done, year - 1, LocalDate.of(year, 1, 15)), now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs("ars-paca", () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from tracked_annual_report where contract_id = ?", Integer.class, done))) == 1);

        moveTo(LocalDate.of(year, 2, 28));
        job.run();
        assertThat(reminders(coordinator, "annual-report")).isZero();
        moveTo(LocalDate.of(year, 3, 1));
        job.run();
        job.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(coordinator).size() == 1);
        assertThat(emailsTo(coordinator).get(0).getSubject())
                .isEqualTo("[CLS] Bilan annuel " + (year - 1) + " attendu pour le 31/03/" + year + " — ARS Provence-Alpes-Côte d'Azur");
        assertThat(part(emailsTo(coordinator).get(0))).contains("«\u00a0CLS de Gap\u00a0»").doesNotContain("Digne");
        assertThat(reminders(coordinator, "annual-report")).isEqualTo(1);
    }

    private static String part(MimeMessage mail) throws Exception {
        return textOf((jakarta.mail.Multipart) mail.getContent());
    }

    @Test
    void theTenantsApproverSetsTheCopilNoticeAndSignatureAndTheRemindersFollowThem() throws Exception {
        HttpTestClient approver = anonymous().with("Authorization",
                fr.cls.identity.test.TestIssuer.trusted().bearer("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER));
        HttpTestClient agent = anonymous().with("Authorization",
                fr.cls.identity.test.TestIssuer.trusted().bearer("ars-bretagne", Roles.ARS_AGENT));
        Map<String, Object> settings = new java.util.HashMap<>(Map.of("copilDaysBefore", 20, "requestWaitingDays", 45,
                "endOfTermMonths", 6, "annualReportDueMonth", 2, "annualReportDueDay", 30, "annualReportDaysBefore", 30,
                "signature", "La direction de la santé publique\nARS Bretagne"));
        HttpTestClient.Response refused = approver.ifMatch("/api/v1/notifications/settings").request("PUT", "/api/v1/notifications/settings", settings);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("annualReportDueDateValid");
        settings.put("annualReportDueDay", 28);
        assertThat(agent.ifMatch("/api/v1/notifications/settings").request("PUT", "/api/v1/notifications/settings", settings).status()).isEqualTo(403);
        String read = approver.get("/api/v1/notifications/settings").header("ETag");
        assertThat(approver.request("PUT", "/api/v1/notifications/settings", settings).status()).as("no version").isEqualTo(428);
        Map<String, Object> once = new java.util.HashMap<>(settings);
        once.put("signature", "Signature " + UUID.randomUUID());
        assertThat(approver.with("If-Match", read).request("PUT", "/api/v1/notifications/settings", once).status()).isEqualTo(200);
        assertThat(approver.with("If-Match", read).request("PUT", "/api/v1/notifications/settings", settings).status())
                .as("changed since it was read").isEqualTo(412);
        assertThat(approver.ifMatch("/api/v1/notifications/settings").request("PUT", "/api/v1/notifications/settings", settings).json()
                .path("copilDaysBefore").asInt()).isEqualTo(20);
        assertThat(agent.get("/api/v1/notifications/settings").json().path("tenantName").asString()).isEqualTo("ARS Bretagne");

        Person member = person("ars-bretagne", Roles.GOVERNANCE_MEMBER);
        LocalDate meetingDay = today().plusDays(60);
        UUID contract = UUID.randomUUID();
        publish(GovernanceEvents.TOPIC, TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, "ars-bretagne",
                contract, new MeetingConvenedV1(UUID.randomUUID(), UUID.randomUUID(), "COPIL", contract, "COPIL de Lannion",
                        meetingDay, "Lannion", today(), false, List.of()), now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(member).size() == 1);

        moveTo(meetingDay.minusDays(21));
        job.run();
        assertThat(reminders(member, "copil")).isZero();
        moveTo(meetingDay.minusDays(20));
        job.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsTo(member).size() == 2);
        String text = emailsTo(member).get(1).getContent() instanceof jakarta.mail.Multipart mixed
                ? textOf(mixed) : emailsTo(member).get(1).getContent().toString();
        assertThat(text).contains("La direction de la santé publique\nARS Bretagne");
    }

    private static String textOf(jakarta.mail.Multipart part) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < part.getCount(); i++) {
            Object content = part.getBodyPart(i).getContent();
            if (content instanceof jakarta.mail.Multipart nested) {
                all.append(textOf(nested));
            } else if (part.getBodyPart(i).isMimeType("text/plain")) {
                all.append(content);
            }
        }
        return all.toString().replace("\r\n", "\n");
    }

    /** The owner's profile of a contract, awaited until notification-service knows it (owner and parties). */
    private void profile(String owner, UUID contract, String title, List<String> parties, String coordinator) {
        profile(owner, contract, title, parties, coordinator, "ELABORATION", null, null);
    }

    private void profile(String owner, UUID contract, String title, List<String> parties, String coordinator, String status,
            LocalDate start, LocalDate end) {
        publish(ContractEvents.TOPIC, TestEvents.envelope(json, "/contract-service", ContractProfileV1.TYPE, owner, contract,
                new ContractProfileV1(contract, "CLS", title, status, start, end, null, null, List.of(), List.of(),
                        parties, List.of(coordinator)), now()));
        List<String> tenants = new java.util.ArrayList<>(parties);
        tenants.add(owner);
        for (String tenant : tenants) {
            await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                    "select count(*) from tracked_contract where contract_id = ?", Integer.class, contract))) == 1);
        }
    }

    @Test
    void twoInstancesRunningTheSameMorningAtOnceSendEachReminderOnceToEachRecipient() throws Exception {
        Convened copil = copilConvened("Vitrolles", 30);

        moveTo(copil.meetingDay().minusDays(15));
        Callable<Integer> instance = () -> TenantContext.callAs(copil.tenant(), reminders::sendDue);
        List<Integer> sent = AtOnce.run(List.of(instance, instance));

        assertThat(sent).as("reminders sent by each instance").containsExactlyInAnyOrder(0, 1);
        assertRemindedOnce(copil);
        assertThat(emailsTo(copil.coordinator()).get(1).getSubject()).startsWith("[CLS] Rappel\u00a0: COPIL de Vitrolles");
    }

    @Test
    void twoWholeJobRunsAtOnceSendOneReminderPerRecipient() throws Exception {
        Convened copil = copilConvened("Istres", 60);

        moveTo(copil.meetingDay().minusDays(15));
        Callable<Integer> instance = () -> {
            job.run();
            return 0;
        };
        AtOnce.run(List.of(instance, instance));

        assertRemindedOnce(copil);
    }

    /** A COPIL of a fresh tenant convened {@code daysAhead} days ahead, its coordinator and a member told of it. */
    private Convened copilConvened(String town, int daysAhead) {
        String tenant = TestTenants.next();
        Person coordinator = person(tenant, Roles.CLS_COORDINATOR);
        Person member = person(tenant, Roles.GOVERNANCE_MEMBER);
        UUID contract = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        LocalDate meetingDay = today().plusDays(daysAhead);
        profile(tenant, contract, "CLS de " + town, List.of(), coordinator.subject());
        publish(GovernanceEvents.TOPIC, TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, tenant, contract,
                new MeetingConvenedV1(meeting, UUID.randomUUID(), "COPIL", contract, "COPIL de " + town, meetingDay, "Mairie",
                        today(), false, List.of()), now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(coordinator).size() == 1 && emailsTo(member).size() == 1);
        return new Convened(tenant, meeting, meetingDay, coordinator, member);
    }

    /** One reminder recorded for the meeting, and one reminder email to each of the two people. */
    private void assertRemindedOnce(Convened copil) {
        assertThat(remindersSent(copil.tenant(), copil.meeting())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(copil.coordinator()).size() == 2 && emailsTo(copil.member()).size() == 2);
        assertThat(reminderEmailsQueued(copil.tenant(), copil.coordinator())).isEqualTo(1);
        assertThat(reminderEmailsQueued(copil.tenant(), copil.member())).isEqualTo(1);
    }

    record Convened(String tenant, UUID meeting, LocalDate meetingDay, Person coordinator, Person member) {
    }

    private int remindersSent(String tenant, UUID meeting) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from reminder_sent where kind = 'COPIL' and ref = ?", Integer.class, meeting.toString())));
    }

    /** Emails written for the reminder of this recipient (one row per (source, recipient) at most, whatever happened). */
    private int reminderEmailsQueued(String tenant, Person person) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from email_outbox where recipient = ? and subject_line like '[CLS] Rappel\u00a0:%'",
                Integer.class, person.subject())));
    }

    private long reminders(Person person, String kind) {
        JsonNode log = person.api().get("/api/v1/notifications/deliveries?channel=INBOX&recipient=" + person.subject() + "&size=200").json();
        return log.path("items").valueStream()
                .filter(d -> d.path("eventType").asString().equals("cls.notification.reminder." + kind)).count();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Only forward: the tests share the clock. */
    private void moveTo(LocalDate day) {
        Instant target = day.atTime(7, 0).atZone(PARIS).toInstant();
        if (target.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), target));
        }
    }

    private static String french(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private void publish(String topic, EventEnvelope event) {
        try {
            kafka.send(topic, event.subject(), codec.encode(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> emailsTo(Person person) {
        return Arrays.asList(smtp.getReceivedMessagesForDomain(person.email()));
    }

    private Person person(String tenant, String... roles) {
        String subject = "person-" + UUID.randomUUID().toString().substring(0, 8);
        HttpTestClient api = anonymous().with("Authorization",
                TestEvents.person(tenant, subject, subject + "@test.cls.local", roles));
        api.get("/api/v1/notifications/subscriptions/me");
        return new Person(subject, subject + "@test.cls.local", api);
    }

    record Person(String subject, String email, HttpTestClient api) {
    }
}
