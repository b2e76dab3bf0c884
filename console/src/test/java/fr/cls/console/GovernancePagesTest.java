package fr.cls.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The governance pages (COPIL, COTECH): what they show, what they send to the governance API, how refusals read. */
class GovernancePagesTest extends ConsolePageTestSupport {

    private static final String CONTRACT = "7d0c1a52-9d0e-4b4f-8d7b-3f1f2b1c0a11";
    private static final String BODY = "2a4f8c1e-3b5d-4e6f-8a9b-0c1d2e3f4a01";
    private static final String MEETING = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d02";
    private static final String EARLIER = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d01";
    private static final String ITEM = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c03";
    private static final String CHAIR = "11111111-1111-4111-8111-111111111111";
    private static final String DURAND = "22222222-2222-4222-8222-222222222222";
    private static final String ROUX = "33333333-3333-4333-8333-333333333333";
    private static final String GUEST = "44444444-4444-4444-8444-444444444444";
    private static final String LEFT = "55555555-5555-4555-8555-555555555555";
    private static final String SEAT = "66666666-6666-4666-8666-666666666666";

    @Test
    void showsAContractsBodiesAndMeetingsOnItsGovernancePage() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/" + CONTRACT, 200, StubGateway.contract(CONTRACT, "CLS de Marseille", "ELABORATION", 3))
                .answer("GET /api/v1/governance/bodies", 200, page(body(4)))
                .answer("GET /api/v1/governance/meetings", 200, page(meeting("HELD", 7, "\"quorumReached\":true")));

        String html = html(get("/contrats/" + CONTRACT + "/gouvernance"));

