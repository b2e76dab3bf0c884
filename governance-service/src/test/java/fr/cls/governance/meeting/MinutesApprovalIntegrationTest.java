package fr.cls.governance.meeting;

import static fr.cls.governance.meeting.GovernanceApi.refusedRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import fr.cls.governance.meeting.GovernanceApi.Group;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.SameDay;
import fr.cls.platform.test.TestInfrastructure;

/**
 * A meeting's minutes are approved by the body's next meeting, through an APPROVE_MINUTES item decided with quorum;
 * minutes of another body, not drafted, or already approved are refused with problem+json and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SameDay.class })
class MinutesApprovalIntegrationTest extends ApiTestSupport {

    static final LocalDate TODAY = SameDay.TODAY;

    GovernanceApi api(String tenant, String... roles) {
        return new GovernanceApi(as(tenant, roles));
    }

    @Test
    void theNextMeetingApprovesTheMinutesOfTheLastOneAndTheCompteRenduSaysSo() {
        GovernanceApi api = api("ars-pays-de-la-loire", Roles.ARS_AGENT);
        Group group = api.group("Groupe inter-CLS de la Sarthe " + System.nanoTime(), "Présidente", "Coordinatrice", "Médecin");
        List<String> two = group.members().subList(0, 2);

        String first = api.scheduleWithAgenda(group, TODAY, "Le Mans", "Point d'étape des contrats");
        api.convene(first);
        api.hold(first, two);
        assertThat(api.draftMinutes(first, "Les coordinatrices présentent l'état des contrats.").get("minutesStatus").asString())
                .isEqualTo("DRAFT");
        assertThat(api.minutesDocument(first)).contains("Compte rendu : projet, à approuver à la prochaine réunion");

        String second = api.schedule(group, TODAY, "Le Mans");
        JsonNode agenda = api.addItem(second, Map.of("title", "Approbation du compte rendu de la réunion précédente",
                "purpose", "APPROVE_MINUTES", "minutesOfMeetingId", first));
        assertThat(agenda.at("/agenda/0/minutesOfMeetingId").asString()).isEqualTo(first);
        api.convene(second);
        JsonNode held = api.hold(second, two);
        assertThat(held.get("quorumReached").asBoolean()).isTrue();
        assertThat(api.meeting(first).get("minutesStatus").asString()).as("holding the meeting approves nothing").isEqualTo("DRAFT");

        HttpTestClient.Response decided = api.decide(second, held.at("/agenda/0/id").asString(),
                Map.of("mode", "VOTE", "votesFor", 2, "votesAgainst", 0, "abstentions", 0));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().at("/agenda/0/decision/outcome").asString()).isEqualTo("ADOPTED");

        JsonNode approved = api.meeting(first);
        assertThat(approved.get("minutesStatus").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("minutesApprovedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(api.minutesDocument(first)).contains("Compte rendu : approuvé le " + TODAY,
                "Les coordinatrices présentent l'état des contrats.");
        assertThat(api.minutesDocument(second)).contains("Approbation du compte rendu de la réunion précédente** — adopté (pour 2, contre 0");
        assertThat(refusedRules(api.client().ifMatch(GovernanceApi.path(first)).request("PUT", GovernanceApi.path(first) + "/minutes", Map.of("text", "Réécrit"))))
                .containsExactly("minutes-approved-stay");
    }

    @Test
    void minutesOfAnotherBodyNotDraftedUnknownOrAnotherTenantsAreRefusedAndNothingChanges() {
        GovernanceApi api = api("ars-pays-de-la-loire", Roles.ARS_AGENT);
        Group copil = api.group("Groupe A " + System.nanoTime(), "Président");
        Group other = api.group("Groupe B " + System.nanoTime(), "Présidente");

        String notDrafted = heldMeeting(api, copil);
        String ofAnotherBody = heldMeeting(api, other);
        api.draftMinutes(ofAnotherBody, "Compte rendu du groupe B.");
        GovernanceApi mayenne = api("cd-53", Roles.DEPARTEMENT_AGENT);
        Group foreignGroup = mayenne.group("Groupe de la Mayenne " + System.nanoTime(), "Animatrice");
        String foreign = heldMeeting(mayenne, foreignGroup);
        mayenne.draftMinutes(foreign, "Compte rendu de la Mayenne.");

        String next = api.schedule(copil, TODAY, "Nantes");
        long version = api.meeting(next).get("version").asLong();
        for (String earlier : List.of(ofAnotherBody, notDrafted, foreign, UUID.randomUUID().toString())) {
            assertThat(refusedRules(api.client().ifMatch(GovernanceApi.path(next)).post(GovernanceApi.path(next) + "/agenda", Map.of("title", "Approbation",
                    "purpose", "APPROVE_MINUTES", "minutesOfMeetingId", earlier)))).as(earlier).containsExactly("minutes-to-approve");
        }
        JsonNode unchanged = api.meeting(next);
        assertThat(unchanged.get("agenda")).isEmpty();
        assertThat(unchanged.get("version").asLong()).isEqualTo(version);
        assertThat(api.meeting(ofAnotherBody).get("minutesStatus").asString()).isEqualTo("DRAFT");
        assertThat(api.meeting(notDrafted).get("minutesStatus").asString()).isEqualTo("NONE");
        assertThat(mayenne.meeting(foreign).get("minutesStatus").asString()).isEqualTo("DRAFT");
    }

    @Test
    void rejectedMinutesStayDraftAndMinutesApprovedMeanwhileAreNotApprovedTwice() {
        GovernanceApi api = api("ars-pays-de-la-loire", Roles.ARS_AGENT);
        Group group = api.group("Groupe C " + System.nanoTime(), "Président", "Secrétaire");
        String earlier = heldMeeting(api, group);
        api.draftMinutes(earlier, "Premier projet de compte rendu.");
        // Three later meetings all put the same minutes on their agenda while they await approval.
        List<String> later = List.of(approvingMinutesOf(api, group, earlier), approvingMinutesOf(api, group, earlier),
                approvingMinutesOf(api, group, earlier));

        assertThat(decideApproval(api, group, later.get(0), Map.of("mode", "VOTE", "votesFor", 0, "votesAgainst", 2, "abstentions", 0))
                .json().at("/agenda/0/decision/outcome").asString()).isEqualTo("REJECTED");
        assertThat(api.meeting(earlier).get("minutesStatus").asString()).isEqualTo("DRAFT");
        api.draftMinutes(earlier, "Projet de compte rendu corrigé.");

        assertThat(decideApproval(api, group, later.get(1), Map.of("mode", "CONSENSUS")).json().at("/agenda/0/decision/outcome")
                .asString()).isEqualTo("ADOPTED");
        JsonNode approved = api.meeting(earlier);
        assertThat(approved.get("minutesStatus").asString()).isEqualTo("APPROVED");

        HttpTestClient.Response twice = decideApproval(api, group, later.get(2), Map.of("mode", "CONSENSUS"));
        assertThat(refusedRules(twice)).containsExactly("minutes-to-approve");
        JsonNode third = api.meeting(later.get(2));
        assertThat(third.at("/agenda/0/decision").isNull()).as("no decision recorded").isTrue();
        assertThat(api.meeting(earlier).get("version").asLong()).isEqualTo(approved.get("version").asLong());
        assertThat(api.minutesDocument(earlier)).contains("Projet de compte rendu corrigé.", "approuvé le " + TODAY);

        String afterwards = api.schedule(group, TODAY, "Angers");
        assertThat(refusedRules(api.client().ifMatch(GovernanceApi.path(afterwards)).post(GovernanceApi.path(afterwards) + "/agenda", Map.of("title", "Approbation",
                "purpose", "APPROVE_MINUTES", "minutesOfMeetingId", earlier)))).containsExactly("minutes-to-approve");
    }

    private static String heldMeeting(GovernanceApi api, Group group) {
        String meeting = api.scheduleWithAgenda(group, TODAY, "Salle du conseil", "Point d'étape");
        api.convene(meeting);
        api.hold(meeting, group.members());
        return meeting;
    }

    private static String approvingMinutesOf(GovernanceApi api, Group group, String earlier) {
        String meeting = api.schedule(group, TODAY, "Angers");
        api.addItem(meeting, Map.of("title", "Approbation du compte rendu", "purpose", "APPROVE_MINUTES", "minutesOfMeetingId", earlier));
        api.convene(meeting);
        return meeting;
    }

    private static HttpTestClient.Response decideApproval(GovernanceApi api, Group group, String meeting, Map<String, Object> decision) {
        JsonNode held = api.hold(meeting, group.members());
        return api.decide(meeting, held.at("/agenda/0/id").asString(), decision);
    }
}
