package fr.cls.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** "Mes notifications": the person's own inbox through the gateway. */
class InboxPageTest extends ConsolePageTestSupport {

    private static final String NOTIFICATION = "0b7d3c1e-5a3f-4e1e-9d55-6f0c2a9e8b11";
    private static final String CONTRACT = "7d0c1a52-9d0e-4b4f-8d7b-3f1f2b1c0a11";

    @Test
    void listsMyUnreadNotificationsWithALinkToTheirContract() throws Exception {
        GATEWAY.answer("GET /api/v1/notifications/inbox", 200, """
                {"items":[{"id":"%s","topic":"contract","contractId":"%s","title":"Le COPIL a validé le diagnostic",
                 "body":"CLS de Marseille : diagnostic validé le 12/03/2026.","createdAt":"2026-03-12T08:30:00Z","readAt":null}],
                 "page":0,"size":20,"totalItems":1,"totalPages":1}""".formatted(NOTIFICATION, CONTRACT));

        String html = mvc.perform(get("/notifications").param("nonLues", "true").with(agent()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Mes notifications", "Le COPIL a validé le diagnostic", "Non lue",
                "Reçue le 12/03/2026 à 09:30", "href=\"/contrats/" + CONTRACT + "\"", "Marquer comme lue",
                "<label class=\"fr-label\" for=\"nonLues\">");
        assertThat(GATEWAY.calls().get(0).pathAndQuery()).isEqualTo("/api/v1/notifications/inbox?unread=true&page=0&size=20");
        assertThat(GATEWAY.calls().get(0).authorization()).isEqualTo("Bearer token-of-agent");
    }

    @Test
    void marksANotificationReadAndShowsTheListAgain() throws Exception {
        GATEWAY.answer("POST /api/v1/notifications/inbox/" + NOTIFICATION + "/read", 200, "{}");

        mvc.perform(post("/notifications/" + NOTIFICATION + "/lue").param("nonLues", "true").with(agent()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notifications?nonLues=true"));

        assertThat(GATEWAY.calls()).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.pathAndQuery()).isEqualTo("/api/v1/notifications/inbox/" + NOTIFICATION + "/read");
        });
    }

    @Test
    void answersSomeoneElsesNotificationWithTheApisFrenchProblem() throws Exception {
        String html = mvc.perform(post("/notifications/" + NOTIFICATION + "/lue").with(agent()).with(csrf()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ressource introuvable", "Revenir à mes contrats").doesNotContain("Exception");
    }
}
