package fr.cls.notification.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.identity.test.TestIssuer;
import fr.cls.notification.TestEvents;
import fr.cls.notification.inbox.Inbox;
import fr.cls.notification.inbox.Written;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TwoIssuers;
import tools.jackson.databind.JsonNode;

/**
 * A person is issuer and subject: with a tenant trusting two issuers (test-tenants-two-issuers.yml), the same
 * {@code sub} from each is two people, with their own subscriptions, inbox and deliveries. Records from before
 * issuers were kept match on the subject only in a tenant trusting one issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, TwoIssuers.class })
@TestPropertySource(properties = TwoIssuers.TENANTS_FILE + "=test-tenants-two-issuers.yml")
class TwoIssuersOneSubjectIntegrationTest extends EventApiTestSupport {

    static final String TWO = "ars-two-issuers";
    static final String ONE = "ars-one-issuer";
    static final TestIssuer issuerA = TestIssuer.trusted();

    @Autowired
    TestIssuer issuerB;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EventCodec codec;

    @Test
    void anInboxItemOfOnePersonIsNotFoundForTheSameSubjectOfTheOtherIssuer() {
        String sub = unique("agent");
        HttpTestClient mine = asPerson(issuerA, TWO, sub, Roles.ARS_AGENT);
        HttpTestClient namesake = asPerson(issuerB, TWO, sub, Roles.ARS_AGENT);
        UUID id = addInboxItem(TWO, new Person(issuerA.issuer(), sub));

        HttpTestClient.Response refused = namesake.post("/api/v1/notifications/inbox/" + id + "/read", Map.of());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(namesake.get("/api/v1/notifications/inbox").json().path("items")).isEmpty();
        assertThat(namesake.get("/api/v1/notifications/inbox/unread-count").json().path("unread").asLong()).isZero();

        assertThat(mine.get("/api/v1/notifications/inbox/unread-count").json().path("unread").asLong()).isEqualTo(1);
        HttpTestClient.Response read = mine.post("/api/v1/notifications/inbox/" + id + "/read", Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("readAt").isNull()).isFalse();
    }

    @Test
    void theSubscriptionsOfTheSameSubjectFromTwoIssuersAreSeparate() {
        String sub = unique("agent");
        HttpTestClient mine = asPerson(issuerA, TWO, sub, Roles.ARS_AGENT);
        HttpTestClient namesake = asPerson(issuerB, TWO, sub, Roles.ARS_AGENT);
        assertThat(mine.get("/api/v1/notifications/subscriptions/me").json().path("subscriptions")).isNotEmpty();
        assertThat(namesake.get("/api/v1/notifications/subscriptions/me").json().path("subscriptions")).isNotEmpty();

        HttpTestClient.Response replaced = mine.ifMatch("/api/v1/notifications/subscriptions/me").request("PUT", "/api/v1/notifications/subscriptions/me",
                Map.of("subscriptions", List.of()));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().path("subscriptions")).isEmpty();
        assertThat(replaced.json().path("issuer").asString()).isEqualTo(issuerA.issuer());
        JsonNode other = namesake.get("/api/v1/notifications/subscriptions/me").json();
        assertThat(other.path("issuer").asString()).isEqualTo(issuerB.issuer());
        assertThat(other.path("subscriptions")).as("the namesake's choices are untouched").isNotEmpty();
        List<String> issuersOfSub = mine.get("/api/v1/notifications/subscriptions").json().valueStream()
                .filter(s -> s.path("subject").asString().equals(sub)).map(s -> s.path("issuer").asString()).toList();
        assertThat(issuersOfSub).containsExactlyInAnyOrder(issuerA.issuer(), issuerB.issuer());
    }

    @Test
    void onlyTheCoordinatorOfTheIssuerTheProfileNamesIsToldOfTheirContract() {
        String sub = unique("coordinator");
        HttpTestClient coordinator = asPerson(issuerA, TWO, sub, Roles.CLS_COORDINATOR);
        HttpTestClient namesake = asPerson(issuerB, TWO, sub, Roles.CLS_COORDINATOR);
        coordinator.get("/api/v1/notifications/subscriptions/me");
        namesake.get("/api/v1/notifications/subscriptions/me");
        UUID contract = UUID.randomUUID();
        publish(ContractEvents.TOPIC, TestEvents.envelope(json, "/contract-service", ContractProfileV1.TYPE, TWO, contract,
                new ContractProfileV1(contract, "CLS", "CLS de Hyères", "IN_FORCE", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2029, 12, 31), "EPCI", 56000L, List.of("83"), List.of("248300543"), List.of(),
                        List.of(sub), List.of(issuerA.issuer())), OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(TWO, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from tracked_contract where contract_id = ?", Integer.class, contract))) == 1);

        publish(GovernanceEvents.TOPIC, TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, TWO, contract,
                new MeetingConvenedV1(UUID.randomUUID(), UUID.randomUUID(), "COPIL", contract, "COPIL de Hyères",
                        LocalDate.of(2026, 12, 15), "Mairie", LocalDate.of(2026, 11, 25), false, List.of()),
                OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> coordinator.get("/api/v1/notifications/inbox/unread-count")
                .json().path("unread").asLong() == 1);
        // Told in the same transaction as the coordinator: nothing for the namesake by now means nothing at all.
        assertThat(namesake.get("/api/v1/notifications/inbox/unread-count").json().path("unread").asLong()).isZero();
        assertThat(namesake.get("/api/v1/notifications/deliveries?size=200").json().path("items")).isEmpty();
        assertThat(coordinator.get("/api/v1/notifications/deliveries?size=200").json().path("items")
                .findValuesAsString("recipientIssuer")).isNotEmpty().containsOnly(issuerA.issuer());
    }

    @Test
    void anInboxItemRecordedWithoutIssuerIsTheSubjectsOnlyWhileTheTenantTrustsOneIssuer() {
        String sub = unique("agent");
        UUID single = addInboxItem(ONE, new Person(null, sub));
        UUID ambiguous = addInboxItem(TWO, new Person(null, sub));

        assertThat(asPerson(issuerA, ONE, sub, Roles.ARS_AGENT).post("/api/v1/notifications/inbox/" + single + "/read", Map.of())
                .status()).isEqualTo(200);
        assertThat(asPerson(issuerA, TWO, sub, Roles.ARS_AGENT).post("/api/v1/notifications/inbox/" + ambiguous + "/read", Map.of())
                .status()).isEqualTo(404);
        assertThat(asPerson(issuerB, TWO, sub, Roles.ARS_AGENT).post("/api/v1/notifications/inbox/" + ambiguous + "/read", Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void aSubscriberRecordedWithoutIssuerKeepsTheirChoicesAndGetsTheTenantsOnlyIssuer() {
        String sub = unique("agent");
        TenantContext.callAs(ONE, () -> tx.execute(s -> {
            jdbc.update("insert into subscriber (tenant_id, subject, roles, created_at, updated_at) values (?, ?, ?, now(), now())",
                    ONE, sub, Roles.ARS_AGENT);
            return jdbc.update("insert into subscription (tenant_id, subject, topic, channel, scope)"
                    + " values (?, ?, 'PAYMENT', 'INBOX', 'ALL')", ONE, sub);
        }));

        JsonNode mine = asPerson(issuerA, ONE, sub, Roles.ARS_AGENT).get("/api/v1/notifications/subscriptions/me").json();

        assertThat(mine.path("issuer").asString()).isEqualTo(issuerA.issuer());
        assertThat(mine.path("subscriptions").valueStream().map(c -> c.path("topic").asString() + "/"
                + c.path("channel").asString()).toList()).as("their own choice, not the role's defaults")
                .containsExactly("PAYMENT/INBOX");
        Integer withoutIssuer = TenantContext.callAs(ONE, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from subscription where subject = ? and issuer is null", Integer.class, sub)));
        assertThat(withoutIssuer).isZero();
    }

    private UUID addInboxItem(String tenant, Person recipient) {
        String source = UUID.randomUUID().toString();
        TenantContext.callAs(tenant, () -> tx.execute(s -> {
            inbox.add(recipient, source, "PAYMENT", null, new Written("Paiement", "Un paiement a été versé."),
                    new Written("Payment", "A payment was made."), Instant.now());
            return null;
        }));
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForObject(
                "select id from inbox_item where source_key = ?", UUID.class, source)));
    }

    private void publish(String topic, EventEnvelope event) {
        try {
            kafka.send(topic, event.subject(), codec.encode(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
