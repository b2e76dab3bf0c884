package fr.cls.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The funding journeys: simulation, filing, the funder's queue, instruction and decision, convention, plan. */
class FundingPagesTest extends ConsolePageTestSupport {

    private static final String CONTRACT = "7d0c1a52-9d0e-4b4f-8d7b-3f1f2b1c0a11";
    private static final String REQUEST = "3c2b1a00-1111-4e1e-9d55-6f0c2a9e8b22";
    private static final Pattern KEY = Pattern.compile("name=\"cle\" value=\"([0-9a-f-]{36})\"");

    private static final String EVALUATION = """
            {"funder":"ars-paca","schemeCode":"FIR-CLS","schemeName":"FIR — coordination CLS","schemeVersion":2,
             "asOf":"2026-03-02","schemeClosedFrom":null,"eligible":false,"maximumByYear":{"2026":25000.00},
             "rules":[
              {"code":"minimum-population","passed":true,"attention":false,"explanationFr":"Le territoire compte 1 900 000 habitants (minimum 10 000).","explanationEn":"x","computedCap":null},
              {"code":"cap-per-fte","passed":false,"attention":false,"explanationFr":"30 000 € demandés pour 1 ETP : au plus 25 000 € par ETP.","explanationEn":"x","computedCap":25000.00},
              {"code":"co-financing-required","passed":false,"attention":true,"explanationFr":"Aucun cofinanceur déclaré pour l'instant.","explanationEn":"x","computedCap":null}]}""";

    static String fundingRequest(String status, long version) {
        return """
                {"id":"%s","contractId":"%s","funder":"ars-paca","ownerTenant":"cd-13","schemeCode":"FIR-CLS","schemeVersion":2,
                 "purpose":"COORDINATOR_POST","requested":{"2026":30000.00},"requestedTotal":30000.00,
                 "ownShare":{"2026":30000.00},"granted":{},"grantedTotal":0.00,"status":"%s","submittedOn":"2026-03-02",
                 "submittedBy":"agent.cd13","instructedBy":null,"instructionStartedOn":null,"decidedOn":null,"decidedBy":null,
                 "reasons":null,"portalReference":null,"sequence":1,"version":%d}""".formatted(REQUEST, CONTRACT, status, version);
    }

