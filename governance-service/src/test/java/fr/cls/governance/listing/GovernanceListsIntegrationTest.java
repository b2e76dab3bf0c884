package fr.cls.governance.listing;

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
import tools.jackson.databind.JsonNode;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.SameDay;
import fr.cls.platform.test.TestInfrastructure;

/**
 * The lists of bodies and meetings (issue 16): filters that add up, sorting against a whitelist, paging, a 400 naming
 * each bad parameter, and a coordinator still confined to the bodies of their contracts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SameDay.class })
class GovernanceListsIntegrationTest extends EventApiTestSupport {

    static final String TENANT = "ars-ara";
    static final String G = "/api/v1/governance";
    static final LocalDate TODAY = SameDay.TODAY;

    @Autowired
    EventCodec codec;

    @Test
    void bodiesNarrowByContractKindStatusDormancyAndNameWhateverTheAccents() throws Exception {
        HttpTestClient agent = asPerson(TENANT, "agent", Roles.ARS_AGENT);
        String token = token();
        UUID recent = contract("CLS de Lodève " + token, TODAY, List.of());
        UUID old = contract("CLS d'Aubenas " + token, TODAY.minusYears(2), List.of());
        awaitBodies(agent, recent);
        awaitBodies(agent, old);

        assertThat(kinds(agent, "?contractId=" + recent + "&kind=COTECH")).containsExactly("COTECH");
        assertThat(ids(agent, "?q=LODEVE%20" + token, "contractId")).containsOnly(recent.toString()).hasSize(3);
        assertThat(names(agent, "?q=aubenas%20" + token + "&kind=COPIL")).containsExactly("COPIL — CLS d'Aubenas " + token);
        assertThat(kinds(agent, "?contractId=" + recent + "&status=ACTIVE")).hasSize(3);
        assertThat(kinds(agent, "?contractId=" + recent + "&status=CLOSED")).isEmpty();
        assertThat(ids(agent, "?dormant=true&q=" + token, "contractId")).as("created two years ago, never met")
                .containsOnly(old.toString()).hasSize(3);
        assertThat(ids(agent, "?dormant=false&q=" + token, "contractId")).containsOnly(recent.toString()).hasSize(3);
    }

    @Test
    void bodiesSortOnAWhitelistedFieldAndPageWithoutOverlap() throws Exception {
        HttpTestClient agent = asPerson(TENANT, "agent", Roles.ARS_AGENT);
        UUID contract = contract("CLS de Privas " + token(), TODAY, List.of());
        awaitBodies(agent, contract);

        assertThat(kinds(agent, "?contractId=" + contract)).as("by kind by default").containsExactly("COPIL", "COTECH", "PROJECT_GROUP");
        assertThat(kinds(agent, "?contractId=" + contract + "&sort=kind,desc")).containsExactly("PROJECT_GROUP", "COTECH", "COPIL");
        assertThat(names(agent, "?contractId=" + contract + "&sort=name,asc"))
                .isSortedAccordingTo(String::compareTo).hasSize(3);

        JsonNode first = list(agent, G + "/bodies?contractId=" + contract + "&size=2&page=0");
        JsonNode second = list(agent, G + "/bodies?contractId=" + contract + "&size=2&page=1");
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(first.get("items").findValuesAsString("id")).as("members' ids too").doesNotContainAnyElementsOf(second.get("items").findValuesAsString("id"));
    }

    @Test
    void meetingsNarrowByBodyContractStatusDatesYearAndWordsOfPlaceOrAgenda() throws Exception {
        HttpTestClient agent = asPerson(TENANT, "agent", Roles.ARS_AGENT);
        String token = token();
        UUID contract = contract("CLS de Tournon " + token, TODAY, List.of());
        UUID other = contract("CLS d'Annonay " + token, TODAY, List.of());
        String copil = bodyOf(agent, contract, "COPIL");
        String cotech = bodyOf(agent, contract, "COTECH");
        String otherCopil = bodyOf(agent, other, "COPIL");
        String soon = schedule(agent, copil, TODAY.plusDays(10), "Mairie de Tournon " + token);
        String later = schedule(agent, cotech, TODAY.plusDays(400), "Salle " + token);
        String elsewhere = schedule(agent, otherCopil, TODAY.plusDays(20), "Annonay " + token);
        String m = G + "/meetings/" + later;
        assertThat(agent.ifMatch(m).post(m + "/agenda", Map.of("title", "Santé mentale des jeunes", "purpose", "OTHER")).status())
                .isEqualTo(200);
        String s = G + "/meetings/" + soon;
        assertThat(agent.ifMatch(s).post(s + "/cancellation", Map.of("reason", "salle indisponible")).status()).isEqualTo(200);

        String ofContract = "?contractId=" + contract;
        assertThat(meetingIds(agent, ofContract)).as("soonest first").containsExactly(soon, later);
        assertThat(meetingIds(agent, ofContract + "&sort=scheduledOn,desc")).containsExactly(later, soon);
        assertThat(meetingIds(agent, "?bodyId=" + cotech)).containsExactly(later);
        assertThat(meetingIds(agent, ofContract + "&status=CANCELLED")).containsExactly(soon);
        assertThat(meetingIds(agent, ofContract + "&from=" + TODAY.plusDays(11))).containsExactly(later);
        assertThat(meetingIds(agent, ofContract + "&to=" + TODAY.plusDays(11))).containsExactly(soon);
        assertThat(meetingIds(agent, ofContract + "&year=" + TODAY.plusDays(400).getYear())).contains(later);
        assertThat(meetingIds(agent, "?q=sante%20MENTALE&" + ofContract.substring(1))).as("a word of the agenda").containsExactly(later);
        assertThat(meetingIds(agent, "?q=tournon%20" + token)).as("a word of the place").containsExactly(soon);
        assertThat(meetingIds(agent, "?q=" + token)).containsExactlyInAnyOrder(soon, later, elsewhere);
        JsonNode page = list(agent, G + "/meetings?q=" + token + "&size=1&page=2");
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("items").valueStream().map(item -> item.get("id").asString()).toList()).containsExactly(later);
    }

    @Test
    void everyBadFilterValueAnswers400NamingItsParameter() {
        HttpTestClient agent = asPerson(TENANT, "agent", Roles.ARS_AGENT);
        Map<String, String> bodies = Map.of("sort=colour,asc", "sort", "sort=name", "sort", "kind=BOARD", "kind",
                "status=OPEN", "status", "dormant=maybe", "dormant", "q=a", "q", "size=0", "size", "page=-1", "page",
                "contractId=42", "contractId");
        bodies.forEach((query, parameter) -> assertRefused(agent.get(G + "/bodies?" + query), parameter));
        Map<String, String> meetings = Map.of("sort=title,asc", "sort", "status=DONE", "status", "from=2026-13-01", "from",
                "to=tomorrow", "to", "year=1800", "year", "q=" + "x".repeat(101), "q", "bodyId=abc", "bodyId",
                "contractId=abc", "contractId", "size=201", "size");
        meetings.forEach((query, parameter) -> assertRefused(agent.get(G + "/meetings?" + query), parameter));
        assertRefused(agent.get(G + "/meetings?from=" + TODAY + "&to=" + TODAY.minusDays(1)), "to");
    }

    @Test
    void aCoordinatorListsOnlyTheBodiesAndMeetingsOfTheirContracts() throws Exception {
        HttpTestClient agent = asPerson(TENANT, "agent", Roles.ARS_AGENT);
        String token = token();
        String subject = "coordinator." + token;
        UUID theirs = contract("CLS de Valence " + token, TODAY, List.of(subject));
        UUID notTheirs = contract("CLS secret de Die " + token, TODAY, List.of());
        String theirMeeting = schedule(agent, bodyOf(agent, theirs, "COPIL"), TODAY.plusDays(5), "Valence");
        String otherMeeting = schedule(agent, bodyOf(agent, notTheirs, "COPIL"), TODAY.plusDays(5), "Die");
        String group = agent.post(G + "/bodies", Map.of("kind", "CROSS_CONTRACT", "name", "Groupe " + token)).json().get("id").asString();
        String groupMeeting = schedule(agent, group, TODAY.plusDays(5), "Valence");

        HttpTestClient coordinator = asPerson(TENANT, subject, Roles.CLS_COORDINATOR);
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(coordinator, "", "contractId").size() == 3);
        assertThat(ids(coordinator, "?size=200", "contractId")).containsOnly(theirs.toString());
        assertThat(list(coordinator, G + "/bodies?contractId=" + notTheirs).get("totalItems").asLong()).isZero();
        assertThat(list(coordinator, G + "/bodies?kind=CROSS_CONTRACT").get("totalItems").asLong()).isZero();
        assertThat(meetingIds(coordinator, "?size=200")).containsExactly(theirMeeting);
        assertThat(meetingIds(agent, "?size=200&from=" + TODAY.plusDays(5) + "&to=" + TODAY.plusDays(5)))
                .as("the agent sees the tenant's").contains(theirMeeting, otherMeeting, groupMeeting);
    }

    @Test
    void theCsvExportsHaveTheListsFiltersOrderAndChosenColumns() throws Exception {
        HttpTestClient agent = asPerson(TENANT, "agent", Roles.ARS_AGENT);
        String token = token();
        UUID contract = contract("CLS de Crest " + token, TODAY, List.of());
        String copil = bodyOf(agent, contract, "COPIL");
        schedule(agent, copil, TODAY.plusDays(30), "=HYPERLINK(\"http://x\") " + token);
        schedule(agent, copil, TODAY.plusDays(3), "Crest, salle 2 " + token);

        HttpTestClient.Response bodies = agent.get(G + "/bodies/export?contractId=" + contract + "&columns=kind,name&sort=kind,desc");
        assertThat(bodies.status()).as(bodies.body()).isEqualTo(200);
        assertThat(bodies.body()).isEqualTo("kind,name\r\nPROJECT_GROUP,Groupe projet — CLS de Crest " + token
                + "\r\nCOTECH,COTECH — CLS de Crest " + token + "\r\nCOPIL,COPIL — CLS de Crest " + token + "\r\n");

        HttpTestClient.Response meetings = agent.get(G + "/meetings/export?q=" + token + "&columns=scheduledOn,place");
        assertThat(meetings.status()).as(meetings.body()).isEqualTo(200);
        assertThat(meetings.body()).as("soonest first, quoted, no formula").isEqualTo("scheduledOn,place\r\n"
                + TODAY.plusDays(3) + ",\"Crest, salle 2 " + token + "\"\r\n"
                + TODAY.plusDays(30) + ",\"'=HYPERLINK(\"\"http://x\"\") " + token + "\"\r\n");

        assertRefused(agent.get(G + "/bodies/export?columns=name,secret"), "columns");
        assertRefused(agent.get(G + "/meetings/export?columns=password"), "columns");
        assertRefused(agent.get(G + "/meetings/export?sort=agenda,asc"), "sort");
        assertRefused(agent.get(G + "/meetings/export?from=" + TODAY + "&to=" + TODAY.minusDays(1)), "to");
    }

    // ---- helpers

    private static void assertRefused(HttpTestClient.Response refused, String parameter) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).as("names " + parameter).contains("\"" + parameter + "\"");
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonNode list(HttpTestClient client, String path) {
        HttpTestClient.Response listed = client.get(path);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json();
    }

    private static List<String> ids(HttpTestClient client, String query, String field) {
        return list(client, G + "/bodies" + query).get("items").valueStream().map(b -> b.get(field).asString()).toList();
    }

    private static List<String> kinds(HttpTestClient client, String query) {
        return ids(client, query, "kind");
    }

    private static List<String> names(HttpTestClient client, String query) {
        return ids(client, query, "name");
    }

    private static List<String> meetingIds(HttpTestClient client, String query) {
        return list(client, G + "/meetings" + query).get("items").valueStream().map(m -> m.get("id").asString()).toList();
    }

    private static void awaitBodies(HttpTestClient agent, UUID contract) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(agent, "?contractId=" + contract).size() == 3);
    }

    private static String bodyOf(HttpTestClient agent, UUID contract, String kind) {
        awaitBodies(agent, contract);
        return list(agent, G + "/bodies?contractId=" + contract + "&kind=" + kind).get("items").get(0).get("id").asString();
    }

    private static String schedule(HttpTestClient agent, String body, LocalDate on, String place) {
        HttpTestClient.Response scheduled = agent.post(G + "/bodies/" + body + "/meetings",
                Map.of("scheduledOn", on.toString(), "place", place));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json().get("id").asString();
    }

    /** A contract entering elaboration on the day given (its bodies open), then its profile naming its coordinators. */
    private UUID contract(String title, LocalDate on, List<String> coordinators) throws Exception {
        UUID contract = UUID.randomUUID();
        publish(contract, ContractTransitionedV1.typeOf("agreement-given"), new ContractTransitionedV1(contract, "CLS", title,
                "FRAMING", "ELABORATION", on, null, null, null, null));
        publish(contract, ContractProfileV1.TYPE, new ContractProfileV1(contract, "CLS", title, "ELABORATION", null, null, null,
                null, List.of(), List.of(), List.of(), coordinators,
                coordinators.stream().map(c -> TestIssuer.trusted().issuer()).toList()));
        return contract;
    }

    private void publish(UUID contract, String type, Object payload) throws Exception {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service", type,
                contract.toString(), OffsetDateTime.now(), "application/json", TENANT, "test", json.valueToTree(payload));
        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }
}
