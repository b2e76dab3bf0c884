package fr.cls.console.contracts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cls.console.contracts.ContractView;
import fr.cls.console.contracts.Labels;
import fr.cls.console.contracts.NextActions;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;

/** "Mes contrats", a new contract, a contract's page, its lifecycle actions and its signed version. Every read and change goes through the gateway as the person. */
@Controller
class ContractPages {

    private static final int PAGE_SIZE = 20;
    private static final ParameterizedTypeReference<Gateway.Page<ContractView>> CONTRACTS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final ContractPageModel page;

    ContractPages(Gateway gateway, ContractPageModel page) {
        this.gateway = gateway;
        this.page = page;
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
        return page.show(person, id, model);
    }

    /** The letter of intent: the first step of every contract (the API answers the new contract). */
    @GetMapping("/contrats/nouveau")
    String newContract(Model model) {
        model.addAttribute("kinds", Labels.KINDS);
        model.addAttribute("entered", Map.of());
        return "contract-new";
    }

    @PostMapping("/contrats")
    String create(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", form.getOrDefault("title", ""));
        body.put("kind", blankToNull(form.get("kind")));
        body.put("letterOfIntentReceivedOn", blankToNull(form.get("letterOfIntentReceivedOn")));
        ContractView created;
        try {
            created = gateway.send(person, "/api/v1/contracts", body, ContractView.class);
        } catch (GatewayException e) {
            model.addAttribute("kinds", Labels.KINDS);
            model.addAttribute("refusal", Refusals.shownOnPage(e).problem());
            model.addAttribute("refused", "nouveau");
            model.addAttribute("entered", form);
            return "contract-new";
        }
        redirect.addFlashAttribute("done", "Le contrat est créé ; choisissez maintenant son territoire.");
        return "redirect:/contrats/" + created.id();
    }

    /** A lifecycle action: refused, the page comes back with the API's reasons; done, the page is read again. */
    @PostMapping("/contrats/{id}/actions/{action}")
    String act(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @PathVariable String action, @RequestParam long version, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        NextActions.Action known = NextActions.named(action);
        if (known == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            gateway.change(person, "/api/v1/contracts/{id}/{action}", version, body(known, form), id, action);
        } catch (GatewayException e) {
            return page.show(person, id, model, Refusals.shownOnPage(e).problem(), known.path(), form);
        }
        redirect.addFlashAttribute("done", known.label() + " : c'est enregistré.");
        return "redirect:/contrats/" + id;
    }

    /** The contract as signed, as the API renders it (PDF); 404 before it is signed. */
    @GetMapping("/contrats/{id}/version-signee.pdf")
    ResponseEntity<byte[]> signedVersion(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @PathVariable UUID id) {
        return gateway.download(person, "/api/v1/contracts/{id}/signed-version/document.pdf", id).toResponse();
    }

    /** Only what the action takes: an empty field is left out, so the API names what is missing. */
    private static Map<String, Object> body(NextActions.Action action, Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (action.input()) {
            case REASON -> body.put("reason", form.getOrDefault("reason", ""));
            case DIAGNOSTIC_MODE -> putIfGiven(body, "diagnosticMode", form.get("diagnosticMode"));
            case PORTRAITS -> List.of("territoryPortrait", "healthPortrait", "resourcesPortrait")
                    .forEach(p -> body.put(p, "true".equals(form.get(p))));
            case DATES -> {
                putIfGiven(body, "startDate", form.get("startDate"));
                putIfGiven(body, "endDate", form.get("endDate"));
            }
            case NONE -> {
            }
        }
        return body;
    }

    private static void putIfGiven(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
