package fr.cls.console.governance.web;

import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.governance.Form;

/** Before a meeting: its page, its agenda, the convocation and the cancellation. Changes name the meeting's version. */
@Controller
class MeetingPages {

    private static final Set<String> ITEM_FIELDS = Set.of("title", "purpose", "year", "minutesOfMeetingId");

    private final Gateway gateway;
    private final MeetingPage page;

    MeetingPages(Gateway gateway, MeetingPage page) {
        this.gateway = gateway;
        this.page = page;
    }

    @GetMapping("/gouvernance/reunions/{id}")
    String meeting(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            Model model) {
        return page.show(person, id, model);
    }

    @PostMapping("/gouvernance/reunions/{id}/ordre-du-jour")
    String addItem(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, @RequestParam(required = false) String title,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String year,
            @RequestParam(required = false) String minutesOfMeetingId, Model model, RedirectAttributes redirect) {
        try {
            gateway.change(person, "/api/v1/governance/meetings/{id}/agenda", version, Forms.body("title", Forms.text(title),
                    "purpose", Forms.text(purpose), "year", Forms.number(year), "minutesOfMeetingId",
                    Forms.text(minutesOfMeetingId)), id);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("itemForm", Form.refused(e.problem(), Forms.sent("title", title, "purpose", purpose, "year",
                    year, "minutesOfMeetingId", minutesOfMeetingId), ITEM_FIELDS));
            return page.show(person, id, model);
        }
        redirect.addFlashAttribute("done", "Point ajouté à l'ordre du jour.");
        return "redirect:/gouvernance/reunions/" + id + "#ordre-du-jour";
    }

    /** Sends the convocations (the API refuses an empty agenda or a date passed). */
    @PostMapping("/gouvernance/reunions/{id}/convocation")
    String convene(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            gateway.change(person, "/api/v1/governance/meetings/{id}/convocation", version, Forms.body(), id);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("conveneForm", Form.refused(e.problem(), Forms.sent(), Set.of()));
            return page.show(person, id, model);
        }
        redirect.addFlashAttribute("done", "Les membres sont convoqués.");
        return "redirect:/gouvernance/reunions/" + id;
    }

    @PostMapping("/gouvernance/reunions/{id}/annulation")
    String cancel(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        try {
            gateway.change(person, "/api/v1/governance/meetings/{id}/cancellation", version,
                    Forms.body("reason", Forms.text(reason)), id);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("cancelForm", Form.refused(e.problem(), Forms.sent("reason", reason), Set.of("reason")));
            return page.show(person, id, model);
        }
        redirect.addFlashAttribute("done", "La réunion est annulée.");
        return "redirect:/gouvernance/reunions/" + id;
    }
}
