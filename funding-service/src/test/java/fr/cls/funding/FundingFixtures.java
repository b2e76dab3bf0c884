package fr.cls.funding;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.kafka.core.KafkaTemplate;

import fr.cls.contract.events.ActionSheetChangedV1;
import fr.cls.contract.events.AnnualReportSubmittedV1;
import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.TerritoryCommune;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.governance.events.AnnualReportAdoptedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.test.HttpTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Contracts as contract-service would describe them (through its events), and clients per tenant and role. */
public final class FundingFixtures {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;
    private final JsonMapper json;
    private final ContractProfiles profiles;
    private final int port;

    public FundingFixtures(KafkaTemplate<String, String> kafka, EventCodec codec, JsonMapper json, ContractProfiles profiles, int port) {
        this.kafka = kafka;
        this.codec = codec;
        this.json = json;
        this.profiles = profiles;
        this.port = port;
    }

    /**
     * A person of the tenant with these roles; the same roles give the same person ({@code test-<roles>}), so an
     * agent and an approver are two people, as four eyes requires.
     */
    public HttpTestClient as(String tenant, String... roles) {
        return asPerson("test-" + String.join("-", roles).toLowerCase(java.util.Locale.ROOT), tenant, roles);
    }

    /** A named person (token subject) of the tenant, from the trusted test issuer. */
    public HttpTestClient asPerson(String subject, String tenant, String... roles) {
        return new HttpTestClient("http://localhost:" + port).with("Authorization", "Bearer " + TestIssuer.trusted().token(
                claims -> claims.subject(subject).claim("tenant", tenant).claim("roles", List.of(roles))));
    }

    /** A user of {@code tenant} whose token subject is {@code subject} (a coordinator is named by subject). */
    public HttpTestClient asSubject(String tenant, String subject, String... roles) {
        return new HttpTestClient("http://localhost:" + port).with("Authorization", "Bearer " + TestIssuer.trusted()
                .token(claims -> claims.subject(subject).claim("tenant", tenant).claim("roles", List.of(roles))));
    }

    /**
     * The funder's approver creates a scheme (a code is created before any version is published under it); answers
     * the code.
     */
    public static String scheme(HttpTestClient approver, String code) {
        HttpTestClient.Response created = approver.post("/api/v1/funding/schemes", java.util.Map.of("code", code,
                "name", "Dispositif " + code));
        if (created.status() != 201) {
            throw new IllegalStateException("scheme " + code + " not created: " + created.status() + " " + created.body());
        }
        return code;
    }

    /** Publishes the contract's profile as its owner and waits until funding-service knows it. */
    public UUID contract(String owner, String kind, String title, String beneficiary, long population, List<String> departements,
            List<String> codes, LocalDate start, LocalDate end, List<String> parties) {
        return contract(owner, kind, title, beneficiary, population, departements, codes, start, end, parties, List.of());
    }

    /** The same, with the coordinators (token subjects) contract-service names in the profile. */
    public UUID contract(String owner, String kind, String title, String beneficiary, long population, List<String> departements,
            List<String> codes, LocalDate start, LocalDate end, List<String> parties, List<String> coordinators) {
        return contract(owner, kind, title, beneficiary, population, departements, codes, start, end, parties, coordinators,
                null);
    }

    /** The same, with the issuers of the coordinators' accounts (aligned; null as from a producer predating them). */
    public UUID contract(String owner, String kind, String title, String beneficiary, long population, List<String> departements,
            List<String> codes, LocalDate start, LocalDate end, List<String> parties, List<String> coordinators,
            List<String> coordinatorIssuers) {
        UUID id = UUID.randomUUID();
        publish(owner, id, ContractProfileV1.TYPE, new ContractProfileV1(id, kind, title, start == null ? "ELABORATION" : "IN_FORCE",
                start, end, beneficiary, population, departements, codes, parties, coordinators, coordinatorIssuers));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TenantContext.callAs(owner, () -> profiles.find(id)).isPresent());
        return id;
    }

    /**
     * A contract whose profile names the communes its territory covers, as contract-service resolves them against the
     * official division (edition 6.0.0).
     */
    public UUID contractOnCommunes(String owner, String kind, String title, String beneficiary, long population,
            List<String> codes, List<TerritoryCommune> communes, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        List<String> departements = communes.stream().map(TerritoryCommune::departement).distinct().sorted().toList();
        publish(owner, id, ContractProfileV1.TYPE, new ContractProfileV1(id, kind, title, start == null ? "ELABORATION" : "IN_FORCE",
                start, end, beneficiary, population, departements, codes, List.of(), List.of(), List.of(),
                "decoupage-administratif-6.0.0", communes));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TenantContext.callAs(owner, () -> profiles.find(id)).isPresent());
        return id;
    }

    /**
     * An action sheet of the contract, aligned with the given funder plans ("funder/code"), as contract-service
     * publishes it; waits until funding-service counts it.
     */
    public UUID actionSheet(String owner, UUID contract, String title, List<String> funderPlans) {
        UUID id = UUID.randomUUID();
        publish(owner, contract, ActionSheetChangedV1.TYPE_CREATED, new ActionSheetChangedV1(contract, id, UUID.randomUUID(),
                title, "PLANNED", new BigDecimal("5000.00"), funderPlans));
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(owner,
                () -> funderPlans.stream().allMatch(plan -> profiles.alignedActions(contract).containsKey(plan))));
        return id;
    }

    public void annualReport(String owner, UUID contract, int year) {
        publish(owner, contract, AnnualReportSubmittedV1.TYPE, new AnnualReportSubmittedV1(contract, year, LocalDate.of(year + 1, 3, 31)));
    }

    /**
     * The contract's COPIL adopted its annual report of the year, as governance-service tells it (the envelope's
     * tenant: the contract's owner). Answers the event as sent, so that a test may deliver it again.
     */
    public EventEnvelope annualReportAdopted(String owner, UUID contract, int year) {
        return publish(GovernanceEvents.TOPIC, "/governance-service", owner, contract, AnnualReportAdoptedV1.TYPE,
                new AnnualReportAdoptedV1(contract, year, UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(year + 1, 5, 15)));
    }

    /** Sends an event already published once more, as a broker redelivering it would. */
    public void redeliver(String topic, EventEnvelope event) {
        send(topic, event);
    }

    private void publish(String tenant, UUID contract, String type, Object data) {
        publish(ContractEvents.TOPIC, "/contract-service", tenant, contract, type, data);
    }

    private EventEnvelope publish(String topic, String source, String tenant, UUID contract, String type, Object data) {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source, type,
                contract.toString(), OffsetDateTime.now(), "application/json", tenant, "test", json.valueToTree(data));
        send(topic, event);
        return event;
    }

    private void send(String topic, EventEnvelope event) {
        try {
            kafka.send(topic, event.subject(), codec.encode(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test event", e);
        }
    }
}
