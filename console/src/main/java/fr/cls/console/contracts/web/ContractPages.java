package fr.cls.console.contracts.web;

import java.util.List;
import java.util.Map;
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
import fr.cls.console.contracts.Labels;
import fr.cls.console.contracts.NextActions;
import fr.cls.console.contracts.PartyView;
import fr.cls.console.contracts.Timeline;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.gateway.GatewayProblem;

/** "Mes contrats" and a contract's page. Every read and change goes through the gateway as the person. */
@Controller
class ContractPages {

    private static final int PAGE_SIZE = 20;
    private static final ParameterizedTypeReference<Gateway.Page<ContractView>> CONTRACTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<PartyView>> PARTIES = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    ContractPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/contrats";
    }

    @GetMapping("/contrats")
    String list(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        // Only known codes go to the API: a hand-edited address shows every contract rather than an error.
        String statusFilter = Labels.STATUSES.containsKey(status) ? status : null;
        String kindFilter = Labels.KINDS.containsKey(kind) ? kind : null;
        String uri = UriComponentsBuilder.fromPath("/api/v1/contracts")
                .queryParam("page", Math.max(0, page)).queryParam("size", PAGE_SIZE)
                .queryParamIfPresent("status", java.util.Optional.ofNullable(statusFilter))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kindFilter))
                .build().toUriString();
        model.addAttribute("statuses", Labels.STATUSES);
        model.addAttribute("kinds", Labels.KINDS);
        model.addAttribute("status", statusFilter);
        model.addAttribute("kind", kindFilter);
        try {
            model.addAttribute("contracts", gateway.get(person, uri, CONTRACTS));
        } catch (GatewayException e) {
            if (e.status() == 401) {
                throw e;
            }
            model.addAttribute("problem", e.problem());
        }
        return "contracts";
    }

    @GetMapping("/contrats/{id}")
    String contract(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            Model model) {
        return show(person, id, model, null, null);
    }

    /** A lifecycle action: refused, the page comes back with the API's reasons; done, the page is read again. */
    @PostMapping("/contrats/{id}/actions/{action}")
    String act(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        NextActions.Action known = NextActions.named(action);
        if (known == null) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        Map<String, Object> body = known.reasoned() ? Map.of("reason", reason == null ? "" : reason) : Map.of();
        try {
            gateway.change(person, "/api/v1/contracts/{id}/{action}", version, body, id, action);
        } catch (GatewayException e) {
            if (e.status() == 401) {
                throw e;
            }
            return show(person, id, model, e.problem(), known);
        }
        redirect.addFlashAttribute("done", known.label() + " : c'est enregistré.");
        return "redirect:/contrats/" + id;
    }

    private String show(OAuth2AuthorizedClient person, UUID id, Model model, GatewayProblem refusal,
            NextActions.Action refused) {
        ContractView contract;
        try {
            contract = gateway.get(person, "/api/v1/contracts/{id}", ContractView.class, id);
        } catch (GatewayException e) {
            if (e.status() == 404) {
                model.addAttribute("problem", e.problem());
                return "not-found";
            }
            throw e;
        }
        model.addAttribute("contract", contract);
        model.addAttribute("statusLabel", Labels.status(contract.status()));
        model.addAttribute("kindLabel", Labels.kind(contract.kind()));
        model.addAttribute("timeline", Timeline.of(contract));
        model.addAttribute("actions", NextActions.of(contract.status()));
        model.addAttribute("parties", gateway.get(person, "/api/v1/contracts/{id}/parties", PARTIES, id));
        model.addAttribute("refusal", refusal);
        model.addAttribute("refused", refused == null ? null : refused.path());
        return "contract";
    }
}
