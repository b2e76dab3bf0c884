package fr.cls.governance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.IsolationMatrix;
import fr.cls.platform.test.TestInfrastructure;

/**
 * Every governance route, called by every kind of outside caller on the owner's ids (every id the fixture creates is
 * a secret), shows nothing of the owner's group; lists are called where the owner sees its rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TenantIsolationMatrixTest extends ApiTestSupport {

    @Test
    void everyRouteRefusesBadTokensAndShowsAnotherTenantNothing() {
        String base = "http://localhost:" + port;
        HttpTestClient mayenne = new HttpTestClient(base).with("Authorization", TestIssuer.trusted().bearer("cd-53", Roles.DEPARTEMENT_AGENT));
        String name = "Groupe secret des animateurs " + System.nanoTime();
        var group = mayenne.post("/api/v1/governance/bodies", Map.of("kind", "CROSS_CONTRACT", "name", name)).json();
        String b = "/api/v1/governance/bodies/" + group.get("id").asString();
        String member = mayenne.ifMatch(b).post(b + "/members", Map.of("person", "Animatrice secrète", "organisation", "CC du Mont des Avaloirs",
                "role", "MEMBER", "voting", true)).json().at("/members/0/id").asString();
        String meeting = mayenne.post(b + "/meetings", Map.of("scheduledOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(30).toString(),
                "place", "Laval")).json().get("id").asString();
        String m = "/api/v1/governance/meetings/" + meeting;
        // A real agenda item: a random id would answer 404 with or without a check.
        String item = mayenne.ifMatch(m).post(m + "/agenda", Map.of("title", "Point secret", "purpose", "OTHER")).json()
                .at("/agenda/0/id").asString();
        String followUp = mayenne.post(b + "/follow-ups", Map.of("kind", "ACTION", "title", "Action secrète", "owner", "Animatrice"))
                .json().get("id").asString();

        String owner = TestIssuer.trusted().bearer("cd-53", Roles.DEPARTEMENT_AGENT);
        new IsolationMatrix(base).withPlatformRoutes().withActuatorRoutes().owner(owner).everyOutsider("cd-53")
                .listing("GET /api/v1/governance/bodies", "/api/v1/governance/bodies", name)
                .listing("GET /api/v1/governance/bodies/export", "/api/v1/governance/bodies/export", name)
                .with("POST /api/v1/governance/bodies", "/api/v1/governance/bodies", Map.of("kind", "CROSS_CONTRACT", "name", "Autre groupe"))
                .with("GET /api/v1/governance/bodies/{id}", b, null)
                .with("POST /api/v1/governance/bodies/{id}/members", b + "/members",
                        Map.of("person", "Intrus", "organisation", "Ailleurs", "role", "MEMBER", "voting", true))
                .with("PUT /api/v1/governance/bodies/{id}/members/{memberId}", b + "/members/" + member,
                        Map.of("person", "Intrus", "role", "CHAIR", "voting", true))
                .with("DELETE /api/v1/governance/bodies/{id}/members/{memberId}", b + "/members/" + member, null)
                .with("PUT /api/v1/governance/bodies/{id}/quorum", b + "/quorum",
                        Map.of("percent", 10, "proxiesCount", true, "maxProxiesPerMember", 3))
                .with("POST /api/v1/governance/bodies/{bodyId}/meetings", b + "/meetings",
                        Map.of("scheduledOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(40).toString(), "place", "Ailleurs"))
                .listing("GET /api/v1/governance/bodies/{bodyId}/meetings", b + "/meetings", "Laval")
                .with("POST /api/v1/governance/bodies/{bodyId}/follow-ups", b + "/follow-ups",
                        Map.of("kind", "ACTION", "title", "Intrusion", "owner", "Intrus"))
                .listing("GET /api/v1/governance/meetings", "/api/v1/governance/meetings?to=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(60),
                        meeting)
                .listing("GET /api/v1/governance/meetings/export", "/api/v1/governance/meetings/export?columns=id,place",
                        meeting)
                .with("GET /api/v1/governance/dormant-bodies", "/api/v1/governance/dormant-bodies", null)
                .with("GET /api/v1/governance/meetings/{id}", m, null)
                .with("POST /api/v1/governance/meetings/{id}/agenda", m + "/agenda", Map.of("title", "Intrusion", "purpose", "OTHER"))
                .with("POST /api/v1/governance/meetings/{id}/convocation", m + "/convocation", Map.of())
                .with("POST /api/v1/governance/meetings/{id}/cancellation", m + "/cancellation", Map.of("reason", "intrusion"))
                .with("POST /api/v1/governance/meetings/{id}/holding", m + "/holding", Map.of("attendance", List.of()))
                .with("POST /api/v1/governance/meetings/{id}/agenda/{itemId}/decision", m + "/agenda/" + item + "/decision",
                        Map.of("mode", "CONSENSUS"))
                .with("PUT /api/v1/governance/meetings/{id}/minutes", m + "/minutes", Map.of("text", "intrusion"))
                .with("GET /api/v1/governance/meetings/{id}/minutes", m + "/minutes", null)
                .with("GET /api/v1/governance/meetings/{id}/convocation.pdf", m + "/convocation.pdf", null)
                .with("GET /api/v1/governance/meetings/{id}/minutes.pdf", m + "/minutes.pdf", null)
                .listing("GET /api/v1/governance/follow-ups", "/api/v1/governance/follow-ups?bodyId=" + group.get("id").asString(),
                        followUp)
                .with("GET /api/v1/governance/follow-ups/{id}", "/api/v1/governance/follow-ups/" + followUp, null)
                .with("PUT /api/v1/governance/follow-ups/{id}/status", "/api/v1/governance/follow-ups/" + followUp + "/status",
                        Map.of("status", "DONE"))
                .verify(List.of(name, "Animatrice secrète", "Action secrète", "Point secret", group.get("id").asString(), member,
                        meeting, item, followUp));
    }
}
