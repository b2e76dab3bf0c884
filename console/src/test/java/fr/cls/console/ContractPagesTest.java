package fr.cls.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The contracts pages: what they show, what they send, and how refusals read. */
class ContractPagesTest extends ConsolePageTestSupport {

    private static final String ID = "7d0c1a52-9d0e-4b4f-8d7b-3f1f2b1c0a11";

    @Test
    void logsOutAtTheIssuerToo() throws Exception {
        mvc.perform(post("/deconnexion").with(agentLoggedIn()).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.allOf(Matchers.startsWith(GATEWAY.url() + "/connect/logout"),
                        Matchers.containsString("id_token_hint="), Matchers.containsString("post_logout_redirect_uri="))));
    }

    @Test
    void sendsAnonymousVisitorsToTheIssuerWithPkce() throws Exception {
        mvc.perform(get("/contrats")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/cls"));
        mvc.perform(get("/oauth2/authorization/cls")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.allOf(Matchers.startsWith(GATEWAY.url() + "/oauth2/authorize"),
                        Matchers.containsString("client_id=cls-web"), Matchers.containsString("code_challenge_method=S256"))));
    }

    @Test
    void listsMyContractsWithFiltersRelayingMyToken() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts", 200, StubGateway.page(StubGateway.contract(ID, "CLS de Marseille", "FRAMING", 3)));

        String html = mvc.perform(get("/contrats").param("statut", "FRAMING").param("type", "CLS").with(agent()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<html lang=\"fr\"", "Mes contrats", "CLS de Marseille", "Cadrage", "1 contrat",
                "href=\"/contrats/" + ID + "\"", "<label class=\"fr-label\" for=\"statut\">", "Aller au contenu");
        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.pathAndQuery()).isEqualTo("/api/v1/contracts?page=0&size=20&status=FRAMING&kind=CLS");
        assertThat(call.authorization()).isEqualTo("Bearer token-of-agent");
    }

    @Test
    void pagesThroughALongListKeepingTheFilters() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts", 200, "{\"items\":[" + StubGateway.contract(ID, "CLS de Marseille", "FRAMING", 3)
                + "],\"page\":1,\"size\":20,\"totalItems\":45,\"totalPages\":3}");

        String html = mvc.perform(get("/contrats").param("statut", "FRAMING").param("page", "1").with(agent()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Page 2 sur 3", "rel=\"prev\" href=\"/contrats?statut=FRAMING&amp;type=&amp;page=0\"",
                "rel=\"next\" href=\"/contrats?statut=FRAMING&amp;type=&amp;page=2\"");
        assertThat(GATEWAY.calls().get(0).pathAndQuery()).isEqualTo("/api/v1/contracts?page=1&size=20&status=FRAMING");
    }

    @Test
    void ignoresAnUnknownFilterRatherThanFailing() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts", 200, StubGateway.page());

        mvc.perform(get("/contrats").param("statut", "<script>").with(agent()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Aucun contrat ne correspond.")));

        assertThat(GATEWAY.calls().get(0).pathAndQuery()).isEqualTo("/api/v1/contracts?page=0&size=20");
    }

    @Test
    void showsTheContractWithItsTimelineAndAllowedActions() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/" + ID, 200, StubGateway.contract(ID, "CLS de Marseille", "LETTER_OF_INTENT_RECEIVED", 3))
                .answer("GET /api/v1/contracts/" + ID + "/parties", 200, "[{\"tenantId\":\"cd-13\",\"role\":\"CO_FINANCER\"}]");

        String html = mvc.perform(get("/contrats/" + ID).with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("CLS de Marseille", "Lettre d&#39;intention reçue", "12/01/2026", "Métropole Aix-Marseille",
                "cd-13", "Commencer le cadrage", "name=\"version\" value=\"3\"", "name=\"_csrf\"");
    }

    @Test
    void postsAnActionWithIfMatchAndReadsTheContractAgain() throws Exception {
        GATEWAY.answer("POST /api/v1/contracts/" + ID + "/framing", 200, StubGateway.contract(ID, "CLS", "FRAMING", 4));

        mvc.perform(post("/contrats/" + ID + "/actions/framing").param("version", "3").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/contrats/" + ID));

        StubGateway.Call call = GATEWAY.calls().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.ifMatch()).isEqualTo("\"3\"");
        assertThat(call.authorization()).isEqualTo("Bearer token-of-agent");
    }

    @Test
    void refusesAFormWithoutCsrfTokenAndCallsNothing() throws Exception {
        mvc.perform(post("/contrats/" + ID + "/actions/framing").param("version", "3").with(agent()))
                .andExpect(status().isForbidden());

        assertThat(GATEWAY.calls()).isEmpty();
    }

    @Test
    void showsTheApiFieldErrorNextToTheField() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/" + ID, 200, StubGateway.contract(ID, "CLS de Marseille", "FRAMING", 3))
                .answer("GET /api/v1/contracts/" + ID + "/parties", 200, "[]")
                .answer("POST /api/v1/contracts/" + ID + "/abandonment", 400, """
                        {"title":"Requête invalide","status":400,"detail":"reason : ne doit pas être vide",
                         "errors":[{"field":"reason","rule":"NotBlank","message":"ne doit pas être vide"}]}""");

        String html = mvc.perform(post("/contrats/" + ID + "/actions/abandonment").param("version", "3").param("reason", "")
                        .with(agent()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("aria-invalid=\"true\"", "aria-describedby=\"abandonment-reason-erreur\"",
                "id=\"abandonment-reason-erreur\">ne doit pas être vide</p>");
    }

    @Test
    void showsTheRuleViolationsAtTheTopInFrench() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/" + ID, 200, StubGateway.contract(ID, "CLS de Marseille", "ELABORATION", 3))
                .answer("GET /api/v1/contracts/" + ID + "/parties", 200, "[]")
                .answer("POST /api/v1/contracts/" + ID + "/submission", 409, """
                        {"title":"Règle non respectée","status":409,"detail":"Le diagnostic n'est pas validé en COPIL",
                         "violations":[{"rule":"copil-validation-required","message":"Le diagnostic n'est pas validé en COPIL"}]}""");

        String html = mvc.perform(post("/contrats/" + ID + "/actions/submission").param("version", "3")
                        .with(agent()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("L'action n'a pas été faite", "Le diagnostic n&#39;est pas validé en COPIL")
                .doesNotContain("Exception");
    }

    @Test
    void saysWhenSomeoneElseChangedTheContractMeanwhile() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/" + ID, 200, StubGateway.contract(ID, "CLS de Marseille", "ELABORATION", 4))
                .answer("GET /api/v1/contracts/" + ID + "/parties", 200, "[]")
                .answer("POST /api/v1/contracts/" + ID + "/submission", 412, """
                        {"title":"Version périmée","status":412,"code":"stale-version",
                         "detail":"La ressource a été modifiée par quelqu'un d'autre ; relisez-la et recommencez."}""");

        String html = mvc.perform(post("/contrats/" + ID + "/actions/submission").param("version", "3")
                        .with(agent()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("modifiée par quelqu&#39;un d&#39;autre", "name=\"version\" value=\"4\"");
    }

    @Test
    void answersAnUnknownContractWithAFrenchPage() throws Exception {
        mvc.perform(get("/contrats/" + ID).with(agent())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Contrat introuvable")));
    }

    @Test
    void endsTheSessionWhenTheGatewayNoLongerAcceptsTheToken() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts", 401, "{\"title\":\"Non authentifié\",\"status\":401}");

        mvc.perform(get("/contrats").with(agent())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/contrats"));
    }

    @Test
    void setsSecurityHeaders() throws Exception {
        mvc.perform(get("/au-revoir")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().string(Matchers.containsString("Vous êtes déconnecté")));
    }
}
