package fr.cls.console.governance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
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
import fr.cls.console.governance.BodyView;
import fr.cls.console.governance.Form;
import fr.cls.console.governance.GovernanceLabels;
import fr.cls.console.governance.MeetingView;

/** A body (COPIL, COTECH…): its members, added and removed, and its meetings, scheduled from here. */
@Controller
class BodyPages {

    static final ParameterizedTypeReference<List<MeetingView>> MEETINGS = new ParameterizedTypeReference<>() {
    };
    private static final Set<String> MEMBER_FIELDS = Set.of("person", "organisation", "role", "voting", "substitute");
    private static final Set<String> MEETING_FIELDS = Set.of("scheduledOn", "place");

    private final Gateway gateway;

    BodyPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/gouvernance/instances/{id}")
    String body(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id, Model model) {
        return show(person, id, model);
    }

    /** Adding a member changes the body: it names the body's version, and a double submission adds one member. */
    @PostMapping("/gouvernance/instances/{id}/membres")
    String addMember(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, @RequestParam(required = false) String idempotencyKey,
            @RequestParam(name = "person", required = false) String name, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String role, @RequestParam(defaultValue = "false") boolean voting,
            @RequestParam(required = false) String substitute, Model model, RedirectAttributes redirect) {
        try {
            gateway.create(person, "/api/v1/governance/bodies/{id}/members", Forms.idempotencyKey(idempotencyKey), version,
                    Forms.body("person", Forms.text(name), "organisation", Forms.text(organisation), "role",
                            Forms.text(role), "voting", voting, "substitute", Forms.text(substitute)),
                    BodyView.class, id);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("memberForm", Form.refused(e.problem(), Forms.sent("person", name, "organisation",
                    organisation, "role", role, "voting", voting, "substitute", substitute), MEMBER_FIELDS));
            return show(person, id, model);
        }
        redirect.addFlashAttribute("done", "Membre ajouté : " + Forms.text(name) + ".");
        return "redirect:/gouvernance/instances/" + id + "#membres";
    }

    @PostMapping("/gouvernance/instances/{id}/membres/{memberId}/retrait")
    String removeMember(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @PathVariable UUID memberId, @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            gateway.remove(person, "/api/v1/governance/bodies/{id}/members/{memberId}", version, id, memberId);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("memberForm", Form.refused(e.problem(), Forms.sent(), Set.of()));
            return show(person, id, model);
        }
        redirect.addFlashAttribute("done", "Le membre a été retiré de l'instance.");
        return "redirect:/gouvernance/instances/" + id + "#membres";
    }

    /** Names the person of a seat (one offered to a signatory is PROPOSED until then), with role and vote. */
    @PostMapping("/gouvernance/instances/{id}/membres/{memberId}/designation")
    String nameMember(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @PathVariable UUID memberId, @RequestParam long version,
            @RequestParam(name = "person", required = false) String name, @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "false") boolean voting, @RequestParam(required = false) String substitute,
            Model model, RedirectAttributes redirect) {
        try {
            gateway.replace(person, "/api/v1/governance/bodies/{id}/members/{memberId}", version,
                    Forms.body("person", Forms.text(name), "role", Forms.text(role), "voting", voting, "substitute",
                            Forms.text(substitute)), id, memberId);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("refusedSeat", memberId);
            model.addAttribute("seatForm", Form.refused(e.problem(), Forms.sent("person", name, "role", role, "voting", voting,
                    "substitute", substitute), MEMBER_FIELDS));
            return show(person, id, model);
        }
        redirect.addFlashAttribute("done", "Siège pourvu : " + Forms.text(name) + ".");
        return "redirect:/gouvernance/instances/" + id + "#membres";
    }

    @PostMapping("/gouvernance/instances/{id}/reunions")
    String schedule(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam(required = false) String idempotencyKey, @RequestParam(required = false) String scheduledOn,
            @RequestParam(required = false) String place, Model model, RedirectAttributes redirect) {
        MeetingView meeting;
        try {
            meeting = gateway.create(person, "/api/v1/governance/bodies/{id}/meetings", Forms.idempotencyKey(idempotencyKey),
                    null, Forms.body("scheduledOn", Forms.text(scheduledOn), "place", Forms.text(place)), MeetingView.class, id);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            model.addAttribute("meetingForm", Form.refused(e.problem(),
                    Forms.sent("scheduledOn", scheduledOn, "place", place), MEETING_FIELDS));
            return show(person, id, model);
        }
        redirect.addFlashAttribute("done", "Réunion programmée : ajoutez son ordre du jour, puis convoquez les membres.");
        return "redirect:/gouvernance/reunions/" + meeting.id();
    }

    private String show(OAuth2AuthorizedClient person, UUID id, Model model) {
        BodyView body = gateway.get(person, "/api/v1/governance/bodies/{id}", BodyView.class, id);
        model.addAttribute("body", body);
        model.addAttribute("meetings", gateway.get(person, "/api/v1/governance/bodies/{id}/meetings", MEETINGS, id));
        model.addAttribute("roles", GovernanceLabels.ROLES);
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", Form.prefilled(Forms.sent("role", "MEMBER", "voting", true)));
        }
        Map<UUID, Form> seatForms = new LinkedHashMap<>();
        Object refusedSeat = model.getAttribute("refusedSeat");
        body.currentMembers().stream().filter(m -> "PROPOSED".equals(m.status())).forEach(m -> seatForms.put(m.id(),
                m.id().equals(refusedSeat) ? (Form) model.getAttribute("seatForm")
                        : Form.prefilled(Forms.sent("role", m.role(), "voting", m.voting()))));
        model.addAttribute("seatForms", seatForms);
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", Form.blank());
        }
        Forms.markRefusal(model);
        return "governance/body";
    }
}