        assertThat(html).contains("Gouvernance du contrat", "CLS de Marseille", "<caption>Instances du contrat</caption>",
                "href=\"/gouvernance/instances/" + BODY + "\"", "COPIL du CLS de Marseille", "Comité de pilotage (COPIL)",
                "50 %", "href=\"/gouvernance/reunions/" + MEETING + "\"", "Tenue", "Atteint", "<th scope=\"col\">Lieu</th>",
                // the COTECH is missing: the page offers to open it, once
                "name=\"idempotencyKey\"", "Comité technique (COTECH)", "fr-breadcrumb");
        assertThat(GATEWAY.calls()).extracting(StubGateway.Call::pathAndQuery).contains(
                "/api/v1/governance/bodies?contractId=" + CONTRACT + "&size=50",
                "/api/v1/governance/meetings?contractId=" + CONTRACT + "&sort=scheduledOn%2Cdesc&size=50");
        assertThat(GATEWAY.calls()).allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer token-of-agent"));
    }

    @Test
    void linksTheContractPageToItsGovernanceAndTheMenuToTheComingMeetings() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/" + CONTRACT, 200, StubGateway.contract(CONTRACT, "CLS de Marseille", "ELABORATION", 3))
                .answer("GET /api/v1/contracts/" + CONTRACT + "/parties", 200, "[]");

        assertThat(html(get("/contrats/" + CONTRACT))).contains("href=\"/contrats/" + CONTRACT + "/gouvernance\"",
                "href=\"/gouvernance\">Gouvernance</a>");
    }

    @Test
    void listsTheComingMeetingsFromToday() throws Exception {
        GATEWAY.answer("GET /api/v1/governance/meetings", 200, page(meeting("CONVENED", 5, "\"convenedOn\":\"2026-03-01\"")));

        String html = html(get("/gouvernance"));

        assertThat(html).contains("Gouvernance : réunions à venir", "15/03/2026", "Salle du conseil", "Convoquée",
                "href=\"/contrats/" + CONTRACT + "/gouvernance\"");
        assertThat(GATEWAY.calls().get(0).pathAndQuery()).isEqualTo("/api/v1/governance/meetings?from="
                + LocalDate.now(ZoneId.of("Europe/Paris")) + "&page=0&size=20");
    }

    @Test
    void opensAMissingCotechWithAnIdempotencyKey() throws Exception {
        GATEWAY.answer("POST /api/v1/governance/bodies", 201, body(0).replace("\"COPIL\"", "\"COTECH\""));

        mvc.perform(post("/contrats/" + CONTRACT + "/gouvernance/instances").param("kind", "COTECH")
                        .param("idempotencyKey", "0f0e0d0c-0b0a-4908-8706-050403020100").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/gouvernance/instances/" + BODY));

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.idempotencyKey()).isEqualTo("0f0e0d0c-0b0a-4908-8706-050403020100");
        assertThat(call.ifMatch()).isNull();
        assertThat(call.body()).contains("\"contractId\":\"" + CONTRACT + "\"", "\"kind\":\"COTECH\"");
    }

    @Test
    void showsABodysCurrentMembersWithRoleAndOrganisation() throws Exception {
        givenBody(4);

        String html = html(get("/gouvernance/instances/" + BODY));

        assertThat(html).contains("<h1>COPIL du CLS de Marseille</h1>", "Claire Martin", "Ville de Marseille", "Président",
                "Invité", "Non votant", "Retirer", "name=\"version\" value=\"4\"", "name=\"_csrf\"",
                "<label class=\"fr-label\" for=\"membre-personne\">", "<label class=\"fr-label\" for=\"membre-organisation\">",
                "Programmer une réunion", "<label class=\"fr-label\" for=\"reunion-date\">",
                "50 % des membres votants, soit 2, procurations comprises", "1 au plus par membre")
                .doesNotContain("Ancien Membre");
    }

    @Test
    void addsAMemberWithTheBodysVersionAndAnIdempotencyKey() throws Exception {
        GATEWAY.answer("POST /api/v1/governance/bodies/" + BODY + "/members", 201, body(5));

        mvc.perform(post("/gouvernance/instances/" + BODY + "/membres").param("version", "4")
                        .param("idempotencyKey", "0f0e0d0c-0b0a-4908-8706-050403020101").param("person", "Marc Petit")
                        .param("organisation", "CPAM 13").param("role", "SECRETARY").param("voting", "true")
                        .with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/gouvernance/instances/" + BODY + "#membres"));

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.ifMatch()).isEqualTo("\"4\"");
        assertThat(call.idempotencyKey()).isEqualTo("0f0e0d0c-0b0a-4908-8706-050403020101");
        assertThat(call.body()).contains("\"person\":\"Marc Petit\"", "\"organisation\":\"CPAM 13\"", "\"role\":\"SECRETARY\"",
                "\"voting\":true", "\"substitute\":null");
    }

    @Test
    void showsTheApisFieldErrorNextToTheMemberFieldAndKeepsWhatWasTyped() throws Exception {
        givenBody(4);
        GATEWAY.answer("POST /api/v1/governance/bodies/" + BODY + "/members", 400, """
                {"title":"Requête invalide","status":400,"detail":"person : ne doit pas être vide",
                 "errors":[{"field":"person","rule":"NotBlank","message":"ne doit pas être vide"}]}""");

        String html = html(post("/gouvernance/instances/" + BODY + "/membres").param("version", "4").param("person", "")
                .param("organisation", "CPAM 13").param("role", "MEMBER").with(csrf()));

        assertThat(html).contains("fr-input-group--error", "aria-invalid=\"true\"", "aria-describedby=\"membre-personne-erreur\"",
                "id=\"membre-personne-erreur\">ne doit pas être vide</p>", "value=\"CPAM 13\"", "role=\"alert\"",
                "Corrigez les champs signalés ci-dessous.");
    }

    @Test
    void removesAMemberWithIfMatch() throws Exception {
        GATEWAY.answer("DELETE /api/v1/governance/bodies/" + BODY + "/members/" + DURAND, 200, body(5));

        mvc.perform(post("/gouvernance/instances/" + BODY + "/membres/" + DURAND + "/retrait").param("version", "4")
                        .with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.method()).isEqualTo("DELETE");
        assertThat(call.pathAndQuery()).isEqualTo("/api/v1/governance/bodies/" + BODY + "/members/" + DURAND);
        assertThat(call.ifMatch()).isEqualTo("\"4\"");
    }

    @Test
    void offersTheSeatProposedToASignatoryToBeNamed() throws Exception {
        givenBody(4);

        String html = html(get("/gouvernance/instances/" + BODY));

        assertThat(html).contains("Sièges à pourvoir", "À désigner", "Siège de Région Sud",
                "action=\"/gouvernance/instances/" + BODY + "/membres/" + SEAT + "/designation\"",
                "<label class=\"fr-label\" for=\"siege-5-personne\">");
    }

    @Test
    void namesTheSeatsPersonWithPutAndTheBodysVersion() throws Exception {
        GATEWAY.answer("PUT /api/v1/governance/bodies/" + BODY + "/members/" + SEAT, 200, body(5));

        mvc.perform(post("/gouvernance/instances/" + BODY + "/membres/" + SEAT + "/designation").param("version", "4")
                        .param("person", "Anne Vidal").param("role", "MEMBER").param("voting", "true").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/gouvernance/instances/" + BODY + "#membres"));

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.method()).isEqualTo("PUT");
        assertThat(call.ifMatch()).isEqualTo("\"4\"");
        assertThat(call.body()).isEqualTo("{\"person\":\"Anne Vidal\",\"role\":\"MEMBER\",\"voting\":true,\"substitute\":null}");
    }

    @Test
    void endsTheSessionWhenTheGatewayNoLongerAcceptsTheTokenOnAChange() throws Exception {
        GATEWAY.answer("POST /api/v1/governance/meetings/" + MEETING + "/convocation", 401, "{\"title\":\"Non authentifié\",\"status\":401}");

        mvc.perform(post("/gouvernance/reunions/" + MEETING + "/convocation").param("version", "2").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/contrats"));
    }

    @Test
    void schedulesAMeetingAndOpensItsPage() throws Exception {
        GATEWAY.answer("POST /api/v1/governance/bodies/" + BODY + "/meetings", 201, meeting("PLANNED", 0, "\"minutesStatus\":\"NONE\""));

        mvc.perform(post("/gouvernance/instances/" + BODY + "/reunions").param("scheduledOn", "2026-03-15")
                        .param("place", "Salle du conseil").param("idempotencyKey", "not-a-key").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/gouvernance/reunions/" + MEETING));

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.body()).contains("\"scheduledOn\":\"2026-03-15\"", "\"place\":\"Salle du conseil\"");
        // a forged key is never relayed: the console makes a real one
        assertThat(call.idempotencyKey()).matches("[0-9a-f-]{36}");
    }

    @Test
    void showsTheRuleThatRefusedTheMeetingAtTheTop() throws Exception {
        givenBody(4);
        GATEWAY.answer("POST /api/v1/governance/bodies/" + BODY + "/meetings", 409, """
                {"title":"Règle non respectée","status":409,"detail":"une réunion est programmée pour aujourd’hui ou plus tard",
                 "violations":[{"rule":"meeting-not-in-past","message":"une réunion est programmée pour aujourd’hui ou plus tard"}]}""");

        String html = html(post("/gouvernance/instances/" + BODY + "/reunions").param("scheduledOn", "2020-01-01")
                .param("place", "Mairie").with(csrf()));

        assertThat(html).contains("L'action n'a pas été faite", "une réunion est programmée pour aujourd’hui ou plus tard",
                "value=\"2020-01-01\"").doesNotContain("Exception");
    }

    @Test
    void convenesAMeetingWithItsVersion() throws Exception {
        GATEWAY.answer("POST /api/v1/governance/meetings/" + MEETING + "/convocation", 200, meeting("CONVENED", 3, "\"minutesStatus\":\"NONE\""));

        mvc.perform(post("/gouvernance/reunions/" + MEETING + "/convocation").param("version", "2").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/gouvernance/reunions/" + MEETING));

        assertThat(GATEWAY.calls().get(0).ifMatch()).isEqualTo("\"2\"");
    }

    @Test
    void showsAPlannedMeetingWithItsAgendaAndTheMinutesItMayApprove() throws Exception {
        givenMeeting(meeting("PLANNED", 2, "\"minutesStatus\":\"NONE\""));

        String html = html(get("/gouvernance/reunions/" + MEETING));

        assertThat(html).contains("COPIL du CLS de Marseille : réunion du 15/03/2026", "Valider le contrat", "Ajouter un point",
                "Convoquer les membres", "Annuler la réunion", "Réunion du 12/01/2026", "name=\"version\" value=\"2\"")
                .doesNotContain("convocation.pdf", "Feuille de présence");
    }

    @Test
    void handsOnTheConvocationPdfWithItsFileName() throws Exception {
        GATEWAY.answerFile("GET /api/v1/governance/meetings/" + MEETING + "/convocation.pdf", "application/pdf",
                "attachment; filename=\"convocation-copil-2026-03-15.pdf\"", "%PDF-1.7 convocation");

        var response = mvc.perform(get("/gouvernance/reunions/" + MEETING + "/convocation.pdf").with(agent()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"convocation-copil-2026-03-15.pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();

        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 convocation");
        assertThat(GATEWAY.calls().get(0).authorization()).isEqualTo("Bearer token-of-agent");
    }

    @Test
    void answersAConvocationNotSentYetWithAFrenchPage() throws Exception {
        GATEWAY.answer("GET /api/v1/governance/meetings/" + MEETING + "/convocation.pdf", 409, """
                {"title":"Règle non respectée","status":409,"detail":"les membres n’ont pas été convoqués à cette réunion",
                 "violations":[{"rule":"convened-first","message":"les membres n’ont pas été convoqués à cette réunion"}]}""");

        String html = mvc.perform(get("/gouvernance/reunions/" + MEETING + "/convocation.pdf").with(agent()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"fr\"", "les membres n’ont pas été convoqués").doesNotContain("Exception");
    }

    @Test
    void offersTheAttendanceSheetOfAConvenedMeetingWithTheProxyRule() throws Exception {
        givenMeeting(meeting("CONVENED", 3, "\"convenedOn\":\"2026-03-01\",\"minutesStatus\":\"NONE\""));

        String html = html(get("/gouvernance/reunions/" + MEETING));

        assertThat(html).contains("Feuille de présence", "Télécharger la convocation (PDF)",
                "href=\"/gouvernance/reunions/" + MEETING + "/convocation.pdf\"",
                "for=\"statut-" + CHAIR + "\"", "for=\"procuration-" + DURAND + "\"", "Représenté (procuration)",
                "chacun en détient au plus 1.", "aria-describedby=\"regle-procurations\"",
                "Quorum : 50 % des 3 membres votants, soit 2 présents ou représentés.", "Léa Blanc (Département 13)</span>")
                .doesNotContain("statut-" + LEFT);
    }

    @Test
    void recordsTheAttendanceWithProxiesAndTheMeetingsVersion() throws Exception {
        givenMeeting(meeting("CONVENED", 3, "\"convenedOn\":\"2026-03-01\",\"minutesStatus\":\"NONE\""));
        GATEWAY.answer("POST /api/v1/governance/meetings/" + MEETING + "/holding", 200, meeting("HELD", 4, "\"minutesStatus\":\"NONE\""));

        mvc.perform(post("/gouvernance/reunions/" + MEETING + "/tenue").param("version", "3").param("heldOn", "2026-03-15")
                        .param("statut-" + CHAIR, "PRESENT").param("procuration-" + CHAIR, "")
                        .param("statut-" + DURAND, "REPRESENTED").param("procuration-" + DURAND, CHAIR)
                        .param("statut-" + ROUX, "EXCUSED").param("procuration-" + ROUX, CHAIR)
                        .param("statut-" + GUEST, "ABSENT").param("procuration-" + GUEST, "")
                        .with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/gouvernance/reunions/" + MEETING + "#presences"));

        StubGateway.Call holding = GATEWAY.calls().stream().filter(c -> c.method().equals("POST")).findFirst().orElseThrow();
        assertThat(holding.ifMatch()).isEqualTo("\"3\"");
        assertThat(holding.body()).contains("\"heldOn\":\"2026-03-15\"",
                "{\"memberId\":\"" + CHAIR + "\",\"status\":\"PRESENT\",\"proxyHolderId\":null}",
                "{\"memberId\":\"" + DURAND + "\",\"status\":\"REPRESENTED\",\"proxyHolderId\":\"" + CHAIR + "\"}",
                // a holder chosen for a member who is not represented is not sent
                "{\"memberId\":\"" + ROUX + "\",\"status\":\"EXCUSED\",\"proxyHolderId\":null}");
    }

    @Test
    void showsTheProxyLimitNextToEachProxyFieldAtFault() throws Exception {
        givenMeeting(meeting("CONVENED", 3, "\"convenedOn\":\"2026-03-01\",\"minutesStatus\":\"NONE\""));
        GATEWAY.answer("POST /api/v1/governance/meetings/" + MEETING + "/holding", 409, """
                {"title":"Règle non respectée","status":409,
                 "detail":"Claire Martin (Ville de Marseille) détient 2 procurations\u00a0; un membre en détient au plus 1",
                 "violations":[{"rule":"proxy-limit",
                   "message":"Claire Martin (Ville de Marseille) détient 2 procurations\u00a0; un membre en détient au plus 1"}]}""");

        String html = html(post("/gouvernance/reunions/" + MEETING + "/tenue").param("version", "3")
                .param("statut-" + CHAIR, "PRESENT").param("statut-" + DURAND, "REPRESENTED")
                .param("procuration-" + DURAND, CHAIR).param("statut-" + ROUX, "REPRESENTED").param("procuration-" + ROUX, CHAIR)
                .param("statut-" + GUEST, "PRESENT").with(csrf()));

        assertThat(html).contains("aria-describedby=\"regle-procurations procuration-" + DURAND + "-erreur\"",
                "aria-describedby=\"regle-procurations procuration-" + ROUX + "-erreur\"",
                "id=\"procuration-" + ROUX + "-erreur\">Claire Martin (Ville de Marseille) détient 2 procurations",
                "Corrigez les champs signalés ci-dessous.");
        assertThat(html).doesNotContain("procuration-" + CHAIR + "-erreur");
        // what was chosen is still there, to correct
        assertThat(selected(html, "statut-" + ROUX)).isEqualTo("REPRESENTED");
    }

    @Test
    void showsTheQuorumFiguresAndAttendanceOfAHeldMeeting() throws Exception {
        givenMeeting(meeting("HELD", 4, """
                "heldOn":"2026-03-15","votingMembers":3,"presentVoting":1,"represented":1,"quorumReached":true,
                "minutesStatus":"NONE","attendance":[{"memberId":"%s","status":"PRESENT","proxyHolderId":null},
                {"memberId":"%s","status":"REPRESENTED","proxyHolderId":"%s"},{"memberId":"%s","status":"EXCUSED","proxyHolderId":null}]"""
                .formatted(CHAIR, DURAND, CHAIR, ROUX)));

        String html = html(get("/gouvernance/reunions/" + MEETING));

        assertThat(html).contains("<dt>Votants présents</dt><dd>1</dd>", "<dt>Votants représentés</dt><dd>1</dd>", "Atteint",
                "<caption>Présences à la réunion</caption>", "Représenté (procuration)", "Excusé",
                "<td>Claire Martin (Ville de Marseille)</td>", "Enregistrer la décision", "Texte du compte rendu")
                .doesNotContain("Feuille de présence", "Convoquer les membres");
    }

    @Test
    void recordsADecisionWithItsVotes() throws Exception {
        GATEWAY.answer("POST /api/v1/governance/meetings/" + MEETING + "/agenda/" + ITEM + "/decision", 200,
                meeting("HELD", 5, "\"minutesStatus\":\"NONE\""));

        mvc.perform(post("/gouvernance/reunions/" + MEETING + "/points/" + ITEM + "/decision").param("version", "4")
                        .param("mode", "VOTE").param("votesFor", "2").param("votesAgainst", "0").param("abstentions", "1")
                        .param("text", "Contrat validé").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.ifMatch()).isEqualTo("\"4\"");
        assertThat(call.body()).contains("\"mode\":\"VOTE\"", "\"votesFor\":2", "\"abstentions\":1", "\"proposal\":false",
                "\"text\":\"Contrat validé\"");
    }

    @Test
    void showsTheVoteCountErrorNextToTheDecisionOfThatItem() throws Exception {
        givenMeeting(meeting("HELD", 4, "\"heldOn\":\"2026-03-15\",\"quorumReached\":true,\"minutesStatus\":\"NONE\""));
        GATEWAY.answer("POST /api/v1/governance/meetings/" + MEETING + "/agenda/" + ITEM + "/decision", 400, """
                {"title":"Requête invalide","status":400,"detail":"votesFor : doit être supérieur ou égal à 0",
                 "errors":[{"field":"votesFor","message":"doit être supérieur ou égal à 0"}]}""");

        String html = html(post("/gouvernance/reunions/" + MEETING + "/points/" + ITEM + "/decision").param("version", "4")
                .param("mode", "VOTE").param("votesFor", "-1").with(csrf()));

        assertThat(html).contains("aria-describedby=\"point-1-pour-erreur\"",
                "id=\"point-1-pour-erreur\">doit être supérieur ou égal à 0</p>", "value=\"-1\"");
        // one field per name: a fragment's name must not select the page's elements too
        assertThat(html.split("id=\"point-1-pour\"", -1)).hasSize(2);
    }

    @Test
    void writesTheMinutesWithPutAndIfMatch() throws Exception {
        GATEWAY.answer("PUT /api/v1/governance/meetings/" + MEETING + "/minutes", 200, meeting("HELD", 6, "\"minutesStatus\":\"DRAFT\""));

        mvc.perform(post("/gouvernance/reunions/" + MEETING + "/compte-rendu").param("version", "5")
                        .param("text", "Le COPIL a validé le contrat.").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.method()).isEqualTo("PUT");
        assertThat(call.ifMatch()).isEqualTo("\"5\"");
        assertThat(call.body()).isEqualTo("{\"text\":\"Le COPIL a validé le contrat.\"}");
    }

    @Test
    void handsOnTheMinutesPdf() throws Exception {
        GATEWAY.answerFile("GET /api/v1/governance/meetings/" + MEETING + "/minutes.pdf", "application/pdf",
                "attachment; filename=\"proces-verbal-copil-2026-03-15.pdf\"", "%PDF-1.7 pv");

        mvc.perform(get("/gouvernance/reunions/" + MEETING + "/proces-verbal.pdf").with(agent()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"proces-verbal-copil-2026-03-15.pdf\""));

        assertThat(GATEWAY.calls().get(0).pathAndQuery()).isEqualTo("/api/v1/governance/meetings/" + MEETING + "/minutes.pdf");
    }

    @Test
    void saysWhenSomeoneElseChangedTheMeetingMeanwhile() throws Exception {
        givenMeeting(meeting("PLANNED", 3, "\"minutesStatus\":\"NONE\""));
        GATEWAY.answer("POST /api/v1/governance/meetings/" + MEETING + "/convocation", 412, """
                {"title":"Version périmée","status":412,"code":"stale-version",
                 "detail":"La ressource a été modifiée par quelqu'un d'autre ; relisez-la et recommencez."}""");

        String html = html(post("/gouvernance/reunions/" + MEETING + "/convocation").param("version", "2").with(csrf()));

        assertThat(html).contains("modifiée par quelqu&#39;un d&#39;autre", "name=\"version\" value=\"3\"");
    }

    @Test
    void refusesAGovernanceFormWithoutCsrfTokenAndCallsNothing() throws Exception {
        mvc.perform(post("/gouvernance/instances/" + BODY + "/membres").param("version", "4").param("person", "X")
                .with(agent())).andExpect(status().isForbidden());

        assertThat(GATEWAY.calls()).isEmpty();
    }

    // ---- the API's answers

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(agent())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String selected(String html, String select) {
        Matcher m = Pattern.compile("name=\"" + select + "\">.*?<option value=\"(\\w+)\" selected", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private void givenBody(long version) {
        GATEWAY.answer("GET /api/v1/governance/bodies/" + BODY, 200, body(version))
                .answer("GET /api/v1/governance/bodies/" + BODY + "/meetings", 200, "[" + earlierMeeting() + "]");
    }

    private void givenMeeting(String meeting) {
        givenBody(4);
        GATEWAY.answer("GET /api/v1/governance/meetings/" + MEETING, 200, meeting);
    }

    private static String page(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":20,\"totalItems\":" + items.length
                + ",\"totalPages\":1}";
    }

    private static String body(long version) {
        return """
                {"id":"%s","contractId":"%s","kind":"COPIL","name":"COPIL du CLS de Marseille","status":"ACTIVE",
                 "quorum":{"percent":50,"proxiesCount":true,"maxProxiesPerMember":1},"createdOn":"2026-01-12","closedOn":null,
                 "votingMembers":3,"members":[
                 {"id":"%s","person":"Claire Martin","organisation":"Ville de Marseille","role":"CHAIR","voting":true,"status":"ACTIVE"},
                 {"id":"%s","person":"Paul Durand","organisation":"ARS PACA","role":"MEMBER","voting":true,"status":"ACTIVE"},
                 {"id":"%s","person":"Inès Roux","organisation":"CPAM 13","role":"MEMBER","voting":true,"status":"ACTIVE"},
                 {"id":"%s","person":"Léa Blanc","organisation":"Département 13","role":"GUEST","voting":false,"status":"ACTIVE"},
                 {"id":"%s","person":"Ancien Membre","organisation":"Ville","role":"MEMBER","voting":true,"status":"LEFT"},
                 {"id":"%s","person":null,"organisation":"Région Sud","role":"MEMBER","voting":true,"status":"PROPOSED"}],
                 "version":%d}""".formatted(BODY, CONTRACT, CHAIR, DURAND, ROUX, GUEST, LEFT, SEAT, version);
    }

    /** A meeting of the body on 15/03/2026 with one item to validate the contract; {@code more}: its other fields. */
    private static String meeting(String status, long version, String more) {
        return """
                {"id":"%s","bodyId":"%s","bodyKind":"COPIL","bodyName":"COPIL du CLS de Marseille","contractId":"%s",
                 "scheduledOn":"2026-03-15","place":"Salle du conseil","status":"%s",
                 "agenda":[{"id":"%s","position":1,"title":"Validation du contrat","purpose":"VALIDATE_CONTRACT","decision":null}],
                 %s,"version":%d}""".formatted(MEETING, BODY, CONTRACT, status, ITEM, more, version);
    }

    /** A held meeting whose minutes await approval. */
    private static String earlierMeeting() {
        return """
                {"id":"%s","bodyId":"%s","bodyKind":"COPIL","bodyName":"COPIL du CLS de Marseille","contractId":"%s",
                 "scheduledOn":"2026-01-12","place":"Mairie","status":"HELD","minutesStatus":"DRAFT","agenda":[],"version":9}"""
                .formatted(EARLIER, BODY, CONTRACT);
    }
}
