package fr.cls.contract.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * Territories compared on the communes they cover, on the official division (6.0.0) and on a second, test edition
 * where Montjean (53158) moved from CA Laval Agglomération to CC du Pays de Craon.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TerritoryOverlapsIntegrationTest extends ApiTestSupport {

    static final String SAINT_BRIEUC_AGGLO = "200069409";
    static final String LAMBALLE_TERRE_ET_MER = "200069391";
    static final String SAINT_BRIEUC = "22278";
    static final String LAVAL_AGGLO = "200083392";
    static final String PAYS_DE_CRAON = "200048551";
    static final String MONTJEAN = "53158";
    static final String MOVED_EDITION = "test-edition-moved-montjean";

    @Autowired
    TerritoryLoader loader;

    /** A new contract of the tenant with its territory defined (sent with the contract's current ETag). */
    String contract(HttpTestClient agent, String kind, String title, Map<String, Object> territory) {
        String id = agent.post("/api/v1/contracts", Map.of("kind", kind, "title", title)).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        HttpTestClient.Response defined = agent.with("If-Match", agent.get(c).header("ETag")).post(c + "/territory", territory);
        assertThat(defined.status()).as(defined.body()).isEqualTo(200);
        return id;
    }

    JsonNode overlaps(HttpTestClient agent, String id) {
        HttpTestClient.Response found = agent.get("/api/v1/contracts/" + id + "/territory/overlaps");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }

    @Test
    void aCommuneAndTheEpciContainingItOverlapOnThatCommuneNamedByCodeAndName() {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);
        String clsm = contract(bretagne, "CLSM", "CLSM de Saint-Brieuc", Map.of("communes", List.of(SAINT_BRIEUC)));
        String cls = contract(bretagne, "CLS", "CLS de Saint-Brieuc Armor", Map.of("epci", List.of(SAINT_BRIEUC_AGGLO)));

        JsonNode fromCls = overlaps(bretagne, cls);
        JsonNode fromClsm = overlaps(bretagne, clsm);

        assertThat(fromCls.findValuesAsString("contractId")).contains(clsm);
        JsonNode withClsm = stream(fromCls).filter(o -> o.get("contractId").asString().equals(clsm)).findFirst().orElseThrow();
        assertThat(withClsm.get("communeCount").asInt()).isEqualTo(1);
        assertThat(withClsm.at("/communes/0/code").asString()).isEqualTo(SAINT_BRIEUC);
        assertThat(withClsm.at("/communes/0/name").asString()).isEqualTo("Saint-Brieuc");
        assertThat(fromClsm.findValuesAsString("contractId")).contains(cls);
    }

    @Test
    void twoEpciSharingNoCommuneDoNotOverlap() {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);
        String lamballe = contract(bretagne, "CLS", "CLS de Lamballe", Map.of("epci", List.of(LAMBALLE_TERRE_ET_MER)));
        String saintBrieuc = contract(bretagne, "CLS", "CLS de l'agglomération briochine", Map.of("epci", List.of(SAINT_BRIEUC_AGGLO)));

        assertThat(overlaps(bretagne, lamballe).findValuesAsString("contractId")).doesNotContain(saintBrieuc);
        assertThat(overlaps(bretagne, saintBrieuc).findValuesAsString("contractId")).doesNotContain(lamballe);
    }

    @Test
    void aGroupOfEpciOverlapsOneOfItsMembersOnAllItsCommunesNamingTenAndCountingThemAll() {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);
        String group = contract(bretagne, "CLS", "CLS du pays de Saint-Brieuc",
                Map.of("epci", List.of(SAINT_BRIEUC_AGGLO, LAMBALLE_TERRE_ET_MER)));
        String member = contract(bretagne, "CLSM", "CLSM de Lamballe", Map.of("epci", List.of(LAMBALLE_TERRE_ET_MER)));

        JsonNode withMember = stream(overlaps(bretagne, group)).filter(o -> o.get("contractId").asString().equals(member))
                .findFirst().orElseThrow();

        assertThat(withMember.get("communeCount").asInt()).isEqualTo(38);
        assertThat(withMember.get("communes").size()).isEqualTo(10);
        assertThat(withMember.get("communes").findValuesAsString("code")).allMatch(code -> code.startsWith("22"))
                .isSorted().doesNotContain(SAINT_BRIEUC);
    }

    @Test
    void anotherTenantsContractIsNeitherListedNorReachable() {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);
        String mine = contract(bretagne, "CLS", "CLS briochin", Map.of("epci", List.of(SAINT_BRIEUC_AGGLO)));

        assertThat(as("ars-paca", Roles.ARS_AGENT).get("/api/v1/contracts/" + mine + "/territory/overlaps").status())
                .isEqualTo(404);
    }

    @Test
    void aTerritorySaysTheEditionItWasResolvedAgainstAndAnUnknownEditionIsRefusedNamingIt() {
        HttpTestClient loire = as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        String id = contract(loire, "CLS", "CLS de Laval", Map.of("epci", List.of(LAVAL_AGGLO)));
        String c = "/api/v1/contracts/" + id;
        assertThat(loire.get(c).json().get("territoryEdition").asString()).isEqualTo(TerritoryLoader.DATASET);

        HttpTestClient.Response unknown = loire.with("If-Match", loire.get(c).header("ETag")).post(c + "/territory",
                Map.of("epci", List.of(LAVAL_AGGLO), "edition", "decoupage-administratif-1.0.0"));

        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().at("/violations/0/rule").asString()).isEqualTo("known-edition");
        assertThat(unknown.body()).contains("decoupage-administratif-1.0.0");
        assertThat(loire.get(c).json().get("territoryEdition").asString()).isEqualTo(TerritoryLoader.DATASET);
    }

    @Test
    void aCommuneMovedToAnotherEpciInANewerEditionOverlapsTheEpciOfTheEditionEachTerritoryWasResolvedAgainst() {
        loader.load(MOVED_EDITION);
        assertThat(loader.load(MOVED_EDITION)).as("an edition is loaded once").isFalse();
        HttpTestClient loire = as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        String montjean = contract(loire, "CLSM", "CLSM de Montjean", Map.of("communes", List.of(MONTJEAN)));
        String lavalBefore = contract(loire, "CLS", "CLS de Laval (6.0.0)", Map.of("epci", List.of(LAVAL_AGGLO)));
        String lavalAfter = contract(loire, "CLS", "CLS de Laval (moved)",
                Map.of("epci", List.of(LAVAL_AGGLO), "edition", MOVED_EDITION));
        String craonAfter = contract(loire, "CLS", "CLS du Pays de Craon (moved)",
                Map.of("epci", List.of(PAYS_DE_CRAON), "edition", MOVED_EDITION));

        List<String> overlapping = overlaps(loire, montjean).findValuesAsString("contractId");

        assertThat(overlapping).contains(lavalBefore, craonAfter).doesNotContain(lavalAfter);
        assertThat(loire.get("/api/v1/contracts/" + craonAfter).json().get("territoryEdition").asString())
                .isEqualTo(MOVED_EDITION);
        assertThat(overlaps(loire, lavalBefore).findValuesAsString("contractId")).contains(lavalAfter);
        JsonNode lavalEditions = stream(overlaps(loire, lavalBefore))
                .filter(o -> o.get("contractId").asString().equals(lavalAfter)).findFirst().orElseThrow();
        assertThat(lavalEditions.get("communeCount").asInt()).as("Laval Agglomération less Montjean").isEqualTo(33);
    }

    @Test
    void aCommuneListedWithTheEpciContainingItInTheChosenEditionIsRefusedNamingTheCommune() {
        loader.load(MOVED_EDITION);
        HttpTestClient loire = as("ars-pays-de-la-loire", Roles.ARS_AGENT);

        HttpTestClient.Response inCraon = loire.post("/api/v1/territories/compute",
                Map.of("communes", List.of(MONTJEAN), "epci", List.of(PAYS_DE_CRAON), "edition", MOVED_EDITION));
        HttpTestClient.Response inLaval = loire.post("/api/v1/territories/compute",
                Map.of("communes", List.of(MONTJEAN), "epci", List.of(PAYS_DE_CRAON)));

        assertThat(inCraon.status()).isEqualTo(409);
        assertThat(inCraon.json().at("/violations/0/rule").asString()).isEqualTo("no-overlap");
        assertThat(inCraon.json().at("/violations/0/message").asString()).contains(MONTJEAN).contains("Montjean")
                .contains(PAYS_DE_CRAON);
        assertThat(inLaval.status()).as("Montjean is in Laval Agglomération in 6.0.0").isEqualTo(200);
        assertThat(inLaval.json().get("communes").size()).isEqualTo(38);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
