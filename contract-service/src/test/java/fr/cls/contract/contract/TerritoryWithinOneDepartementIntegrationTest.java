package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** ARS Occitanie's rule (référentiel 2018, as data in tenant_contract_rule): an infra-departmental territory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TerritoryWithinOneDepartementIntegrationTest extends ApiTestSupport {

    static final String TOULOUSE = "31555";
    static final String MONTPELLIER = "34172";
    static final String BLAGNAC = "31069";
    /** CC Tarn-Agout: 1 commune in Haute-Garonne (31), 20 in the Tarn (81). */
    static final String TARN_AGOUT = "200034023";
    /** CC du Pays Sabolien: Mayenne (53) and Sarthe (72), région Pays de la Loire. */
    static final String PAYS_SABOLIEN = "247200090";

    String initiate(HttpTestClient agent, String title) {
        return "/api/v1/contracts/" + agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", title)).json().get("id").asString();
    }

    HttpTestClient.Response defineTerritory(HttpTestClient agent, String contract, Map<String, Object> territory) {
        return agent.with("If-Match", agent.get(contract).header("ETag")).post(contract + "/territory", territory);
    }

    @Test
    void refusesAnOccitanieTerritoryAcrossTwoDepartementsNamingTheRuleAndTheDepartementsAndChangingNothing() {
        HttpTestClient occitanie = as("ars-occitanie", Roles.ARS_AGENT);
        String c = initiate(occitanie, "CLS Toulouse-Montpellier");
        String etag = occitanie.get(c).header("ETag");

        HttpTestClient.Response refused = defineTerritory(occitanie, c, Map.of("communes", List.of(TOULOUSE, MONTPELLIER)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("violations").findValuesAsString("rule")).containsExactly("territory-within-one-departement");
        assertThat(refused.json().at("/violations/0/message").asString()).contains("2 départements").contains("31 (").contains("34 (")
                .contains("31555 Toulouse").contains("34172 Montpellier");
        JsonNode unchanged = occitanie.get(c).json();
        assertThat(unchanged.get("territory").isNull()).isTrue();
        assertThat(occitanie.get(c).header("ETag")).isEqualTo(etag);
    }

    @Test
    void refusesAnOccitanieEpciStraddlingTwoDepartementsCountingItsCommunesInEach() {
        HttpTestClient occitanie = as("ars-occitanie", Roles.ARS_AGENT);
        String c = initiate(occitanie, "CLS Tarn-Agout");

        HttpTestClient.Response refused = defineTerritory(occitanie, c, Map.of("epci", List.of(TARN_AGOUT)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/violations/0/rule").asString()).isEqualTo("territory-within-one-departement");
        assertThat(refused.json().at("/violations/0/message").asString()).contains("31 (1 commune: ")
                .contains("81 (20 communes: ").contains("and 10 more");
    }

    @Test
    void acceptsAnOccitanieTerritoryWhoseCommunesAllLieInOneDepartement() {
        HttpTestClient occitanie = as("ars-occitanie", Roles.ARS_AGENT);
        String c = initiate(occitanie, "CLS Toulouse-Blagnac");

        HttpTestClient.Response defined = defineTerritory(occitanie, c, Map.of("communes", List.of(TOULOUSE, BLAGNAC)));

        assertThat(defined.status()).as(defined.body()).isEqualTo(200);
        assertThat(defined.json().get("territory").asString()).contains(TOULOUSE).contains(BLAGNAC);
    }

    @Test
    void aTenantWithoutTheRuleKeepsATerritoryAcrossTwoDepartements() {
        HttpTestClient loire = as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        String c = initiate(loire, "CLS du Pays Sabolien");

        HttpTestClient.Response defined = defineTerritory(loire, c, Map.of("epci", List.of(PAYS_SABOLIEN)));

        assertThat(defined.status()).as(defined.body()).isEqualTo(200);
    }
}
