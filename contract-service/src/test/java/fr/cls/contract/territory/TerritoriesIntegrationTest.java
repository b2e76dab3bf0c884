package fr.cls.contract.territory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.ConsumerFactory;
import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.TerritoryCommune;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.json.JsonMapper;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** Against the official figures of @etalab/decoupage-administratif 6.0.0 (checked with the data before writing). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TerritoriesIntegrationTest extends ApiTestSupport {

    static final String SAINT_BRIEUC_AGGLO = "200069409";
    /** CC du Pays Sabolien: Sarthe and Mayenne, région Pays de la Loire (52). */
    static final String PAYS_SABOLIEN = "247200090";
    /** CC Ventoux Sud: communes in Vaucluse (PACA, 93) and in the Drôme (Auvergne-Rhône-Alpes, 84). */
    static final String VENTOUX_SUD = "200035723";
    static final String MARSEILLE = "13055";

    @Autowired
    Territories territories;

    @Autowired
    TerritoryLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    EventCodec codec;

    @Autowired
    JsonMapper json;

    @Test
    void aPageSizeOrSearchOutOfBoundsIsRefused400NamingTheParameter() {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);

        HttpTestClient.Response tooLarge = agent.get("/api/v1/territories/communes?size=500");
        HttpTestClient.Response negative = agent.get("/api/v1/contracts?page=-1");
        HttpTestClient.Response longDepartement = agent.get("/api/v1/territories/epci?departement=13055");

        for (HttpTestClient.Response refused : List.of(tooLarge, negative, longDepartement)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        assertThat(tooLarge.json().get("errors").findValuesAsString("field")).containsExactly("size");
        assertThat(negative.json().get("errors").findValuesAsString("field")).containsExactly("page");
        assertThat(longDepartement.json().get("errors").findValuesAsString("field")).containsExactly("departement");
    }

    @Test
    void bretagneHas61EpciTotalling3513601InhabitantsOfWhich40UnderFiftyThousand() {
        List<Territories.Place> bretagne = territories.searchEpci(null, null, PageRequest.of(0, 2000)).getContent().stream()
                .filter(e -> e.regions().contains("53")).toList();

        assertThat(bretagne).hasSize(61);
        assertThat(bretagne.stream().mapToLong(Territories.Place::population).sum()).isEqualTo(3_513_601L);
        assertThat(bretagne.stream().filter(e -> e.population() < 50_000)).hasSize(40);
    }

    @Test
    void mayenneHasTenEpciOneOfWhichSpansTheSartheAnd89EpciSpanSeveralDepartements() {
        List<Territories.Place> mayenne = territories.searchEpci(null, "53", PageRequest.of(0, 100)).getContent();

        assertThat(mayenne).hasSize(10);
        assertThat(mayenne).filteredOn(e -> e.departements().size() > 1).extracting(Territories.Place::name)
                .containsExactly("CC du Pays Sabolien");
        assertThat(mayenne).filteredOn(e -> e.name().equals("CC du Pays Sabolien")).first()
                .extracting(Territories.Place::departements).asList().containsExactly("53", "72");
        assertThat(territories.searchEpci(null, null, PageRequest.of(0, 2000)).getContent())
                .filteredOn(e -> e.departements().size() > 1).hasSize(89);
    }

    @Test
    void computingTwoEpciSumsTheirPopulationsAndListsTheirDepartements() {
        String sabolien = territories.searchEpci("pays sabolien", null, PageRequest.of(0, 1)).getContent().get(0).code();

        Territories.Territory territory = territories.compute(new Territories.TerritoryRequest(List.of(),
                List.of(SAINT_BRIEUC_AGGLO, sabolien)));

        long sabolienPopulation = territories.epci(sabolien).epci().population();
        assertThat(territory.population()).isEqualTo(154_023 + sabolienPopulation);
        assertThat(territory.departements()).containsExactly("22", "53", "72");
        assertThat(territory.regions()).containsExactly("52", "53");
    }

    @Test
    void aCommuneInsideAListedEpciOrAnUnknownCodeIsRefusedNamingIt() {
        String saintBrieuc = territories.searchCommunes("saint brieuc", "22", PageRequest.of(0, 1)).getContent().get(0).code();

        HttpTestClient.Response overlapping = as("ars-bretagne", Roles.ARS_AGENT).post("/api/v1/territories/compute",
                Map.of("communes", List.of(saintBrieuc, "99999"), "epci", List.of(SAINT_BRIEUC_AGGLO)));

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().get("violations").findValuesAsString("rule")).contains("no-overlap", "known-codes");
        assertThat(overlapping.body()).contains(saintBrieuc).contains("99999");
    }

    @Test
    void saintBrieucAggloHas154023InhabitantsAndIsFoundWhateverTheAccentsOrCase() {
        JsonNode found = as("ars-bretagne", Roles.ARS_AGENT).get("/api/v1/territories/epci?q=SAINT-BRIEUC").json();
        assertThat(found.get("items").get(0).get("code").asString()).isEqualTo(SAINT_BRIEUC_AGGLO);
        assertThat(found.get("items").get(0).get("population").asLong()).isEqualTo(154_023);
        assertThat(as("ars-bretagne", Roles.ARS_AGENT).get("/api/v1/territories/communes?q=saint%20brieuc").json()
                .get("items").findValuesAsString("name")).contains("Saint-Brieuc");
        assertThat(as("ars-bretagne", Roles.ARS_AGENT).get("/api/v1/territories/epci/" + SAINT_BRIEUC_AGGLO).json()
                .get("members").size()).isGreaterThan(10);
    }

    @Test
    void loadingTheDatasetAgainAddsNothing() {
        int communes = jdbc.queryForObject("select count(*) from commune", Integer.class);

        assertThat(loader.load()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from commune", Integer.class)).isEqualTo(communes).isEqualTo(34_969);
    }

    @Test
    void anArsContractLiesInItsOwnRegionAndTakesTheTerritorysPopulation() {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);
        String id = bretagne.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Saint-Brieuc")).json().get("id").asString();

        HttpTestClient.Response defined = bretagne.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/territory", Map.of("epci", List.of(SAINT_BRIEUC_AGGLO)));
        assertThat(defined.json().get("territoryPopulation").asLong()).isEqualTo(154_023);

        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        String marseille = paca.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS hors région")).json().get("id").asString();
        HttpTestClient.Response outside = paca.ifMatch("/api/v1/contracts/" + marseille).post("/api/v1/contracts/" + marseille + "/territory", Map.of("epci", List.of(SAINT_BRIEUC_AGGLO)));
        assertThat(outside.status()).isEqualTo(409);
        assertThat(outside.json().get("violations").get(0).get("rule").asString()).isEqualTo("territory-in-owner-region");
        assertThat(paca.get("/api/v1/contracts/" + marseille).json().get("territoryPopulation").isNull()).isTrue();
    }

    @Test
    void refusesATerritoryReachingIntoAnotherRegionNamingEachMemberOutsideAndChangingNothing() {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);
        String id = bretagne.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS Armor et Sarthe")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        String etag = bretagne.get(c).header("ETag");

        HttpTestClient.Response mixed = bretagne.ifMatch(c).post(c + "/territory",
                Map.of("epci", List.of(SAINT_BRIEUC_AGGLO, PAYS_SABOLIEN), "communes", List.of(MARSEILLE)));

        assertThat(mixed.status()).isEqualTo(409);
        assertThat(mixed.contentType()).contains("application/problem+json");
        assertThat(mixed.json().get("violations").findValuesAsString("rule"))
                .containsExactly("territory-in-owner-region", "territory-in-owner-region");
        assertThat(mixed.json().get("violations").findValuesAsString("message"))
                .anySatisfy(m -> assertThat(m).contains("EPCI " + PAYS_SABOLIEN).contains("[52]"))
                .anySatisfy(m -> assertThat(m).contains("commune " + MARSEILLE).contains("[93]"))
                .noneSatisfy(m -> assertThat(m).contains(SAINT_BRIEUC_AGGLO));
        JsonNode unchanged = bretagne.get(c).json();
        assertThat(unchanged.get("territoryPopulation").isNull()).isTrue();
        assertThat(bretagne.get(c).header("ETag")).isEqualTo(etag);
    }

    @Test
    void refusesAnEpciStraddlingTheOwnersRegionAndAnotherOne() {
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        String id = paca.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS du Ventoux")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;

        HttpTestClient.Response straddling = paca.ifMatch(c).post(c + "/territory",
                Map.of("epci", List.of(VENTOUX_SUD), "communes", List.of(MARSEILLE)));

        assertThat(straddling.status()).isEqualTo(409);
        assertThat(straddling.json().get("violations").size()).isEqualTo(1);
        assertThat(straddling.json().at("/violations/0/rule").asString()).isEqualTo("territory-in-owner-region");
        assertThat(straddling.json().at("/violations/0/message").asString()).contains(VENTOUX_SUD).contains("[84, 93]");
        assertThat(paca.get(c).json().get("territoryPopulation").isNull()).isTrue();

        assertThat(paca.ifMatch(c).post(c + "/territory", Map.of("communes", List.of(MARSEILLE))).status())
                .as("Marseille alone lies in PACA").isEqualTo(200);
    }

    @Test
    void aContractsProfileTellsFundersItsTerritoryItsBeneficiaryAndItsParties() {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);
        String id = bretagne.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Saint-Brieuc Armor")).json().get("id").asString();
        bretagne.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/territory", Map.of("epci", List.of(SAINT_BRIEUC_AGGLO)));
        bretagne.post("/api/v1/contracts/" + id + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));

        try (TopicReader contracts = new TopicReader(consumers, ContractEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> profiles = contracts.awaitMatching(r -> r.key().equals(id)
                    && r.value().contains(ContractProfileV1.TYPE) && r.value().contains("cd-53"));
            EventEnvelope last = codec.decode(profiles.get(profiles.size() - 1).value());
            assertThat(last.tenantid()).isEqualTo("ars-bretagne");
            ContractProfileV1 profile = json.treeToValue(last.data(), ContractProfileV1.class);
            assertThat(profile.beneficiaryKind()).isEqualTo("EPCI");
            assertThat(profile.population()).isEqualTo(154_023L);
            assertThat(profile.departements()).containsExactly("22");
            assertThat(profile.territoryCodes()).containsExactly(SAINT_BRIEUC_AGGLO);
            assertThat(profile.territoryEdition()).isEqualTo(TerritoryLoader.DATASET);
            assertThat(profile.communes()).hasSize(32).contains(new TerritoryCommune("22278", "Saint-Brieuc", "22"));
            assertThat(profile.partyTenants()).containsExactly("cd-53");
        }
    }
}
