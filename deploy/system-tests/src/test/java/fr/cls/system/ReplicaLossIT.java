package fr.cls.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import fr.cls.deploy.Service;
import fr.cls.platform.test.HttpTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15: two instances of contract-service and of notification-service behind the gateway; one of each killed
 * (SIGKILL) in the middle of 1,000 contract creations. Every creation is answered 201 once per key (the clients
 * retry with their Idempotency-Key, the gateway moves refused connections to the live instance) — or 410 naming its
 * contract when the killed instance had committed it but not answered — 1,000 contracts
 * exist, every ContractInitiated is handled once by each consumer, and every email reaches the mail server once
 * (by Message-ID; a resend after the crash carries the first copy's Message-ID and is counted apart).
 *
 * <p>funding-service and governance-service run one instance each: ten service JVMs do not start in time on a
 * two-core machine, and neither is killed.
 */
class ReplicaLossIT {

    static final int CREATIONS = 1000;
    static final int CLIENTS = 4;
    static final String CONTRACT_2 = "contract-service-2";
    static final String NOTIFICATION_2 = "notification-service-2";

    static RunningStack stack;
    static Instant started;

    @BeforeAll
    static void startStack() {
        Map<Service, Integer> replicas = new EnumMap<>(Service.class);
        replicas.put(Service.CONTRACT, 2);
        replicas.put(Service.FUNDING, 1);
        replicas.put(Service.GOVERNANCE, 1);
        replicas.put(Service.NOTIFICATION, 2);
        stack = RunningStack.start(1, replicas,
                // The killed instance's Idempotency-Key claims are taken over after 30 s, not the default minute.
                Map.of("CLS_IDEMPOTENCY_INPROGRESSTIMEOUT", "PT30S"),
                "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1", 20_000);
        started = Instant.now();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void killingOneInstanceOfContractAndNotificationServiceLosesNoCreationNoEventAndNoEmail() throws Exception {
        assertThat(stack.stack().pids()).containsKeys("contract-service-1", CONTRACT_2, "notification-service-1", NOTIFICATION_2);
        ConcurrentCreations creations = new ConcurrentCreations(stack.gatewayAs("agent.paca"), "perte d'une réplique",
                CREATIONS, CLIENTS).start();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> creations.answered() >= CREATIONS / 2);
        stack.kill(CONTRACT_2);
        stack.kill(NOTIFICATION_2);
        long killedAt = creations.millisSinceStart();
        ConcurrentCreations.Result result = creations.finish(Duration.ofMinutes(15));

        Map<String, String> contracts = result.contracts();
        assertThat(contracts).as("every creation answered 201, first time or replayed, or 410 naming its contract (carried"
                + " out by the killed instance, which died before answering)").hasSize(CREATIONS);
        assertThat(Set.copyOf(contracts.values())).as("1,000 distinct contracts").hasSize(CREATIONS);
        assertThat(contractsTitled(creations)).as("contracts of this run in contract-service's database").isEqualTo(CREATIONS);
        assertRetriedKeysReplayTheirContract(result);

        long answered = System.nanoTime();
        Map<String, String> initiated = initiatedEvents(contracts.values());
        assertThat(initiated).as("one ContractInitiated per contract").hasSize(CREATIONS);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertEveryEventHandledOnce(initiated.keySet(), contracts.values()));
        Map<String, Integer> emails = awaitEmailsSent();
        long delivered = System.nanoTime();

        MailCount mail = mailServerCount(emails);
        assertThat(mail.missing()).as("emails sent but not at the mail server (Message-IDs)").isEmpty();
        assertThat(mail.distinct()).as("distinct Message-IDs at the mail server").isEqualTo(emails.values().stream()
                .mapToInt(Integer::intValue).sum());
        // At least once: the emails the killed instance had handed to the SMTP server, not yet marked sent, go again
        // with their Message-IDs. A sending run commits the emails of one event together, and the instance has two
        // (the nudged one and the periodic one): at most two events' emails, so at most two resends per address,
        // each sent once more.
        assertThat(mail.resent()).as("emails resent after the crash (same Message-ID)")
                .hasSizeLessThanOrEqualTo(2 * emails.size())
                .allMatch(resend -> resend.endsWith(" x2"));
        assertThat(mail.resent().stream().collect(Collectors.groupingBy(
                resend -> resend.substring(0, resend.indexOf(' ')), Collectors.counting())).values())
                .as("resends per address").allMatch(count -> count <= 2);

        System.out.printf("ReplicaLossIT: %d creations answered in %d ms (%s and %s killed at %d ms; %d retries %s over %d keys,"
                        + " %d replayed, %d answers lost); events handled and %d emails sent once (%d resent: %s) %d ms after the last answer%n",
                CREATIONS, result.millis(), CONTRACT_2, NOTIFICATION_2, killedAt, result.retries(), result.retryCauses(),
                result.retriedKeys().size(), result.replayed(), result.lostAnswers().size(), mail.distinct(), mail.resent().size(), mail.resent(),
                java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(delivered - answered));
    }

    /** A retry whose first attempt had run answers the first attempt's contract, never a new one. */
    private static void assertRetriedKeysReplayTheirContract(ConcurrentCreations.Result result) {
        HttpTestClient agent = stack.gatewayAs("agent.paca");
        List<String> wrong = new ArrayList<>();
        for (String key : result.retriedKeys()) {
            HttpTestClient.Response again = agent.with("Idempotency-Key", key)
                    .post("/api/v1/contracts", Map.of("kind", "CLS", "title", result.titles().get(key)));
            if (result.lostAnswers().contains(key)) {
                if (again.status() != 410 || !result.contracts().get(key).equals(ConcurrentCreations.initiatedContract(again))) {
                    wrong.add(key + " (answer lost): " + again.status() + " " + again.body());
                }
                continue;
            }
            if (again.status() != 201 || !result.contracts().get(key).equals(again.json().get("id").asString())
                    || again.header("Idempotent-Replayed") == null) {
                wrong.add(key + ": " + again.status() + " " + again.body());
            }
        }
        assertThat(wrong).as("retried keys sent once more: the same contract, replayed").isEmpty();
    }

    private static int contractsTitled(ConcurrentCreations creations) throws SQLException {
        try (Connection db = stack.database(Service.CONTRACT);
                PreparedStatement query = db.prepareStatement("select count(*) from contract where title like ?")) {
            query.setString(1, "CLS n°% (perte d'une réplique)");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Event id to contract id, for this run's contracts, from contract-service's outbox. */
    private static Map<String, String> initiatedEvents(java.util.Collection<String> contractIds) throws SQLException {
        Set<String> ids = Set.copyOf(contractIds);
        Map<String, String> events = new HashMap<>();
        Map<String, Integer> perContract = new HashMap<>();
        try (Connection db = stack.database(Service.CONTRACT); Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("select event_id::text, message_key from outbox_event"
                        + " where event_type = 'cls.contract.initiated.v1'")) {
            while (rs.next()) {
                if (ids.contains(rs.getString(2))) {
                    events.put(rs.getString(1), rs.getString(2));
                    perContract.merge(rs.getString(2), 1, Integer::sum);
                }
            }
        }
        assertThat(perContract.values()).as("ContractInitiated events per contract").containsOnly(1);
        return events;
    }

    /**
     * Each consumer of ContractInitiated (the services' processed_event rows, one per consumer and event) has every
     * event; and notification-service's delivery log has exactly one entry per contract.
     */
    private static void assertEveryEventHandledOnce(Set<String> eventIds, java.util.Collection<String> contractIds) throws SQLException {
        assertThat(stack.pendingOutbox()).as("contract-service's outbox drained").isZero();
        for (Service consumer : List.of(Service.FUNDING, Service.GOVERNANCE, Service.NOTIFICATION)) {
            Map<String, Integer> handled = processed(consumer, eventIds);
            for (Map.Entry<String, Integer> entry : handled.entrySet()) {
                assertThat(entry.getValue()).as(consumer.module() + "'s consumer " + entry.getKey() + ": ContractInitiated events handled")
                        .isEqualTo(eventIds.size());
            }
            if (consumer == Service.NOTIFICATION) {
                assertThat(handled).as("notification-service consumes ContractInitiated").isNotEmpty();
            }
        }
        Map<String, Integer> deliveries = stack.initiatedDeliveries(contractIds);
        List<String> missing = contractIds.stream().filter(id -> !deliveries.containsKey(id)).limit(10).toList();
        assertThat(missing).as("contracts without a delivery (first 10)").isEmpty();
        Map<String, Integer> twice = deliveries.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(twice).as("contracts delivered more than once").isEmpty();
    }

    /** Per consumer of the service, how many of the events it recorded as processed. */
    private static Map<String, Integer> processed(Service service, Set<String> eventIds) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection db = stack.database(service); Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("select consumer, event_id::text from processed_event"
                        + " where event_type = 'cls.contract.initiated.v1'")) {
            while (rs.next()) {
                if (eventIds.contains(rs.getString(2))) {
                    counts.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Waits until no email of the run is pending; @return per address, how many were sent (none failed). */
    private static Map<String, Integer> awaitEmailsSent() {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(emailsByStatus()).as("emails of the run by status").doesNotContainKeys("PENDING", "FAILED"));
        Map<String, Integer> sent = new TreeMap<>();
        try (Connection db = stack.database(Service.NOTIFICATION);
                PreparedStatement query = db.prepareStatement("select address, count(*) from email_outbox"
                        + " where created_at >= ? and status = 'SENT' group by address")) {
            query.setTimestamp(1, Timestamp.from(started));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sent.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(sent).as("emails sent during the run").isNotEmpty();
        return sent;
    }

    private static Map<String, Integer> emailsByStatus() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection db = stack.database(Service.NOTIFICATION);
                PreparedStatement query = db.prepareStatement("select status, count(*) from email_outbox"
                        + " where created_at >= ? group by status")) {
            query.setTimestamp(1, Timestamp.from(started));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /**
     * Reads every addressee's inbox at the mail server.
     *
     * @param expected per address, how many distinct emails it should have
     */
    private static MailCount mailServerCount(Map<String, Integer> expected) {
        int distinct = 0;
        List<String> missing = new ArrayList<>();
        Set<String> resent = new TreeSet<>();
        for (Map.Entry<String, Integer> address : expected.entrySet()) {
            JsonNode inbox = stack.mail().get("/api/user/" + address.getKey() + "/messages/INBOX").json();
            Map<String, Integer> copies = new HashMap<>();
            for (JsonNode message : inbox) {
                copies.merge(message.get("Message-ID").asString(), 1, Integer::sum);
            }
            distinct += copies.size();
            if (copies.size() != address.getValue()) {
                missing.add(address.getKey() + ": " + copies.size() + " distinct of " + address.getValue());
            }
            copies.forEach((id, count) -> {
                if (count > 1) {
                    resent.add(address.getKey() + " " + id + " x" + count);
                }
            });
        }
        return new MailCount(distinct, missing, List.copyOf(resent));
    }

    record MailCount(int distinct, List<String> missing, List<String> resent) {
    }
}
