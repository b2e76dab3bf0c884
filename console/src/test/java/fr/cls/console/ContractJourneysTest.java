package fr.cls.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.hamcrest.Matchers;
import org.springframework.mock.web.MockMultipartFile;
import org.junit.jupiter.api.Test;

/**
 * The contract journeys: a new contract, its territory, parties, signatories and their signatures, coordinator,
 * axes and fiches actions, what blocks the next step, the signed version. Refusals sit next to their fields.
 */
class ContractJourneysTest extends ConsolePageTestSupport {

    private static final String ID = "5b7f9d0e-3c1a-4e8b-9f2d-6a4c8e1b2d30";
    private static final String SIGNATORY = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String AXIS = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private static final String SHEET = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60";
    private static final String C = "/api/v1/contracts/" + ID;

    @Test
    void createsAContractFromItsLetterOfIntentAndOpensItsPage() throws Exception {
        GATEWAY.answer("POST /api/v1/contracts", 201, StubGateway.contract(ID, "CLS de Martigues", "LETTER_OF_INTENT_RECEIVED", 0));

        mvc.perform(post("/contrats").param("title", "CLS de Martigues").param("kind", "CLS").param("letterOfIntentReceivedOn", "")
                        .with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/contrats/" + ID));

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.body()).contains("\"title\":\"CLS de Martigues\"", "\"kind\":\"CLS\"").doesNotContain("_csrf");
        assertThat(call.authorization()).isEqualTo("Bearer token-of-agent");
    }

    @Test
    void showsTheNewContractsFieldErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        GATEWAY.answer("POST /api/v1/contracts", 400, """
                {"title":"Requête invalide","status":400,"errors":[{"field":"title","message":"ne doit pas être vide"}]}""");

