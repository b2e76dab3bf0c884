package fr.cls.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** "Tableau de bord": coverage and contract figures, funding figures, the CSV downloads. */
class DashboardPageTest extends ConsolePageTestSupport {

    private static final String CONTRACTS = """
            {"asOf":"2026-03-02","contractsByKindAndStatus":[{"kind":"CLS","status":"IN_FORCE","contracts":12},
              {"kind":"CLSM","status":"ELABORATION","contracts":3}],
             "endingSoon":[{"id":"7d0c1a52-9d0e-4b4f-8d7b-3f1f2b1c0a11","title":"CLS de Marseille","kind":"CLS","endDate":"2026-06-30"}],
             "populationInForce":2456789,"regionPopulation":5098666,"coverageRate":48.18,
             "reportsOverdue":[{"id":"7d0c1a52-9d0e-4b4f-8d7b-3f1f2b1c0a12","title":"CLS d'Arles","year":2025}]}""";

    private static final String FUNDING = """
            {"funder":"ars-paca","today":"2026-03-02","year":null,
             "byYear":[{"year":2026,"schemeCode":null,"amounts":{"requested":120000.00,"granted":80000.00,"paid":20000.00}}],
             "byScheme":[],"totals":{"requested":120000.00,"granted":80000.00,"paid":20000.00},
             "waiting":{"count":1,"oldestAgeDays":14,"requests":[{"id":"3c2b1a00-1111-4e1e-9d55-6f0c2a9e8b22",
               "contractId":"7d0c1a52-9d0e-4b4f-8d7b-3f1f2b1c0a11","contractTitle":"CLS de Marseille","schemeCode":"FIR-CLS",
               "purpose":"COORDINATOR_POST","status":"SUBMITTED","submittedOn":"2026-02-16","ageDays":14,"requestedTotal":30000.00}]},
             "expiringWithinMonths":3,"expiring":[]}""";

    @Test
    void showsTheCoverageRateKeyFiguresAndTheFundingFigures() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/dashboard", 200, CONTRACTS).answer("GET /api/v1/funding/dashboard", 200, FUNDING);

        String html = mvc.perform(get("/tableau-de-bord").with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Tableau de bord", "Taux de couverture de la région", "48,18 %", "2 456 789 habitants",
                "<dd>15</dd>", "<dd>12</dd>", "CLS d&#39;Arles", "En vigueur", "CLS de Marseille", "30/06/2026",
                "120\u00a0000,00\u00a0€", "14 jours", "/tableau-de-bord/exports/contrats.csv",
                "/tableau-de-bord/exports/financements.csv", "<caption>Contrats par type et par statut</caption>",
                "href=\"/tableau-de-bord\"");
        assertThat(GATEWAY.calls()).allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer token-of-agent"));
    }

    @Test
    void showsTheContractFiguresToSomeoneWhoIsNoFunder() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/dashboard", 200, CONTRACTS).answer("GET /api/v1/funding/dashboard", 403,
                "{\"title\":\"Accès refusé\",\"status\":403}");

        String html = mvc.perform(get("/tableau-de-bord").with(agent())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("48,18 %", "ne sont pas disponibles pour votre profil").doesNotContain("financements.csv");
    }

    @Test
    void downloadsTheCsvThroughTheConsoleKeepingItsFileName() throws Exception {
        byte[] csv = "\uFEFFrubrique;annee\r\ntotal;\r\n".getBytes(StandardCharsets.UTF_8);
        GATEWAY.answerFile("GET /api/v1/funding/dashboard.csv", "text/csv;charset=UTF-8", csv,
                Map.of("Content-Disposition", "attachment; filename=\"tableau-de-bord-ars-paca.csv\""));

        MockHttpServletResponse response = mvc.perform(get("/tableau-de-bord/exports/financements.csv").with(agent()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"tableau-de-bord-ars-paca.csv\""))
                .andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getContentAsByteArray()).isEqualTo(csv);
        assertThat(GATEWAY.calls().get(0).pathAndQuery()).isEqualTo("/api/v1/funding/dashboard.csv");
    }

    @Test
    void readsTheContractsExportsFromContractService() throws Exception {
        GATEWAY.answerFile("GET /api/v1/contracts/export/ending-soon", "text/csv;charset=UTF-8", "title\r\n".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Disposition", "attachment; filename=\"contracts-ending-soon.csv\""));

        mvc.perform(get("/tableau-de-bord/exports/contrats-a-echeance.csv").with(agent())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"contracts-ending-soon.csv\""));
    }

    @Test
    void knowsNoOtherExportAndCallsNothing() throws Exception {
        mvc.perform(get("/tableau-de-bord/exports/audit.csv").with(agent())).andExpect(status().isNotFound());

        assertThat(GATEWAY.calls()).isEmpty();
    }

    @Test
    void endsTheSessionWhenTheGatewayNoLongerAcceptsTheToken() throws Exception {
        GATEWAY.answer("GET /api/v1/contracts/dashboard", 401, "{\"title\":\"Non authentifié\",\"status\":401}");

        mvc.perform(get("/tableau-de-bord").with(agent())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/contrats"));
    }
}
