package fr.cls.funding.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;

/**
 * The lists of funding requests and of conventions narrowed by the filters people use and sorted on a whitelist;
 * every contract title carries a word unique to the test so that other tests' rows stay out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class FundingListFiltersIntegrationTest extends EventApiTestSupport {

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    static final LocalDate START = LocalDate.of(YEAR, 1, 1);
    static final String OWNER = "ars-pays-de-la-loire";

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    FundingFixtures fixtures;
    String tag;
    UUID craon;
    UUID ernee;

    @BeforeEach
    void contracts() {
        fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        tag = "zq" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        craon = fixtures.contract(OWNER, "CLS", "CLS du Pays de Craon " + tag, "EPCI", 28_594, List.of("53"),
                List.of("200048551"), START, START.plusYears(5).minusDays(1), List.of("cd-53"), List.of("coordinator." + tag));
        ernee = fixtures.contract(OWNER, "CLSM", "Santé mentale de l'Ernée " + tag, "EPCI", 20_000, List.of("53"),
                List.of("245300355"), START, START.plusYears(5).minusDays(1), List.of("cd-53"));
    }

    @Test
    void filtersRequestsByStatusFunderYearContractAndWhatTheContractIs() {
        HttpTestClient owner = fixtures.as(OWNER, Roles.ARS_AGENT);
        String onCraon = filed(owner, craon, YEAR);
        String onErnee = filed(owner, ernee, YEAR + 1);

        assertThat(requests(owner, "q=" + tag)).containsExactlyInAnyOrder(onCraon, onErnee);
        assertThat(requests(fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT), "q=" + tag)).as("the funder's too")
                .containsExactlyInAnyOrder(onCraon, onErnee);
        assertThat(requests(owner, "q=SANTE%20MENTALE%20DE%20L%27ERNEE%20" + tag)).containsExactly(onErnee);
        assertThat(requests(owner, "contractKind=CLSM&q=" + tag)).containsExactly(onErnee);
        assertThat(requests(owner, "territory=200048551&q=" + tag)).containsExactly(onCraon);
        assertThat(requests(owner, "coordinator=coordinator." + tag)).containsExactly(onCraon);
        assertThat(requests(owner, "year=" + (YEAR + 1) + "&q=" + tag)).containsExactly(onErnee);
        assertThat(requests(owner, "contractId=" + craon)).containsExactly(onCraon);
        assertThat(requests(owner, "status=SUBMITTED&funder=cd-53&q=" + tag)).containsExactlyInAnyOrder(onCraon, onErnee);
        assertThat(requests(owner, "status=GRANTED&q=" + tag)).isEmpty();
        assertThat(requests(owner, "funder=ars-ara&q=" + tag)).isEmpty();
        assertThat(requests(owner, "sort=createdAt,asc&q=" + tag)).containsExactly(onCraon, onErnee);
        assertThat(requests(owner, "sort=createdAt,desc&q=" + tag)).containsExactly(onErnee, onCraon);
        assertThat(requests(fixtures.as("ars-bretagne", Roles.ARS_AGENT), "q=" + tag)).as("another tenant's stay out").isEmpty();
    }

    @Test
    void filtersConventionsByKindValidityAndContract() {
        HttpTestClient funder = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT);
        String current = framework(funder, craon, START, START.plusYears(3).minusDays(1));
        String expired = framework(funder, ernee, START.minusYears(3), START.minusDays(1));

        assertThat(conventions(funder, "q=" + tag)).containsExactlyInAnyOrder(current, expired);
        assertThat(conventions(fixtures.as(OWNER, Roles.ARS_AGENT), "q=" + tag)).as("the owner's too")
                .containsExactlyInAnyOrder(current, expired);
        assertThat(conventions(funder, "kind=FRAMEWORK&status=SIGNED&funder=cd-53&q=" + tag))
                .containsExactlyInAnyOrder(current, expired);
        assertThat(conventions(funder, "kind=FINANCIAL&q=" + tag)).isEmpty();
        assertThat(conventions(funder, "endingBefore=" + START + "&q=" + tag)).containsExactly(expired);
        assertThat(conventions(funder, "year=" + (YEAR + 2) + "&q=" + tag)).containsExactly(current);
        assertThat(conventions(funder, "territory=245300355&q=" + tag)).containsExactly(expired);
        assertThat(conventions(funder, "contractId=" + craon)).containsExactly(current);
        assertThat(conventions(funder, "sort=validFrom,asc&q=" + tag)).containsExactly(expired, current);
        assertThat(conventions(funder, "sort=validUntil,desc&q=" + tag)).containsExactly(current, expired);
    }

    @Test
    void refusesAnUnknownSortFieldOrAFilterValueOutOfItsFormNamingTheParameter() {
        HttpTestClient owner = fixtures.as(OWNER, Roles.ARS_AGENT);
        Map<String, String> refused = Map.of("/requests?sort=amount,asc", "sort", "/conventions?sort=beneficiary,desc", "sort",
                "/requests?territory=Craon", "territory", "/conventions?contractKind=CLSX", "contractKind",
                "/requests?year=12", "year", "/conventions?q=x", "q");
        refused.forEach((query, parameter) -> {
            HttpTestClient.Response answer = owner.get("/api/v1/funding" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("errors").findValuesAsString("field")).as(query).containsExactly(parameter);
        });
        for (String query : List.of("/requests?status=PAID", "/conventions?endingBefore=2025-13-01", "/conventions?kind=LOAN")) {
            HttpTestClient.Response answer = owner.get("/api/v1/funding" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).as(query).contains(query.substring(query.indexOf('?') + 1, query.indexOf('=')));
        }
    }

    private String filed(HttpTestClient owner, UUID contract, int year) {
        HttpTestClient.Response filed = owner.post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", "cd-53",
                "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST", "amountsByYear", Map.of(year, 10_000)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private static String framework(HttpTestClient funder, UUID contract, LocalDate from, LocalDate until) {
        HttpTestClient.Response recorded = funder.post("/api/v1/funding/conventions", Map.of("contractId", contract,
                "beneficiary", "Communauté de communes", "validFrom", from.toString(), "validUntil", until.toString(),
                "signedOn", from.toString()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    private static List<String> requests(HttpTestClient client, String query) {
        return ids(client, "/api/v1/funding/requests?size=200&" + query);
    }

    private static List<String> conventions(HttpTestClient client, String query) {
        return ids(client, "/api/v1/funding/conventions?size=200&" + query);
    }

    private static List<String> ids(HttpTestClient client, String path) {
        HttpTestClient.Response answer = client.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items").findValuesAsString("id");
    }
}
