package fr.cls.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.cls.platform.test.HttpTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The governance API calls the integration tests repeat, each checking it was answered as expected: a group with
 * named voting members, a meeting scheduled, given an agenda, convened, held.
 */
final class GovernanceApi {

    static final String BASE = "/api/v1/governance";

    /** A body as created: its id, its path in the API and its members' ids in the order they were added. */
    record Group(String id, String path, List<String> members) {
    }

    private final HttpTestClient client;

    GovernanceApi(HttpTestClient client) {
        this.client = client;
    }

    HttpTestClient client() {
        return client;
    }

    /** A cross-contract group of the caller's tenant with one voting member per person given. */
    Group group(String name, String... persons) {
        HttpTestClient.Response created = client.post(BASE + "/bodies", Map.of("kind", "CROSS_CONTRACT", "name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String path = BASE + "/bodies/" + id;
        List<String> members = new ArrayList<>();
        for (String person : persons) {
            HttpTestClient.Response added = client.ifMatch(path).post(path + "/members",
                    Map.of("person", person, "organisation", "Organisation de " + person, "role", "MEMBER", "voting", true));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            members = added.json().get("members").findValuesAsString("id");
        }
        return new Group(id, path, List.copyOf(members));
    }

    String schedule(Group group, LocalDate on, String place) {
        HttpTestClient.Response scheduled = client.post(group.path() + "/meetings", Map.of("scheduledOn", on.toString(), "place", place));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json().get("id").asString();
    }

    /** A meeting with one OTHER item on its agenda. */
    String scheduleWithAgenda(Group group, LocalDate on, String place, String item) {
        String meeting = schedule(group, on, place);
        addItem(meeting, Map.of("title", item, "purpose", "OTHER"));
        return meeting;
    }

    JsonNode addItem(String meeting, Map<String, Object> item) {
        HttpTestClient.Response added = client.ifMatch(path(meeting)).post(path(meeting) + "/agenda", item);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return added.json();
    }

    JsonNode convene(String meeting) {
        HttpTestClient.Response convened = client.ifMatch(path(meeting)).post(path(meeting) + "/convocation", Map.of());
        assertThat(convened.status()).as(convened.body()).isEqualTo(200);
        return convened.json();
    }

    /** Held today with the members given present, the others absent. */
    JsonNode hold(String meeting, List<String> present) {
        HttpTestClient.Response held = client.ifMatch(path(meeting)).post(path(meeting) + "/holding",
                Map.of("attendance", present.stream().map(GovernanceApi::present).toList()));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        return held.json();
    }

    JsonNode draftMinutes(String meeting, String text) {
        HttpTestClient.Response drafted = client.ifMatch(path(meeting)).request("PUT", path(meeting) + "/minutes", Map.of("text", text));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        return drafted.json();
    }

    HttpTestClient.Response decide(String meeting, String itemId, Map<String, Object> decision) {
        return client.ifMatch(path(meeting)).post(path(meeting) + "/agenda/" + itemId + "/decision", decision);
    }

    JsonNode meeting(String meeting) {
        HttpTestClient.Response found = client.get(path(meeting));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }

    String minutesDocument(String meeting) {
        HttpTestClient.Response document = client.get(path(meeting) + "/minutes");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        return document.body();
    }

    static String path(String meeting) {
        return BASE + "/meetings/" + meeting;
    }

    static Map<String, Object> present(String member) {
        return Map.of("memberId", member, "status", "PRESENT");
    }

    /** The rules a problem+json refusal names, after checking it is one. */
    static List<String> refusedRules(HttpTestClient.Response refused) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        return refused.json().get("violations").findValuesAsString("rule");
    }
}
