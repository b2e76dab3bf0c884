package fr.cls.console.governance.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.governance.AttendanceSheet;
import fr.cls.console.governance.BodyView;
import fr.cls.console.governance.Form;
import fr.cls.console.governance.MeetingView;

/** After a meeting: who attended (with proxies, hence the quorum), its decisions and its minutes. */
@Controller
class MeetingRecordPages {

    private static final Set<String> DECISION_FIELDS = Set.of("mode", "votesFor", "votesAgainst", "abstentions", "proposal",
            "text");

    private final Gateway gateway;
    private final MeetingPage page;

    MeetingRecordPages(Gateway gateway, MeetingPage page) {
        this.gateway = gateway;
        this.page = page;
    }

    /** The attendance, one row per active member; the API counts the quorum and applies the proxy rules. */
    @PostMapping("/gouvernance/reunions/{id}/tenue")
    String hold(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, @RequestParam(required = false) String heldOn,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        MeetingView meeting = page.meeting(person, id);
        BodyView body = page.body(person, meeting);
        AttendanceSheet sheet = AttendanceSheet.sent(body, form, null);
        try {
            gateway.change(person, "/api/v1/governance/meetings/{id}/holding", version,
                    Forms.body("heldOn", Forms.text(heldOn), "attendance", sheet.lines()), id);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            AttendanceSheet refused = AttendanceSheet.sent(body, form, e.problem());
            model.addAttribute("sheet", refused);
            model.addAttribute("holdingForm", Form.refused(e.problem(), Forms.sent("heldOn", heldOn), Set.of("heldOn"),
                    refused.attached()));
            return page.show(person, id, model);
        }
        redirect.addFlashAttribute("done", "La tenue de la réunion et les présences sont enregistrées.");
        return "redirect:/gouvernance/reunions/" + id + "#presences";
    }

    @PostMapping("/gouvernance/reunions/{id}/points/{itemId}/decision")
    String decide(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @PathVariable UUID itemId, @RequestParam long version, @RequestParam(required = false) String mode,
            @RequestParam(required = false) String votesFor, @RequestParam(required = false) String votesAgainst,
            @RequestParam(required = false) String abstentions, @RequestParam(defaultValue = "false") boolean proposal,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        try {
            gateway.change(person, "/api/v1/governance/meetings/{id}/agenda/{itemId}/decision", version,
                    Forms.body("mode", Forms.text(mode), "votesFor", Forms.number(votesFor), "votesAgainst",
                            Forms.number(votesAgainst), "abstentions", Forms.number(abstentions), "proposal", proposal, "text",
                            Forms.text(text)), id, itemId);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("refusedItem", itemId);
            model.addAttribute("decisionForm", Form.refused(e.problem(), Forms.sent("mode", mode, "votesFor", votesFor,
                    "votesAgainst", votesAgainst, "abstentions", abstentions, "proposal", proposal, "text", text),
                    DECISION_FIELDS));
            return page.show(person, id, model);
        }
        redirect.addFlashAttribute("done", "La décision est enregistrée.");
        return "redirect:/gouvernance/reunions/" + id + "#ordre-du-jour";
    }

    /** Writes (or rewrites) the minutes; the body's next meeting approves them. */
    @PostMapping("/gouvernance/reunions/{id}/compte-rendu")
    String minutes(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, @RequestParam(required = false) String text, Model model,
            RedirectAttributes redirect) {
        try {
            gateway.replace(person, "/api/v1/governance/meetings/{id}/minutes", version, Forms.body("text", Forms.text(text)),
                    id);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("minutesForm", Form.refused(e.problem(), Forms.sent("text", text), Set.of("text")));
            return page.show(person, id, model);
        }
        redirect.addFlashAttribute("done", "Le compte rendu est enregistré ; il sera approuvé à la prochaine réunion.");
        return "redirect:/gouvernance/reunions/" + id + "#compte-rendu";
    }
}
