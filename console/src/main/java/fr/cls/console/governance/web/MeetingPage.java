package fr.cls.console.governance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.cls.console.gateway.Gateway;
import fr.cls.console.governance.AttendanceSheet;
import fr.cls.console.governance.BodyView;
import fr.cls.console.governance.Form;
import fr.cls.console.governance.GovernanceLabels;
import fr.cls.console.governance.MeetingView;

/**
 * A meeting's page, read afresh (so a refused change shows the current version): the meeting, its body's members
 * and, while the agenda can grow, the body's minutes awaiting approval. A form already in the model (the one the
 * API refused) is kept; the others are blank.
 */
@Component
class MeetingPage {

    private final Gateway gateway;

    MeetingPage(Gateway gateway) {
        this.gateway = gateway;
    }

    MeetingView meeting(OAuth2AuthorizedClient person, UUID id) {
        return gateway.get(person, "/api/v1/governance/meetings/{id}", MeetingView.class, id);
    }

    BodyView body(OAuth2AuthorizedClient person, MeetingView meeting) {
        return gateway.get(person, "/api/v1/governance/bodies/{id}", BodyView.class, meeting.bodyId());
    }

    String show(OAuth2AuthorizedClient person, UUID id, Model model) {
        MeetingView meeting = meeting(person, id);
        BodyView body = body(person, meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", body);
        model.addAttribute("purposes", GovernanceLabels.PURPOSES);
        model.addAttribute("attendanceStatuses", GovernanceLabels.ATTENDANCE);
        model.addAttribute("modes", GovernanceLabels.MODES);
        Map<UUID, String> members = new LinkedHashMap<>();
        body.members().forEach(m -> members.put(m.id(), m.label()));
        model.addAttribute("memberLabels", members);
        if (meeting.planned() || meeting.convened()) {
            List<MeetingView> toApprove = gateway.get(person, "/api/v1/governance/bodies/{id}/meetings", BodyPages.MEETINGS,
                    meeting.bodyId()).stream().filter(MeetingView::minutesAwaitApproval).toList();
            model.addAttribute("minutesToApprove", toApprove);
        }
        if (!model.containsAttribute("sheet")) {
            model.addAttribute("sheet", AttendanceSheet.of(body, meeting));
        }
        Map<UUID, Form> decisionForms = new LinkedHashMap<>();
        Object refusedDecision = model.getAttribute("refusedItem");
        meeting.agenda().stream().filter(i -> i.decision() == null).forEach(i -> decisionForms.put(i.id(),
                i.id().equals(refusedDecision) ? (Form) model.getAttribute("decisionForm") : Form.blank()));
        model.addAttribute("decisionForms", decisionForms);
        for (String form : List.of("itemForm", "cancelForm", "holdingForm", "minutesForm", "conveneForm")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, Form.blank());
            }
        }
        Forms.markRefusal(model);
        return "governance/meeting";
    }
}