    @Test
    void simulatesAndExplainsEachRuleInFrenchWithItsFigures() throws Exception {
        GATEWAY.answer("POST /api/v1/funding/simulations", 200, "[" + EVALUATION + "]");

        String html = mvc.perform(post("/financements/contrats/" + CONTRACT + "/simulation").with(agent()).with(csrf())
                        .param("annee", "2026", "2027").param("montant", "30 000", "").param("partPropre", "30 000,50", "")
                        .param("dateDepot", "2026-03-02"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("FIR — coordination CLS — ars-paca, version 2", "Non éligible", "minimum-population",
                "cap-per-fte", "30 000 € demandés pour 1 ETP : au plus 25 000 € par ETP.", "Respectée", "Non respectée",
                "Point d&#39;attention", "25\u00a0000,00\u00a0€", "<th scope=\"col\">Règle</th>", "<caption>Règles du dispositif FIR-CLS");
        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.authorization()).isEqualTo("Bearer token-of-agent");
        assertThat(call.body()).contains("\"contractId\":\"" + CONTRACT + "\"", "\"amountsByYear\":{\"2026\":30000}",
                "\"ownShareByYear\":{\"2026\":30000.50}", "\"asOf\":\"2026-03-02\"");
        assertThat(GATEWAY.header(0, "Accept-Language")).isEqualTo("fr");
    }

    @Test
    void showsAnUnreadableAmountNextToItsFieldWithoutCallingTheApi() throws Exception {
        String html = mvc.perform(post("/financements/contrats/" + CONTRACT + "/simulation").with(agent()).with(csrf())
                        .param("annee", "2026").param("montant", "trente mille").param("partPropre", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("aria-invalid=\"true\"", "aria-describedby=\"montant-0-erreur\"",
                "Saisissez un montant en euros, par exemple 12 000,50.</p>", "<label class=\"fr-label\" for=\"montant-0\">");
        assertThat(GATEWAY.calls()).isEmpty();
    }

    @Test
    void givesEachRequestFormItsOwnIdempotencyKey() throws Exception {
        String first = form();
        String second = form();

        assertThat(key(first)).isNotEqualTo(key(second));
        assertThat(first).contains("name=\"_csrf\"", "<label class=\"fr-label\" for=\"financeur\">", "Poste de coordination",
                "value=\"ars-paca\"");
    }

    @Test
    void filesTheRequestUnderTheFormsKeySoADoubleClickFilesOnce() throws Exception {
        GATEWAY.answer("POST /api/v1/funding/requests", 201, fundingRequest("SUBMITTED", 0));
        String key = key(form());

        for (int click = 0; click < 2; click++) {
            mvc.perform(filing(key)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/financements/demandes/" + REQUEST));
        }

        assertThat(GATEWAY.calls()).hasSize(2);
        assertThat(GATEWAY.header(0, "Idempotency-Key")).isEqualTo(key);
        assertThat(GATEWAY.header(1, "Idempotency-Key")).isEqualTo(key);
        assertThat(GATEWAY.calls().get(0).body()).contains("\"funder\":\"ars-paca\"", "\"schemeCode\":\"FIR-CLS\"",
                "\"purpose\":\"COORDINATOR_POST\"", "\"amountsByYear\":{\"2026\":30000}");
    }

    @Test
    void showsTheApisFieldErrorsNextToTheirFieldsAndGivesTheFormANewKey() throws Exception {
        GATEWAY.answer("POST /api/v1/funding/requests", 400, """
                {"title":"Requête invalide","status":400,"detail":"2 erreurs",
                 "errors":[{"field":"funder","message":"doit correspondre à \\"[a-z0-9][a-z0-9-]{1,62}\\""},
                           {"field":"amountsByYear[2026]","message":"au plus deux décimales"}]}""");
        String key = key(form());

        String html = mvc.perform(filing(key)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("aria-describedby=\"financeur-erreur\"", "id=\"financeur-erreur\"",
                "aria-describedby=\"montant-0-erreur\"", "id=\"montant-0-erreur\">au plus deux décimales</p>", "fr-input-group--error");
        assertThat(key(html)).isNotEqualTo(key);
    }

    @Test
    void showsTheRuleViolationsAtTheTopInFrench() throws Exception {
        GATEWAY.answer("POST /api/v1/funding/requests", 409, """
                {"title":"Règle non respectée","status":409,"detail":"Plafond par ETP dépassé",
                 "violations":[{"rule":"cap-per-fte","message":"30 000 € demandés pour 1 ETP : au plus 25 000 € par ETP (FIR-CLS, version 2)."}]}""");

        String html = mvc.perform(filing(key(form()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("fr-alert fr-alert--error", "role=\"alert\"", "Rien n'a été enregistré",
                "au plus 25 000 € par ETP (FIR-CLS, version 2).").doesNotContain("Exception");
    }

    @Test
    void keepsTheKeyWhileTheFirstClickIsStillBeingFiled() throws Exception {
        GATEWAY.answer("POST /api/v1/funding/requests", 409, """
                {"title":"Requête en cours","status":409,"header":"Idempotency-Key",
                 "detail":"une requête portant cette clé Idempotency-Key est encore en cours de traitement ; réessayez plus tard"}""");
        String key = key(form());

        String html = mvc.perform(filing(key)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("encore en cours de traitement");
        assertThat(key(html)).isEqualTo(key);
    }

    @Test
    void listsTheRequestsWaitingForTheFunderAndFiltersByStatus() throws Exception {
        String page = "{\"items\":[" + fundingRequest("SUBMITTED", 0) + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";
        GATEWAY.answer("GET /api/v1/funding/requests/waiting", 200, page).answer("GET /api/v1/funding/requests", 200, page);

        String html = mvc.perform(get("/financements/demandes").with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/financements/demandes").param("statut", "GRANTED").with(agent())).andExpect(status().isOk());
        mvc.perform(get("/financements/demandes").param("statut", "<script>").with(agent())).andExpect(status().isOk());

        assertThat(html).contains("Demandes de financement", "1 demande", "Déposée", "30\u00a0000,00\u00a0€", "02/03/2026",
                "href=\"/financements/demandes/" + REQUEST + "\"", "<label class=\"fr-label\" for=\"statut\">", "<th scope=\"col\">Statut</th>");
        assertThat(GATEWAY.calls()).extracting(StubGateway.Call::pathAndQuery).containsExactly(
                "/api/v1/funding/requests/waiting?page=0&size=20",
                "/api/v1/funding/requests?status=GRANTED&page=0&size=20",
                "/api/v1/funding/requests/waiting?page=0&size=20");
    }

    @Test
    void showsARequestWithItsRuleByRuleEvaluationAndTheInstructionButton() throws Exception {
        GATEWAY.answer("GET /api/v1/funding/requests/" + REQUEST, 200, fundingRequest("SUBMITTED", 4))
                .answer("GET /api/v1/funding/requests/" + REQUEST + "/evaluation", 200, EVALUATION);

        String html = mvc.perform(get("/financements/demandes/" + REQUEST).with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Poste de coordination", "cap-per-fte", "Non respectée", "Commencer l'instruction",
                "name=\"version\" value=\"4\"", "name=\"_csrf\"", "fr-breadcrumb").doesNotContain("convention.pdf");
    }

    @Test
    void startsTheInstructionWithTheVersionShown() throws Exception {
        GATEWAY.answer("POST /api/v1/funding/requests/" + REQUEST + "/instruction", 200, fundingRequest("UNDER_INSTRUCTION", 5));

        mvc.perform(post("/financements/demandes/" + REQUEST + "/instruction").param("version", "4").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/financements/demandes/" + REQUEST));

        assertThat(GATEWAY.calls()).singleElement().satisfies(call -> assertThat(call.ifMatch()).isEqualTo("\"4\""));
    }

    @Test
    void grantsWithTheAmountsByYearAndIfMatch() throws Exception {
        GATEWAY.answer("POST /api/v1/funding/requests/" + REQUEST + "/decision", 200, fundingRequest("GRANTED", 6));

        mvc.perform(post("/financements/demandes/" + REQUEST + "/decision").with(agent()).with(csrf()).param("version", "5")
                        .param("decision", "accorder").param("annee", "2026", "2027").param("montant", "25 000", "")
                        .param("motif", "Conforme au FIR"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/financements/demandes/" + REQUEST));

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.ifMatch()).isEqualTo("\"5\"");
        assertThat(call.body()).contains("\"outcome\":\"GRANTED\"", "\"amountsByYear\":{\"2026\":25000}", "\"reasons\":\"Conforme au FIR\"");
    }

    @Test
    void asksForAReasonBeforeRefusingAndCallsNothing() throws Exception {
        GATEWAY.answer("GET /api/v1/funding/requests/" + REQUEST, 200, fundingRequest("UNDER_INSTRUCTION", 5))
                .answer("GET /api/v1/funding/requests/" + REQUEST + "/evaluation", 200, EVALUATION);

        String html = mvc.perform(post("/financements/demandes/" + REQUEST + "/decision").with(agent()).with(csrf())
                        .param("version", "5").param("decision", "refuser").param("motif", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("aria-describedby=\"motif-erreur\"", "field-error\">Indiquez le motif du refus.</p>");
        assertThat(GATEWAY.calls()).noneMatch(call -> call.method().equals("POST"));
    }

    @Test
    void saysWhenSomeoneElseDecidedMeanwhile() throws Exception {
        GATEWAY.answer("GET /api/v1/funding/requests/" + REQUEST, 200, fundingRequest("UNDER_INSTRUCTION", 6))
                .answer("GET /api/v1/funding/requests/" + REQUEST + "/evaluation", 200, EVALUATION)
                .answer("POST /api/v1/funding/requests/" + REQUEST + "/decision", 412, """
                        {"title":"Version périmée","status":412,
                         "detail":"La ressource a été modifiée par quelqu'un d'autre ; relisez-la et recommencez."}""");

        String html = mvc.perform(post("/financements/demandes/" + REQUEST + "/decision").with(agent()).with(csrf())
                        .param("version", "5").param("decision", "refuser").param("motif", "Hors territoire"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("modifiée par quelqu&#39;un d&#39;autre", "name=\"version\" value=\"6\"");
    }

    @Test
    void hasTheConventionOfAGrantedRequestDownloadedThroughTheConsoleUnderItsName() throws Exception {
        byte[] pdf = "%PDF-1.7 convention".getBytes(StandardCharsets.US_ASCII);
        GATEWAY.answerFile("GET /api/v1/funding/requests/" + REQUEST + "/convention.pdf", "application/pdf", pdf,
                Map.of("Content-Disposition", "attachment; filename=\"convention-FIR-CLS-2026.pdf\""));

        MockHttpServletResponse response = mvc.perform(get("/financements/demandes/" + REQUEST + "/convention.pdf").with(agent()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"convention-FIR-CLS-2026.pdf\""))
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(GATEWAY.calls().get(0).authorization()).isEqualTo("Bearer token-of-agent");
    }

    @Test
    void showsTheFinancingPlanWithItsChecksForTheBudgetTyped() throws Exception {
        GATEWAY.answer("GET /api/v1/funding/contracts/" + CONTRACT + "/financing-plan", 200, """
                {"contractId":"%s","title":"CLS de Marseille","ownerTenant":"cd-13","partyTenants":["ars-paca"],
                 "funders":[{"funder":"ars-paca","schemes":["FIR-CLS"],"cells":[],
                   "totals":{"requested":30000.00,"granted":0.00,"committed":0.00,"paid":0.00}}],
                 "ownShare":[{"year":2026,"purpose":"COORDINATOR_POST","amount":30000.00}],
                 "years":[{"year":2026,"funders":{"requested":30000.00,"granted":0.00,"committed":0.00,"paid":0.00},"ownShare":30000.00}],
                 "totals":{"requested":30000.00,"granted":0.00,"committed":0.00,"paid":0.00},"ownShareTotal":30000.00,
                 "fundersEngaged":30000.00,"planTotal":60000.00,"budget":250000.00,
                 "checks":[{"rule":"parity","status":"NOT_APPLICABLE","explanationFr":"Aucun financeur à parité.","explanationEn":"x"},
                           {"rule":"co-financing-share","status":"FAIL","explanationFr":"L'ARS finance la moitié du poste.","explanationEn":"x"}]}"""
                .formatted(CONTRACT));

        String html = mvc.perform(get("/financements/contrats/" + CONTRACT + "/plan").param("budget", "250 000").with(agent()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Plan de financement — CLS de Marseille", "Sans objet", "Non respecté", "co-financing-share",
                "60\u00a0000,00\u00a0€", "250\u00a0000,00\u00a0€", "<caption>Contrôles du plan");
        assertThat(GATEWAY.calls().get(0).pathAndQuery())
                .isEqualTo("/api/v1/funding/contracts/" + CONTRACT + "/financing-plan?budget=250000");
    }

    @Test
    void listsTheContractsRequestsWithLinksToEachJourney() throws Exception {
        GATEWAY.answer("GET /api/v1/funding/contracts/" + CONTRACT + "/requests", 200, "[" + fundingRequest("GRANTED", 7) + "]");

        String html = mvc.perform(get("/financements/contrats/" + CONTRACT).with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Accordée", "/financements/contrats/" + CONTRACT + "/simulation",
                "/financements/contrats/" + CONTRACT + "/demande", "/financements/contrats/" + CONTRACT + "/plan");
    }

    @Test
    void refusesAFundingFormWithoutCsrfTokenAndCallsNothing() throws Exception {
        mvc.perform(post("/financements/demandes/" + REQUEST + "/instruction").param("version", "4").with(agent()))
                .andExpect(status().isForbidden());

        assertThat(GATEWAY.calls()).isEmpty();
    }

    @Test
    void answersAnUnknownRequestWithTheApisFrenchProblem() throws Exception {
        String html = mvc.perform(get("/financements/demandes/" + REQUEST).with(agent())).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ressource introuvable").doesNotContain("Exception");
    }

    private String form() throws Exception {
        return mvc.perform(get("/financements/contrats/" + CONTRACT + "/demande").param("financeur", "ars-paca")
                .param("dispositif", "FIR-CLS").with(agent())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder filing(String key) {
        return post("/financements/contrats/" + CONTRACT + "/demande").with(agent()).with(csrf()).param("cle", key)
                .param("financeur", "ars-paca").param("dispositif", "FIR-CLS").param("objet", "COORDINATOR_POST")
                .param("annee", "2026", "2027", "2028").param("montant", "30 000", "", "").param("partPropre", "", "", "");
    }

    private static String key(String html) {
        Matcher m = KEY.matcher(html);
        assertThat(m.find()).as("the form carries an Idempotency-Key").isTrue();
        return m.group(1);
    }
}
