package fr.cls.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.notification.TestEvents;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.MovableClock;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances run the reminders of the same morning at the same moment: the advisory lock and the
 * {@code reminder_sent} key let exactly one of them send, once per recipient.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, ConcurrentReminderIntegrationTest.Clocks.class })
class ConcurrentReminderIntegrationTest {

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
            return new MovableClock(Instant.parse("2026-02-02T08:00:00Z"), PARIS);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    JsonMapper json;

    @Autowired
    MovableClock clock;

    @Autowired
    Reminders reminders;

    @Autowired
    ReminderJob job;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void twoInstancesRunningTheSameMorningAtOnceSendEachReminderOnceToEachRecipient() throws Exception {
        String tenant = TestTenants.next();
        Person coordinator = person(tenant, Roles.CLS_COORDINATOR);
        Person member = person(tenant, Roles.GOVERNANCE_MEMBER);
        UUID contract = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        LocalDate meetingDay = today().plusDays(30);
        profile(tenant, contract, "CLS de Vitrolles", coordinator.subject());
        publish(GovernanceEvents.TOPIC, TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, tenant, contract,
                new MeetingConvenedV1(meeting, UUID.randomUUID(), "COPIL", contract, "COPIL de Vitrolles", meetingDay, "Mairie",
                        today(), false, List.of()), now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(coordinator).size() == 1 && emailsTo(member).size() == 1);

        moveTo(meetingDay.minusDays(15));
        List<Integer> sent = atOnce(2, () -> TenantContext.callAs(tenant, reminders::sendDue));

        assertThat(sent).as("reminders sent by each instance").containsExactlyInAnyOrder(0, 1);
        assertThat(remindersSent(tenant, meeting)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(coordinator).size() == 2 && emailsTo(member).size() == 2);
        assertThat(reminderEmailsQueued(tenant, coordinator)).isEqualTo(1);
        assertThat(reminderEmailsQueued(tenant, member)).isEqualTo(1);
        assertThat(emailsTo(coordinator).get(1).getSubject()).startsWith("[CLS] Rappel : COPIL de Vitrolles");
    }

    @Test
    void twoWholeJobRunsAtOnceSendOneReminderPerRecipient() throws Exception {
        String tenant = TestTenants.next();
        Person coordinator = person(tenant, Roles.CLS_COORDINATOR);
        Person member = person(tenant, Roles.GOVERNANCE_MEMBER);
        UUID contract = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        LocalDate meetingDay = today().plusDays(60);
        profile(tenant, contract, "CLS d'Istres", coordinator.subject());
        publish(GovernanceEvents.TOPIC, TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, tenant, contract,
                new MeetingConvenedV1(meeting, UUID.randomUUID(), "COPIL", contract, "COPIL d'Istres", meetingDay, "Mairie",
                        today(), false, List.of()), now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(coordinator).size() == 1 && emailsTo(member).size() == 1);

        moveTo(meetingDay.minusDays(15));
        atOnce(2, () -> {
            job.run();
            return 0;
        });

        assertThat(remindersSent(tenant, meeting)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> emailsTo(coordinator).size() == 2 && emailsTo(member).size() == 2);
        assertThat(reminderEmailsQueued(tenant, coordinator)).isEqualTo(1);
        assertThat(reminderEmailsQueued(tenant, member)).isEqualTo(1);
    }

    /** Runs {@code work} on {@code threads} threads released together by a latch; their results. */
    private static <T> List<T> atOnce(int threads, java.util.concurrent.Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> results = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> values = new java.util.ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get(60, TimeUnit.SECONDS));
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }

    private int remindersSent(String tenant, UUID meeting) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from reminder_sent where kind = 'COPIL' and ref = ?", Integer.class, meeting.toString())));
    }

    /** Emails written for the reminder of this recipient (one row per (source, recipient) at most, whatever happened). */
    private int reminderEmailsQueued(String tenant, Person person) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from email_outbox where recipient = ? and subject_line like '[CLS] Rappel :%'",
                Integer.class, person.subject())));
    }

    private void profile(String owner, UUID contract, String title, String coordinator) {
        publish(ContractEvents.TOPIC, TestEvents.envelope(json, "/contract-service", ContractProfileV1.TYPE, owner, contract,
                new ContractProfileV1(contract, "CLS", title, "ELABORATION", null, null, null, null, List.of(), List.of(),
                        List.of(), List.of(coordinator)), now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(owner, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from tracked_contract where contract_id = ?", Integer.class, contract))) == 1);
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
        HttpTestClient api = new HttpTestClient("http://localhost:" + port).with("Authorization",
                TestEvents.person(tenant, subject, subject + "@test.cls.local", roles));
        api.get("/api/v1/notifications/subscriptions/me");
        return new Person(subject, subject + "@test.cls.local", api);
    }

    record Person(String subject, String email, HttpTestClient api) {
    }
}
