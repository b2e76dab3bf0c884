package fr.cls.governance.meeting;

import static fr.cls.governance.meeting.GovernanceApi.path;
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
import fr.cls.platform.documents.DocumentFormat;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.PdfText;
import fr.cls.platform.test.SameDay;
import fr.cls.platform.test.TestInfrastructure;

/**
 * A meeting's convocation and procès-verbal as PDF: read back, they say the body, the dates, the agenda, who
 * attended with which proxy, the quorum figures and the votes; they are refused (409) before there is anything to
 * print, and another tenant gets a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SameDay.class })
class MeetingPapersIntegrationTest extends ApiTestSupport {

    static final LocalDate TODAY = SameDay.TODAY;

    @Test
    void theConvocationSaysTheBodyDateAgendaAndInviteesAndIsTheSameOnEveryDownload() {
        GovernanceApi api = new GovernanceApi(as("ars-pays-de-la-loire", Roles.ARS_AGENT));
        String name = "Groupe inter-CLS de la Mayenne " + System.nanoTime();
        Group group = api.group(name, "Hélène Durand", "Marc Lefèvre");
        String meeting = api.scheduleWithAgenda(group, TODAY, "Salle du conseil, Laval", "Point d'étape des fiches action");
        api.addItem(meeting, Map.of("title", "Difficultés de recrutement des médecins", "purpose", "EXAMINE_DIFFICULTY"));

        assertThat(refusedRules(api.client().download(path(meeting) + "/convocation.pdf").asText())).containsExactly("convened-first");
        api.convene(meeting);

        HttpTestClient.Download first = api.client().download(path(meeting) + "/convocation.pdf");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(first.header("Content-Disposition")).startsWith("attachment; filename=\"convocation-groupe-inter-cls-de-la-mayenne-")
                .endsWith("-" + TODAY + ".pdf\"");
        assertThat(first.header("ETag")).isNotBlank();
        PdfText pdf = PdfText.of(first.bytes());
        assertThat(pdf.flat()).contains("ARS Pays de la Loire", "Convocation", name, "Groupe inter-contrats",
                "le " + DocumentFormat.FRENCH.date(TODAY) + ", lieu : Salle du conseil, Laval",
                "1 Point d'étape des fiches action Point divers",
                "2 Difficultés de recrutement des médecins Examen d’une difficulté",
                "Hélène Durand (Organisation de Hélène Durand)", "Marc Lefèvre (Organisation de Marc Lefèvre)");
        assertThat(pdf.xmp()).contains("<pdfaid:part>2</pdfaid:part>");

        HttpTestClient.Download again = api.client().download(path(meeting) + "/convocation.pdf");
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void theProcesVerbalSaysAttendanceProxiesQuorumAndVotesOnceTheMinutesAreWritten() {
        GovernanceApi api = new GovernanceApi(as("ars-pays-de-la-loire", Roles.ARS_AGENT));
        String name = "Groupe des coordinatrices " + System.nanoTime();
        Group group = api.group(name, "Présidente Morel", "Coordinatrice Petit", "Médecin Roux");
        List<String> m = group.members();
        String meeting = api.scheduleWithAgenda(group, TODAY, "Le Mans", "Calendrier des COPIL");
        api.convene(meeting);
        JsonNode held = api.client().ifMatch(path(meeting)).post(path(meeting) + "/holding", Map.of("attendance", List.of(
                GovernanceApi.present(m.get(0)),
                Map.of("memberId", m.get(1), "status", "REPRESENTED", "proxyHolderId", m.get(0)),
                Map.of("memberId", m.get(2), "status", "EXCUSED")))).json();
        assertThat(held.get("quorumReached").asBoolean()).isTrue();
        HttpTestClient.Response decided = api.decide(meeting, held.at("/agenda/0/id").asString(),
                Map.of("mode", "VOTE", "votesFor", 2, "votesAgainst", 0, "abstentions", 0, "text", "Quatre réunions par an"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        assertThat(refusedRules(api.client().download(path(meeting) + "/minutes.pdf").asText())).containsExactly("minutes-written");
        api.draftMinutes(meeting, "La présidente ouvre la séance.\nLe calendrier est adopté.");

        HttpTestClient.Download download = api.client().download(path(meeting) + "/minutes.pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"proces-verbal-groupe-des-coordinatrices-");
        PdfText pdf = PdfText.of(download.bytes());
        assertThat(pdf.flat()).contains("Procès-verbal", name, "réunion du " + DocumentFormat.FRENCH.date(TODAY),
                "Coordinatrice Petit (Organisation de Coordinatrice Petit) a donné procuration à Présidente Morel"
                        + " (Organisation de Présidente Morel).", "représenté", "excusé",
                "Quorum atteint : 1 présents et 1 représentés sur " + held.get("votingMembers").asInt() + " membres votants",
                "Calendrier des COPIL", "Quatre réunions par an", "adopté", "pour 2, contre 0, abstentions 0",
                "Projet, soumis à l’approbation de la prochaine réunion", "La présidente ouvre la séance.");
    }

    @Test
    void anotherTenantOrAnUnknownMeetingGetsNotFound() {
        GovernanceApi api = new GovernanceApi(as("ars-pays-de-la-loire", Roles.ARS_AGENT));
        Group group = api.group("Groupe discret " + System.nanoTime(), "Présidente");
        String meeting = api.scheduleWithAgenda(group, TODAY, "Angers", "Point discret");
        api.convene(meeting);
        api.hold(meeting, group.members());
        api.draftMinutes(meeting, "Secret");

        HttpTestClient other = as("ars-bretagne", Roles.ARS_AGENT);
        assertThat(other.download(path(meeting) + "/convocation.pdf").status()).isEqualTo(404);
        assertThat(other.download(path(meeting) + "/minutes.pdf").status()).isEqualTo(404);
        assertThat(api.client().download(path(UUID.randomUUID().toString()) + "/minutes.pdf").status()).isEqualTo(404);
        assertThat(api.client().download(path(meeting) + "/minutes.pdf").status()).isEqualTo(200);
    }
}
