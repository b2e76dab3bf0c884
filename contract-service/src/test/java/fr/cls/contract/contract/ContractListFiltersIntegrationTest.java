package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * The list of contracts and its CSV export narrowed by the filters people use, sorted on a whitelist of fields; every
 * title carries a word unique to the test so that other tests' contracts stay out of the counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ContractListFiltersIntegrationTest extends ApiTestSupport {

    static final String OWNER = "ars-pays-de-la-loire";

    @Test
    void filtersByKindStatusAccentInsensitiveTitleAndTerritoryWithTheCommunesOfItsEpci() {
        String tag = unique();
        HttpTestClient agent = as(OWNER, Roles.ARS_AGENT);
        String craon = initiate(agent, "CLS", "Contrat local de santé du Pays de Craon " + tag);
        String laval = initiate(agent, "CLSM", "Santé mentale à Laval " + tag);
        String protocole = initiate(agent, "PROTOCOLE_ACCORD", "Protocole d'accord de Château-Gontier " + tag);
        action(agent, craon, "/territory", Map.of("communes", List.of("53084")));
        action(agent, laval, "/territory", Map.of("epci", List.of("200083392")));
        action(agent, protocole, "/framing", Map.of());

        assertThat(ids(agent, "q=" + tag)).containsExactlyInAnyOrder(craon, laval, protocole);
        assertThat(ids(agent, "q=SANTE%20MENTALE%20A%20LAVAL%20" + tag.toUpperCase())).containsExactly(laval);
        assertThat(ids(agent, "q=chateau-gontier%20" + tag)).containsExactly(protocole);
        assertThat(ids(agent, "kind=CLSM&q=" + tag)).containsExactly(laval);
        assertThat(ids(agent, "status=FRAMING&q=" + tag)).containsExactly(protocole);
        assertThat(ids(agent, "commune=53084&q=" + tag)).as("named in the territory").containsExactly(craon);
        assertThat(ids(agent, "commune=53130&q=" + tag)).as("Laval, member of the EPCI named").containsExactly(laval);
        assertThat(ids(agent, "epci=200083392&q=" + tag)).containsExactly(laval);
        assertThat(ids(agent, "commune=75056&q=" + tag)).isEmpty();

        assertThat(ids(agent, "sort=title,asc&q=" + tag)).containsExactly(craon, protocole, laval);
        assertThat(ids(agent, "sort=title,desc&q=" + tag)).containsExactly(laval, protocole, craon);
        JsonNode page = agent.get("/api/v1/contracts?size=2&sort=title,asc&q=" + tag).json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsString("id")).containsExactly(craon, protocole);

        assertThat(ids(as("ars-bretagne", Roles.ARS_AGENT), "q=" + tag)).as("another tenant's contracts stay out").isEmpty();
    }

    @Test
    void filtersByYearInForceEndDateAndCoordinator() {
        String tag = unique();
        HttpTestClient approver = as(OWNER, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String early = imported(approver, "CLS de Mayenne " + tag, "2015-01-01", "2019-12-31");
        String late = imported(approver, "CLS d'Évron " + tag, "2021-01-01", "2025-12-31");
        action(approver, late, "/coordinator", Map.of("subject", "coordinator." + tag));

        assertThat(ids(approver, "year=2018&q=" + tag)).containsExactly(early);
        assertThat(ids(approver, "year=2020&q=" + tag)).isEmpty();
        assertThat(ids(approver, "year=2025&q=" + tag)).containsExactly(late);
        assertThat(ids(approver, "endingBefore=2025-12-31&q=" + tag)).as("strictly before").containsExactly(early);
        assertThat(ids(approver, "endingBefore=2026-01-01&sort=endDate,desc&q=" + tag)).containsExactly(late, early);
        assertThat(ids(approver, "coordinator=coordinator." + tag)).containsExactly(late);
        assertThat(ids(approver, "q=evron%20" + tag)).containsExactly(late);
    }

    @Test
    void refusesAnUnknownSortFieldOrAFilterValueOutOfItsFormNamingTheParameter() {
        HttpTestClient agent = as(OWNER, Roles.ARS_AGENT);
        Map<String, String> refused = Map.of("sort=password,asc", "sort", "sort=title,sideways", "sort", "commune=LAVAL", "commune",
                "epci=123", "epci", "year=99999", "year", "q=x", "q");
        refused.forEach((query, parameter) -> {
            HttpTestClient.Response answer = agent.get("/api/v1/contracts?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("errors").findValuesAsString("field")).as(query).containsExactly(parameter);
        });
        for (String query : List.of("status=SIGNED", "kind=CLSX", "endingBefore=2025-02-30", "year=twenty")) {
            HttpTestClient.Response answer = agent.get("/api/v1/contracts?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void theCsvExportTakesTheSameFiltersAndSort() {
        String tag = unique();
        HttpTestClient agent = as(OWNER, Roles.ARS_AGENT);
        initiate(agent, "CLS", "Bocage mayennais " + tag);
        initiate(agent, "CLSM", "Écoute et santé mentale " + tag);
        initiate(agent, "CLS", "Avaloirs " + tag);

        HttpTestClient.Response csv = agent.get("/api/v1/contracts/export?columns=title,kind&kind=CLS&sort=title,asc&q=" + tag);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).containsExactly("title,kind", "Avaloirs " + tag + ",CLS",
                "Bocage mayennais " + tag + ",CLS");
        assertThat(agent.get("/api/v1/contracts/export?columns=title&q=ECOUTE%20ET%20SANTE%20MENTALE%20" + tag).body().lines().toList())
                .containsExactly("title", "Écoute et santé mentale " + tag);
        HttpTestClient.Response badSort = agent.get("/api/v1/contracts/export?sort=secret,asc");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.contentType()).startsWith("application/problem+json");
        assertThat(badSort.body()).contains("sort");
    }

    private static List<String> ids(HttpTestClient client, String query) {
        HttpTestClient.Response answer = client.get("/api/v1/contracts?size=200&" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items").findValuesAsString("id");
    }

    private static String initiate(HttpTestClient client, String kind, String title) {
        return client.post("/api/v1/contracts", Map.of("kind", kind, "title", title)).json().get("id").asString();
    }

    private static String imported(HttpTestClient client, String title, String start, String end) {
        HttpTestClient.Response answer = client.post("/api/v1/contracts/imports", Map.of("kind", "CLS", "title", title,
                "status", "IN_FORCE", "startDate", start, "endDate", end, "signatories", List.of(
                        Map.of("organisation", "ARS Pays de la Loire", "kind", "ARS", "signedOn", "2014-12-01"),
                        Map.of("organisation", "Ville", "kind", "COLLECTIVITE", "signedOn", "2014-12-02"))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    /** A step on an existing contract, sent with its current ETag as every change must. */
    private static void action(HttpTestClient client, String id, String step, Object body) {
        String contract = "/api/v1/contracts/" + id;
        HttpTestClient.Response answer = client.with("If-Match", client.get(contract).header("ETag")).post(contract + step, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** Letters only: a word no other title contains. */
    private static String unique() {
        return "zq" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }
}
