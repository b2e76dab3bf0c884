package fr.cls.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.identity.test.TestIssuer;
import fr.cls.notification.TestEvents;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;

/** A subscription to one contract names a contract the subscriber may see; any other id answers 404 and changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class SubscriptionToOneContractIntegrationTest extends EventApiTestSupport {

    static final String ME = "/api/v1/notifications/subscriptions/me";

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anAgentSubscribesToTheirTenantsContractButNotToAnUnknownIdOrAnotherTenantsContract() {
        UUID own = tracked("ars-paca", List.of(), List.of());
        UUID foreign = tracked("ars-bretagne", List.of(), List.of());
        HttpTestClient agent = person("ars-paca", unique("agent"), Roles.ARS_AGENT);

        assertThat(subscribe(agent, own).status()).isEqualTo(200);
        assertThat(agent.get(ME).json().path("subscriptions").findValuesAsString("contractId")).containsExactly(own.toString());

        for (UUID refused : List.of(foreign, UUID.randomUUID())) {
            HttpTestClient.Response answer = subscribe(agent, refused);
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(agent.get(ME).json().path("subscriptions").findValuesAsString("contractId"))
                    .as("nothing replaced").containsExactly(own.toString());
        }
    }

    @Test
    void aPartyTenantSubscribesToTheContractItTakesPartIn() {
        UUID shared = tracked("ars-pays-de-la-loire", List.of("cd-53"), List.of());
        UUID notShared = tracked("ars-pays-de-la-loire", List.of(), List.of());
        HttpTestClient departement = person("cd-53", unique("agent"), Roles.DEPARTEMENT_AGENT);

        assertThat(subscribe(departement, shared).status()).isEqualTo(200);
        assertThat(subscribe(departement, notShared).status()).isEqualTo(404);
    }

    @Test
    void aCoordinatorSubscribesOnlyToTheContractsTheyCoordinate() {
        String subject = unique("coordinator");
        UUID theirs = tracked("ars-paca", List.of(), List.of(subject));
        UUID someoneElses = tracked("ars-paca", List.of(), List.of(unique("coordinator")));
        HttpTestClient coordinator = person("ars-paca", subject, Roles.CLS_COORDINATOR);

        assertThat(subscribe(coordinator, theirs).status()).isEqualTo(200);
        HttpTestClient.Response refused = subscribe(coordinator, someoneElses);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(coordinator.get(ME).json().path("subscriptions").findValuesAsString("contractId"))
                .containsExactly(theirs.toString());
        assertThat(subscribe(person("ars-paca", unique("agent"), Roles.ARS_AGENT), someoneElses).status())
                .as("the tenant's agents are not confined").isEqualTo(200);
    }

    /** A contract profile published by its owner, awaited in the owner's copy. */
    private UUID tracked(String owner, List<String> parties, List<String> coordinators) {
        UUID contract = UUID.randomUUID();
        List<String> issuers = coordinators.stream().map(c -> TestIssuer.trusted().issuer()).toList();
        try {
            kafka.send(ContractEvents.TOPIC, contract.toString(), codec.encode(TestEvents.envelope(json, "/contract-service",
                    ContractProfileV1.TYPE, owner, contract, new ContractProfileV1(contract, "CLS", "CLS " + contract, "IN_FORCE",
                            LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), "EPCI", 56000L, List.of("83"),
                            List.of("248300543"), parties, coordinators, issuers), OffsetDateTime.now()))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(owner, () -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from tracked_contract where contract_id = ?", Integer.class, contract))) == 1);
        return contract;
    }

    /** Replaces the caller's subscriptions with one to this contract, with the current ETag when there is one. */
    private static HttpTestClient.Response subscribe(HttpTestClient client, UUID contract) {
        String etag = client.get(ME).header("ETag");
        HttpTestClient sender = etag == null ? client : client.with("If-Match", etag);
        return sender.request("PUT", ME, Map.of("subscriptions", List.of(Map.of("topic", "CONTRACT_LIFECYCLE",
                "channel", "INBOX", "scope", "ONE", "contractId", contract.toString()))));
    }

    private HttpTestClient person(String tenant, String subject, String... roles) {
        return anonymous().with("Authorization",
                TestEvents.person(tenant, subject, subject + "@example.org", roles));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
