package fr.cls.funding.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import fr.cls.contract.events.TerritoryCommune;
import fr.cls.funding.FundingFixtures;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * ARS Auvergne-Rhône-Alpes' exclusivity rule judged on the communes each territory covers (profiles as contract-service
 * publishes them, on the official division 6.0.0): a CLSM on Vichy and a CLS on CA Vichy Communauté share Vichy. Each
 * test works on its own EPCI, the funded contracts of one staying in the database for the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TerritoryOnCommunesIntegrationTest extends EventApiTestSupport {

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    static final LocalDate START = LocalDate.of(YEAR, 1, 1);
    static final LocalDate END = START.plusYears(5).minusDays(1);
    static final String VICHY_COMMUNAUTE = "200071363";
    static final String BRESSE_ET_SAONE = "200071371";
    static final TerritoryCommune VICHY = new TerritoryCommune("03310", "Vichy", "03");
    static final TerritoryCommune REPLONGES = new TerritoryCommune("01320", "Replonges", "01");
    static final TerritoryCommune FEILLENS = new TerritoryCommune("01159", "Feillens", "01");
    static final String BUGEY_SUD = "200040350";
    static final String DOMBES_SAONE_VALLEE = "200042497";

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    FundingFixtures fixtures;
    HttpTestClient agent;
    HttpTestClient approver;

    @BeforeEach
    void fixtures() {
        fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        agent = fixtures.as("ars-ara", Roles.ARS_AGENT);
        approver = fixtures.as("ars-ara", Roles.ARS_APPROVER);
    }

    @Test
    void refusesAClsOnAnEpciWhoseCommuneAlreadyHasAFundedClsmNamingTheCommuneAndTheContract() {
        grantedTo(contract("CLSM", "CLSM de Vichy", "COMMUNE", List.of(VICHY.code()), List.of(VICHY)));
        UUID cls = contract("CLS", "CLS de Vichy Communauté", "EPCI", List.of(VICHY_COMMUNAUTE), members(VICHY_COMMUNAUTE));

        HttpTestClient.Response refused = agent.post("/api/v1/funding/requests", ara(cls));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("violations").findValuesAsString("rule")).contains("no-cls-and-clsm-on-same-territory");
        assertThat(refused.body()).contains("CLSM de Vichy").contains("03310 Vichy");
        assertThat(agent.get("/api/v1/funding/contracts/" + cls + "/requests").json()).as("nothing was filed").isEmpty();
    }

    @Test
    void theSimulationOfAClsmOnCommunesOfAFundedClsSaysWhichCommunesOverlap() {
        grantedTo(contract("CLS", "CLS de Bresse et Saône", "EPCI", List.of(BRESSE_ET_SAONE), members(BRESSE_ET_SAONE)));
        UUID clsm = contract("CLSM", "CLSM de Replonges et Feillens", "COMMUNE", List.of(REPLONGES.code(), FEILLENS.code()),
                List.of(FEILLENS, REPLONGES));

        JsonNode ara = agent.post("/api/v1/funding/simulations", Map.of("contractId", clsm, "amountsByYear",
                Map.of(YEAR, 10_000), "ownShareByYear", Map.of(YEAR, 10_000))).json().get(0);

        assertThat(ara.get("eligible").asBoolean()).isFalse();
        JsonNode exclusivity = rule(ara, "no-cls-and-clsm-on-same-territory");
        assertThat(exclusivity.get("passed").asBoolean()).isFalse();
        assertThat(exclusivity.get("explanationEn").asString()).contains("\"CLS de Bresse et Saône\"")
                .contains("2 communes: 01159 Feillens, 01320 Replonges");
        assertThat(exclusivity.get("explanationFr").asString()).contains("2 communes : 01159 Feillens, 01320 Replonges");
    }

    @Test
    void aClsmOnAnotherEpciSharingNoCommuneWithAFundedClsPassesTheExclusivityRule() {
        grantedTo(contract("CLS", "CLS du Bugey Sud", "EPCI", List.of(BUGEY_SUD), members(BUGEY_SUD)));
        UUID clsm = contract("CLSM", "CLSM de Dombes Saône Vallée", "EPCI", List.of(DOMBES_SAONE_VALLEE),
                members(DOMBES_SAONE_VALLEE));

        JsonNode ara = agent.post("/api/v1/funding/simulations", Map.of("contractId", clsm, "amountsByYear",
                Map.of(YEAR, 10_000), "ownShareByYear", Map.of(YEAR, 10_000))).json().get(0);

        assertThat(rule(ara, "no-cls-and-clsm-on-same-territory").get("passed").asBoolean()).isTrue();
    }

    @Test
    void theFundingListsFindAContractByACommuneItsEpciCovers() {
        UUID cls = contract("CLS", "CLS de Vichy Communauté " + System.nanoTime(), "EPCI", List.of(VICHY_COMMUNAUTE),
                members(VICHY_COMMUNAUTE));

        JsonNode byCommune = agent.get("/api/v1/funding/conventions?contractId=" + cls + "&territory=" + VICHY.code()).json();
        JsonNode byEpci = agent.get("/api/v1/funding/conventions?contractId=" + cls + "&territory=" + VICHY_COMMUNAUTE).json();
        JsonNode elsewhere = agent.get("/api/v1/funding/conventions?contractId=" + cls + "&territory=" + REPLONGES.code()).json();

        assertThat(byCommune.get("items").findValuesAsString("contractId")).containsExactly(cls.toString());
        assertThat(byEpci.get("items").findValuesAsString("contractId")).containsExactly(cls.toString());
        assertThat(elsewhere.get("items")).as("a commune the territory does not cover").isEmpty();
    }

    private UUID contract(String kind, String title, String beneficiary, List<String> codes, List<TerritoryCommune> communes) {
        UUID id = fixtures.contractOnCommunes("ars-ara", kind, title, beneficiary, 80_000, codes, communes, START, END);
        HttpTestClient.Response convention = agent.post("/api/v1/funding/conventions", Map.of("contractId", id,
                "beneficiary", title, "validFrom", START.toString(), "validUntil", END.toString()));
        assertThat(convention.status()).as(convention.body()).isEqualTo(201);
        return id;
    }

    /** Files, instructs and grants a request of the ARS for the contract (sending each change its current ETag). */
    private void grantedTo(UUID contract) {
        HttpTestClient.Response filed = agent.post("/api/v1/funding/requests", ara(contract));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String r = "/api/v1/funding/requests/" + filed.json().get("id").asString();
        String instructed = agent.with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of()).header("ETag");
        HttpTestClient.Response granted = approver.with("If-Match", instructed).post(r + "/decision",
                Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR, 10_000)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    }

    private static Map<String, Object> ara(UUID contract) {
        return Map.of("contractId", contract, "funder", "ars-ara", "schemeCode", "cls", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(YEAR, 10_000), "ownShareByYear", Map.of(YEAR, 10_000));
    }

    /** The EPCI's member communes in the official division 6.0.0 (extracted into a test resource). */
    private List<TerritoryCommune> members(String epci) {
        try (InputStream in = new ClassPathResource("territories/epci-communes-6.0.0.json").getInputStream()) {
            List<TerritoryCommune> communes = new ArrayList<>();
            json.readTree(in).get(epci).get("communes").forEach(c -> communes.add(new TerritoryCommune(c.get("code").asString(),
                    c.get("name").asString(), c.get("departement").asString())));
            return communes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode rule(JsonNode evaluation, String code) {
        for (JsonNode rule : evaluation.get("rules")) {
            if (rule.get("code").asString().equals(code)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + code + " in " + evaluation);
    }
}
