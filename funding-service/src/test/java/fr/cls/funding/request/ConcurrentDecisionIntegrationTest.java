package fr.cls.funding.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.events.FundingRequestDecidedV1;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.AtOnce;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestInfrastructure;

/**
 * Two approvers of the Département de la Mayenne decide the same request at the same moment, against the real
 * database: one decision is kept, the other approver is told (409) and nothing of theirs remains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ConcurrentDecisionIntegrationTest extends EventApiTestSupport {

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    /** As the database owner, past row-level security: to count the decisions' traces. */
    JdbcTemplate owner;

    @Autowired
    void ownerDatabase(DataSource dataSource, Environment environment) {
        owner = OwnerDatabase.jdbc(dataSource, environment);
    }

    @Test
    void twoApproversDecidingTheSameVersionAtOnceGiveOneDecisionAndOneRefusal() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        String[] request = underInstruction(fixtures);

        List<HttpTestClient.Response> answers = race(
                approver("approver-anne").with("If-Match", request[1]), Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR, 9_000)),
                approver("approver-bruno").with("If-Match", request[1]), Map.of("outcome", "REFUSED", "reasons", "Budget épuisé"),
                request[0]);

        oneWinnerAndOneDecision(fixtures, request[0], answers);
    }

    @Test
    void aDecisionWithoutIfMatchIsRefusedWith428AndDecidesNothing() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        String[] request = underInstruction(fixtures);

        List<HttpTestClient.Response> answers = race(
                approver("approver-anne"), Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR, 9_000)),
                approver("approver-bruno"), Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR, 5_000)),
                request[0]);

        assertThat(answers).extracting(HttpTestClient.Response::status).containsExactly(428, 428);
        assertThat(answers.get(0).json().get("code").asString()).isEqualTo("if-match-required");
        var held = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT).get("/api/v1/funding/requests/" + request[0]);
        assertThat(held.json().get("status").asString()).isEqualTo("UNDER_INSTRUCTION");
        assertThat(held.header("ETag")).isEqualTo(request[1]);
    }

    /** A Mayenne co-funding request of its own contract (caps hold per contract), instructed: its id and ETag. */
    private String[] underInstruction(FundingFixtures fixtures) {
        UUID contract = fixtures.contract("ars-pays-de-la-loire", "CLS", "CLS du Pays de Craon " + UUID.randomUUID(), "EPCI", 28_594,
                List.of("53"), List.of("200048551"), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 2, 12, 31), List.of("cd-53"));
        HttpTestClient agent = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT);
        HttpTestClient.Response filed = agent.post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", "cd-53",
                "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST", "amountsByYear", Map.of(YEAR, 9_000)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        HttpTestClient.Response instructed = agent.with("If-Match", filed.header("ETag"))
                .post("/api/v1/funding/requests/" + id + "/instruction", Map.of());
        assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
        return new String[] { id, instructed.header("ETag") };
    }

    /** Both decisions leave together once both threads are ready. */
    private static List<HttpTestClient.Response> race(HttpTestClient first, Map<String, Object> firstDecision,
            HttpTestClient second, Map<String, Object> secondDecision, String id) throws Exception {
        String path = "/api/v1/funding/requests/" + id + "/decision";
        return AtOnce.run(List.of(() -> first.post(path, firstDecision), () -> second.post(path, secondDecision)));
    }

    private void oneWinnerAndOneDecision(FundingFixtures fixtures, String id, List<HttpTestClient.Response> answers) {
        assertThat(answers).extracting(HttpTestClient.Response::status).as(answers.toString()).contains(200);
        HttpTestClient.Response won = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        HttpTestClient.Response lost = answers.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
        // 412 when the version named had moved (at the check or at the write), 409 when the request was already decided.
        assertThat(lost.status()).isIn(409, 412);
        assertThat(lost.contentType()).startsWith("application/problem+json");
        // Either the loser's update found the version moved, or it read the request already decided.
        assertThat(lost.json().get("title").asString()).isIn("Version périmée", "Règle non respectée");

        var held = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT).get("/api/v1/funding/requests/" + id).json();
        assertThat(held.get("status").asString()).isEqualTo(won.json().get("status").asString());
        assertThat(held.get("decidedBy").asString()).isEqualTo(won.json().get("decidedBy").asString());
        assertThat(held.get("version").asLong()).isEqualTo(won.json().get("version").asLong());
        assertThat(owner.queryForObject("select count(*) from outbox_event where message_key = ? and event_type = ?", Integer.class,
                id, FundingRequestDecidedV1.TYPE)).as("one decision told").isEqualTo(1);
        assertThat(owner.queryForObject("select count(*) from audit_entry where resource_id = ? and action in"
                + " ('funding.request-grant', 'funding.request-refuse')", Integer.class, id)).as("one decision recorded").isEqualTo(1);
    }

    private HttpTestClient approver(String subject) {
        return anonymous().with("Authorization", "Bearer " + TestIssuer.trusted().token(claims -> claims
                .subject(subject).claim("tenant", "cd-53").claim("roles", List.of(Roles.DEPARTEMENT_APPROVER))));
    }
}