        String html = mvc.perform(post("/contrats").param("title", " ").param("kind", "CLSM").with(agent()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("fr-input-group--error", "aria-describedby=\"nouveau-title-erreur\"",
                "id=\"nouveau-title-erreur\">ne doit pas être vide</p>", "value=\"CLSM\" selected=\"selected\"")
                .doesNotContain("Exception");
    }

    @Test
    void showsWhatBlocksTheNextStepBeforeThePersonTries() throws Exception {
        contractIn("ELABORATION");
        GATEWAY.answer("GET " + C + "/next-step", 200, """
                {"step":"submission","violations":[{"rule":"copil-validated","message":"le COPIL n’a pas encore validé le contrat"},
                 {"rule":"signatories-ars-and-collectivite","message":"il faut au moins deux signataires, dont l’ARS et une collectivité"}]}""");

        String html = mvc.perform(get("/contrats/" + ID).with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ce qui bloque la soumission aux signatures", "le COPIL n’a pas encore validé le contrat",
                "il faut au moins deux signataires", "Soumettre aux signatures");
        assertThat(GATEWAY.calls()).noneMatch(c -> c.method().equals("POST"));
    }

    @Test
    void saysNothingBlocksTheNextStepWhenTheApiFindsNothing() throws Exception {
        contractIn("AWAITING_SIGNATURES");
        GATEWAY.answer("GET " + C + "/next-step", 200, "{\"step\":\"signature\",\"violations\":[]}");

        mvc.perform(get("/contrats/" + ID).with(agent())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Rien ne bloque l&#39;entrée en vigueur.")));
    }

    @Test
    void addsAPartyAndNamesRolesInFrench() throws Exception {
        GATEWAY.answer("POST " + C + "/parties", 201, "{\"tenantId\":\"cd-53\",\"role\":\"SIGNATORY\"}");

        mvc.perform(post("/contrats/" + ID + "/parties").param("tenantId", "cd-53").param("role", "SIGNATORY")
                .with(agent()).with(csrf())).andExpect(redirectedUrl("/contrats/" + ID));
        assertThat(GATEWAY.calls().get(0).body()).isEqualTo("{\"tenantId\":\"cd-53\",\"role\":\"SIGNATORY\"}");

        GATEWAY.reset();
        contractIn("FRAMING");
        GATEWAY.answer("GET " + C + "/parties", 200, "[{\"tenantId\":\"cd-53\",\"role\":\"CO_FUNDER\"}]");
        mvc.perform(get("/contrats/" + ID).with(agent()))
                .andExpect(content().string(Matchers.containsString("<td>Cofinanceur</td>")));
    }

    @Test
    void refusesAnUnknownPartyNextToItsField() throws Exception {
        contractIn("FRAMING");
        GATEWAY.answer("POST " + C + "/parties", 400, """
                {"title":"Requête invalide","status":400,"errors":[{"field":"tenantId","message":"doit correspondre à \\"[a-z0-9][a-z0-9-]{1,62}\\""}]}""");

        String html = mvc.perform(post("/contrats/" + ID + "/parties").param("tenantId", "CD 53!").param("role", "CO_FUNDER")
                .with(agent()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"parties-tenantId-erreur\"", "value=\"CD 53!\"");
    }

    @Test
    void listsSignatoriesAndRecordsEachSignatureWithTheVersionSeen() throws Exception {
        contractIn("AWAITING_SIGNATURES");
        GATEWAY.answer("GET " + C + "/signatories", 200, """
                [{"id":"%s","organisation":"Département de la Mayenne","kind":"DEPARTEMENT","carrier":false,"signedOn":null}]"""
                .formatted(SIGNATORY));
        String html = mvc.perform(get("/contrats/" + ID).with(agent())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Département de la Mayenne", "Enregistrer la signature",
                "/contrats/" + ID + "/signataires/" + SIGNATORY + "/signature");

        GATEWAY.reset();
        GATEWAY.answer("POST " + C + "/signatories/" + SIGNATORY + "/signature", 200, "{}");
        mvc.perform(post("/contrats/" + ID + "/signataires/" + SIGNATORY + "/signature").param("version", "7")
                .param("signedOn", "2026-03-02").with(agent()).with(csrf())).andExpect(redirectedUrl("/contrats/" + ID));
        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.ifMatch()).isEqualTo("\"7\"");
        assertThat(call.body()).isEqualTo("{\"signedOn\":\"2026-03-02\"}");
    }

    @Test
    void addsASignatoryCarryingTheContract() throws Exception {
        GATEWAY.answer("POST " + C + "/signatories", 201, "{}");

        mvc.perform(post("/contrats/" + ID + "/signataires").param("organisation", "Ville de Martigues")
                .param("kind", "COLLECTIVITE").param("carrier", "true").with(agent()).with(csrf()))
                .andExpect(redirectedUrl("/contrats/" + ID));

        assertThat(GATEWAY.calls().get(0).body())
                .isEqualTo("{\"organisation\":\"Ville de Martigues\",\"kind\":\"COLLECTIVITE\",\"carrier\":true}");
    }

    @Test
    void assignsTheCoordinatorWithTheVersionSeen() throws Exception {
        GATEWAY.answer("POST " + C + "/coordinator", 200, StubGateway.contract(ID, "CLS", "FRAMING", 5));

        mvc.perform(post("/contrats/" + ID + "/coordinateur").param("version", "4").param("subject", "coordinator.marseille")
                .param("issuer", "").with(agent()).with(csrf())).andExpect(redirectedUrl("/contrats/" + ID));

        assertThat(GATEWAY.calls().get(0).ifMatch()).isEqualTo("\"4\"");
        assertThat(GATEWAY.calls().get(0).body()).contains("\"subject\":\"coordinator.marseille\"");
    }

    @Test
    void putsTheContractInForceWithItsStartDateAndShowsAMissingOneNextToItsField() throws Exception {
        contractIn("AWAITING_SIGNATURES");
        GATEWAY.answer("POST " + C + "/signature", 400, """
                {"title":"Requête invalide","status":400,"errors":[{"field":"startDate","message":"ne doit pas être nul"}]}""");

        String html = mvc.perform(post("/contrats/" + ID + "/actions/signature").param("version", "3").param("startDate", "")
                .with(agent()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"signature-startDate-erreur\">ne doit pas être nul</p>");
        assertThat(GATEWAY.calls().stream().filter(c -> c.method().equals("POST")).findFirst().orElseThrow().body()).isEqualTo("{}");
    }

    @Test
    void asksWhoWritesTheDiagnosticWhenGivingTheAgreement() throws Exception {
        GATEWAY.answer("POST " + C + "/agreement", 200, StubGateway.contract(ID, "CLS", "DIAGNOSTIC", 4));

        mvc.perform(post("/contrats/" + ID + "/actions/agreement").param("version", "3").param("diagnosticMode", "ORS")
                .with(agent()).with(csrf())).andExpect(redirectedUrl("/contrats/" + ID));

        assertThat(GATEWAY.calls().get(0).body()).isEqualTo("{\"diagnosticMode\":\"ORS\"}");
    }

    @Test
    void picksTheTerritoryFromTheOfficialDivisionWithItsPopulation() throws Exception {
        contractIn("FRAMING");
        GATEWAY.answer("GET /api/v1/territories/communes", 200, """
                {"items":[{"code":"13056","name":"Martigues","kind":"COMMUNE","population":48812,"departements":["13"],"regions":["93"]}],
                 "page":0,"size":20,"totalItems":1,"totalPages":1}""")
                .answer("POST /api/v1/territories/compute", 200, """
                {"population":48812,"departements":["13"],"regions":["93"],
                 "members":[{"code":"13056","name":"Martigues","kind":"COMMUNE","population":48812,"departements":["13"]}]}""");

        String html = mvc.perform(get("/contrats/" + ID + "/territoire").param("q", "martigues").param("choix", "communes:13056")
                .param("choix", "<script>").with(agent())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Martigues", "48 812 habitants", "Retirer", "name=\"choix\" value=\"communes:13056\"")
                .doesNotContain("&lt;script&gt;");
        assertThat(GATEWAY.calls()).anyMatch(c -> c.pathAndQuery().equals("/api/v1/territories/communes?q=martigues&size=20"));
        assertThat(GATEWAY.calls()).anyMatch(c -> c.method().equals("POST")
                && c.body().equals("{\"communes\":[\"13056\"],\"epci\":[]}"));

        GATEWAY.reset();
        GATEWAY.answer("POST " + C + "/territory", 200, StubGateway.contract(ID, "CLS", "FRAMING", 4));
        mvc.perform(post("/contrats/" + ID + "/territoire").param("version", "3").param("choix", "communes:13056")
                .param("choix", "epci:200054807").with(agent()).with(csrf())).andExpect(redirectedUrl("/contrats/" + ID));
        assertThat(GATEWAY.calls().get(0).ifMatch()).isEqualTo("\"3\"");
        assertThat(GATEWAY.calls().get(0).body()).isEqualTo("{\"communes\":[\"13056\"],\"epci\":[\"200054807\"]}");
    }

    @Test
    void listsAxesAndFichesAndAddsAFicheWithAFrenchBudget() throws Exception {
        contractIn("ELABORATION");
        planOfOneSheet();
        String html = mvc.perform(get("/contrats/" + ID + "/plan").with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Axe 1 — Accès aux soins", "Maison de santé de Croix-Sainte", "Mairie", "12 000,00 €", "En cours");

        GATEWAY.reset();
        GATEWAY.answer("POST " + C + "/action-sheets", 201, "{}");
        mvc.perform(post("/contrats/" + ID + "/fiches").param("axisId", AXIS).param("title", "Bus santé")
                .param("objective", "Aller vers").param("pilot", "CCAS").param("startDate", "2026-01-01")
                .param("endDate", "2026-12-31").param("budget", "1 500,50").param("status", "PLANNED")
                .with(agent()).with(csrf())).andExpect(redirectedUrl("/contrats/" + ID + "/plan"));
        assertThat(GATEWAY.calls().get(0).body()).contains("\"budget\":1500.50", "\"axisId\":\"" + AXIS + "\"");
    }

    @Test
    void refusesABudgetThatIsNotEurosNextToItsFieldWithoutCallingTheApi() throws Exception {
        contractIn("ELABORATION");
        planOfOneSheet();

        String html = mvc.perform(post("/contrats/" + ID + "/fiches").param("axisId", AXIS).param("title", "Bus")
                .param("budget", "beaucoup").with(agent()).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"fiche-budget-erreur\">un montant en euros", "value=\"beaucoup\"");
        assertThat(GATEWAY.calls()).noneMatch(c -> c.method().equals("POST"));
    }

    @Test
    void editsAFicheKeepingWhatTheFormDoesNotShow() throws Exception {
        contractIn("IN_FORCE");
        planOfOneSheet();
        String html = mvc.perform(get("/contrats/" + ID + "/fiches/" + SHEET).with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"Maison de santé de Croix-Sainte\"", "name=\"version\" value=\"2\"");

        GATEWAY.answer("PUT " + C + "/action-sheets/" + SHEET, 200, "{}");
        mvc.perform(post("/contrats/" + ID + "/fiches/" + SHEET).param("version", "2").param("axisId", AXIS)
                .param("title", "Maison de santé").param("objective", "Attirer").param("pilot", "Mairie")
                .param("startDate", "2026-01-01").param("endDate", "2027-12-31").param("budget", "12000")
                .param("status", "DONE").with(agent()).with(csrf())).andExpect(redirectedUrl("/contrats/" + ID + "/plan"));

        StubGateway.Call put = GATEWAY.calls().stream().filter(c -> c.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.ifMatch()).isEqualTo("\"2\"");
        assertThat(put.body()).contains("\"title\":\"Maison de santé\"", "\"status\":\"DONE\"", "\"partners\":[\"CPTS\"]",
                "\"indicators\":[{\"name\":\"Médecins installés\"").doesNotContain("\"version\"", "\"contractId\"");
    }

    @Test
    void handsOnTheSignedVersionAsAPdfAndLinksToItOnceSigned() throws Exception {
        GATEWAY.answer("GET " + C + "/signed-version/document.pdf", 200, "application/pdf", "%PDF-1.7 contrat signé");

        mvc.perform(get("/contrats/" + ID + "/version-signee.pdf").with(agent())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().string(Matchers.startsWith("%PDF-1.7")));

        GATEWAY.reset();
        GATEWAY.answer("GET " + C, 200, StubGateway.contract(ID, "CLS de Martigues", "IN_FORCE", 9)
                .replace("\"startDate\":null", "\"startDate\":\"2026-03-01\""))
                .answer("GET " + C + "/parties", 200, "[]");
        mvc.perform(get("/contrats/" + ID).with(agent()))
                .andExpect(content().string(Matchers.containsString("href=\"/contrats/" + ID + "/version-signee.pdf\"")));
    }

    @Test
    void wearsTheStatesDesignSystemWhoseFilesAreServedWithoutLogin() throws Exception {
        contractIn("FRAMING");

        String html = mvc.perform(get("/contrats/" + ID).with(agent())).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("/dsfr/dsfr.min.css", "type=\"module\" src=\"/dsfr/dsfr.module.min.js\"",
                "class=\"fr-header\"", "République<br>Française", "Contrats locaux de santé", "class=\"fr-footer\"",
                "fr-skiplinks", "fr-breadcrumb");
        mvc.perform(get("/dsfr/dsfr.min.css")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(".fr-header")));
        mvc.perform(get("/dsfr/dsfr.module.min.js")).andExpect(status().isOk());
    }

    @Test
    void depositsAPartysDeliberationAsTheApisMultipartForm() throws Exception {
        GATEWAY.answer("POST " + C + "/originals", 201, "{\"id\":\"" + SHEET + "\",\"kind\":\"DELIBERATION\"}");

        mvc.perform(multipart("/contrats/" + ID + "/originaux")
                        .file(new MockMultipartFile("file", "deliberation.pdf", "application/pdf", "%PDF-1.7 délibération".getBytes()))
                        .param("kind", "DELIBERATION").param("title", "Délibération du conseil départemental")
                        .with(agent()).with(csrf()))
                .andExpect(redirectedUrl("/contrats/" + ID));

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.body()).contains("name=\"kind\"", "DELIBERATION", "filename=\"deliberation.pdf\"", "%PDF-1.7");
        assertThat(call.authorization()).isEqualTo("Bearer token-of-agent");
    }

    @Test
    void asksForTheFileNextToItsFieldAndShowsTheApisRefusalOfAnotherKind() throws Exception {
        contractIn("IN_FORCE");
        String html = mvc.perform(multipart("/contrats/" + ID + "/originaux").param("kind", "DELIBERATION")
                .with(agent()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"originaux-file-erreur\">choisissez le fichier PDF à déposer</p>");
        assertThat(GATEWAY.calls()).noneMatch(c -> c.method().equals("POST"));

        GATEWAY.answer("POST " + C + "/originals", 403, """
                {"title":"Accès refusé","status":403,"detail":"Une partie ne dépose que sa délibération."}""");
        html = mvc.perform(multipart("/contrats/" + ID + "/originaux")
                        .file(new MockMultipartFile("file", "contrat.pdf", "application/pdf", "%PDF-1.7".getBytes()))
                        .param("kind", "SIGNED_CONTRACT").with(agent()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Une partie ne dépose que sa délibération.", "value=\"SIGNED_CONTRACT\" selected=\"selected\"");
    }

    @Test
    void namesTheTerritorysMembersAndStartsThePickerFromThem() throws Exception {
        GATEWAY.answer("GET " + C, 200, StubGateway.contract(ID, "CLS de Martigues", "ELABORATION", 3)
                        .replace("\"territory\":\"Métropole Aix-Marseille\"", "\"territory\":\"{\\\"communes\\\":[\\\"13056\\\"],\\\"epci\\\":[]}\""))
                .answer("GET " + C + "/parties", 200, "[]")
                .answer("POST /api/v1/territories/compute", 200, """
                {"population":48812,"departements":["13"],"regions":["93"],
                 "members":[{"code":"13056","name":"Martigues","kind":"COMMUNE","population":48812,"departements":["13"]}]}""");

        mvc.perform(get("/contrats/" + ID).with(agent()))
                .andExpect(content().string(Matchers.containsString("<span>Martigues (13056)</span>")));
        mvc.perform(get("/contrats/" + ID + "/territoire").with(agent()))
                .andExpect(content().string(Matchers.containsString("name=\"choix\" value=\"communes:13056\"")));
    }

    private void contractIn(String status) {
        GATEWAY.answer("GET " + C, 200, StubGateway.contract(ID, "CLS de Martigues", status, 3))
                .answer("GET " + C + "/parties", 200, "[]");
    }

    private void planOfOneSheet() {
        GATEWAY.answer("GET " + C + "/axes", 200, """
                [{"id":"%s","contractId":"%s","code":"1","title":"Accès aux soins","order":0,"version":0}]""".formatted(AXIS, ID))
                .answer("GET " + C + "/action-sheets", 200, "[" + sheet() + "]")
                .answer("GET " + C + "/action-sheets/" + SHEET, 200, sheet());
    }

    private static String sheet() {
        return """
                {"id":"%s","contractId":"%s","axisId":"%s","title":"Maison de santé de Croix-Sainte","objective":"Attirer",
                 "pilot":"Mairie","partners":["CPTS"],"targetPublic":null,"startDate":"2026-01-01","endDate":"2027-12-31",
                 "budget":12000.00,"indicators":[{"name":"Médecins installés","unit":"médecins","targetValue":3,"measured":{}}],
                 "status":"IN_PROGRESS","funderPlans":[],"version":2}""".formatted(SHEET, ID, AXIS);
    }
}
