package fr.cls.console.governance.web;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.web.util.UriComponentsBuilder;

import fr.cls.console.contracts.ContractView;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.governance.BodyView;
import fr.cls.console.governance.Form;
import fr.cls.console.governance.GovernanceLabels;
import fr.cls.console.governance.MeetingView;

/** "Gouvernance": the coming meetings, and a contract's bodies and meetings. */
@Controller
class GovernancePages {

    static final ParameterizedTypeReference<Gateway.Page<BodyView>> BODIES = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<Gateway.Page<MeetingView>> MEETINGS = new ParameterizedTypeReference<>() {
    };
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int PAGE_SIZE = 20;
    /** A contract has a handful of bodies and a few meetings a year: one page shows its history. */
    private static final int CONTRACT_LIST_SIZE = 50;

    private final Gateway gateway;

    GovernancePages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/gouvernance")
    String upcoming(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String uri = UriComponentsBuilder.fromPath("/api/v1/governance/meetings")
                .queryParam("from", LocalDate.now(PARIS)).queryParam("page", Math.max(0, page))
                .queryParam("size", PAGE_SIZE).build().toUriString();
        model.addAttribute("meetings", gateway.get(person, uri, MEETINGS));
        return "governance/upcoming";
    }

    @GetMapping("/contrats/{id}/gouvernance")
    String contract(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            Model model) {
        return show(person, id, model, Form.blank());
    }

    /** Opens a COPIL or COTECH the contract lacks (the platform opens them itself when elaboration starts). */
    @PostMapping("/contrats/{id}/gouvernance/instances")
    String open(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String idempotencyKey,
            Model model, RedirectAttributes redirect) {
        BodyView body;
        try {
            body = gateway.create(person, "/api/v1/governance/bodies", Forms.idempotencyKey(idempotencyKey), null,
                    Forms.body("contractId", id, "kind", Forms.text(kind)), BodyView.class);
        } catch (GatewayException e) {
            Forms.rethrowIfSessionEnded(e);
            return show(person, id, model, Form.refused(e.problem(), Forms.sent("kind", kind), Set.of("kind")));
        }
        redirect.addFlashAttribute("done", body.kindLabel() + " ouvert.");
        return "redirect:/gouvernance/instances/" + body.id();
    }

    private String show(OAuth2AuthorizedClient person, UUID id, Model model, Form bodyForm) {
        ContractView contract = gateway.get(person, "/api/v1/contracts/{id}", ContractView.class, id);
        Gateway.Page<BodyView> bodies = gateway.get(person, "/api/v1/governance/bodies?contractId={id}&size={size}", BODIES,
                id, CONTRACT_LIST_SIZE);
        Gateway.Page<MeetingView> meetings = gateway.get(person,
                "/api/v1/governance/meetings?contractId={id}&sort={sort}&size={size}", MEETINGS, id, "scheduledOn,desc",
                CONTRACT_LIST_SIZE);
        model.addAttribute("contract", contract);
        model.addAttribute("bodies", bodies.items());
        model.addAttribute("meetings", meetings);
        // Only the contract's own bodies that are missing are offered.
        Map<String, String> missing = new java.util.LinkedHashMap<>();
        for (String kind : new String[] {"COPIL", "COTECH"}) {
            if (bodies.items().stream().noneMatch(b -> kind.equals(b.kind()))) {
                missing.put(kind, GovernanceLabels.bodyKind(kind));
            }
        }
        model.addAttribute("missingKinds", missing);
        model.addAttribute("bodyForm", bodyForm);
        Forms.markRefusal(model);
        return "governance/contract";
    }
}
