package fr.cls.console.funding.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cls.console.funding.AmountForm;
import fr.cls.console.funding.EvaluationView;
import fr.cls.console.funding.FundingLabels;
import fr.cls.console.funding.FundingRequestView;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.gateway.GatewayProblem;

/** The funder's queue, a request with its rule-by-rule evaluation, its instruction and decision, its convention. */
@Controller
class RequestPages {

    private static final int PAGE_SIZE = 20;
    private static final ParameterizedTypeReference<Gateway.Page<FundingRequestView>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    RequestPages(Gateway gateway) {
        this.gateway = gateway;
    }

    /** No status: the requests waiting for the person's tenant as funder; a status: every request seen in it. */
    @GetMapping("/financements/demandes")
    String queue(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String known = FundingLabels.STATUSES.containsKey(status) ? status : null;
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(known == null ? "/api/v1/funding/requests/waiting"
                : "/api/v1/funding/requests");
        uri.queryParamIfPresent("status", Optional.ofNullable(known))
                .queryParam("page", Math.max(0, page)).queryParam("size", PAGE_SIZE);
        model.addAttribute("statuses", FundingLabels.STATUSES);
        model.addAttribute("status", known);
        try {
            model.addAttribute("requests", gateway.get(person, uri.build().toUriString(), PAGE));
        } catch (GatewayException e) {
            Refusals.relayUnauthenticated(e);
            model.addAttribute("problem", e.problem());
        }
        return "funding/requests";
    }

    @GetMapping("/financements/demandes/{id}")
    String request(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            Model model) {
        return show(person, id, model, null, null, null);
    }

    @PostMapping("/financements/demandes/{id}/instruction")
    String instruct(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            gateway.change(person, "/api/v1/funding/requests/{id}/instruction", version, Map.of(), id);
        } catch (GatewayException e) {
            Refusals.relayUnauthenticated(e);
            return show(person, id, model, e.problem(), null, null);
        }
        redirect.addFlashAttribute("done", "L'instruction de la demande est commencée.");
        return "redirect:/financements/demandes/" + id;
    }

    /** Grant (amounts by year) or refuse (a reason): with the version the page showed (If-Match). */
    @PostMapping("/financements/demandes/{id}/decision")
    String decide(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        Decision decision = new Decision(Optional.ofNullable(form.getFirst("decision")).orElse(""),
                Optional.ofNullable(form.getFirst("motif")).orElse("").strip(), AmountForm.read(form), Map.of());
        long version;
        try {
            version = Long.parseLong(Optional.ofNullable(form.getFirst("version")).orElse(""));
        } catch (NumberFormatException e) {
            return show(person, id, model, null, null, decision.withError("decision", "Rechargez la page et recommencez."));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (decision.grants()) {
            if (decision.amounts().hasErrors()) {
                return show(person, id, model, null, null, decision);
            }
            body.put("outcome", "GRANTED");
            body.put("amountsByYear", decision.amounts().amountsByYear());
        } else if (decision.refuses()) {
            if (decision.reasons().isEmpty()) {
                return show(person, id, model, null, null, decision.withError("reasons", "Indiquez le motif du refus."));
            }
            body.put("outcome", "REFUSED");
        } else {
            return show(person, id, model, null, null, decision.withError("decision", "Choisissez d'accorder ou de refuser."));
        }
        body.put("reasons", decision.reasons().isEmpty() ? null : decision.reasons());
        try {
            gateway.change(person, "/api/v1/funding/requests/{id}/decision", version, body, id);
        } catch (GatewayException e) {
            Refusals.relayUnauthenticated(e);
            GatewayProblem problem = e.problem();
            return show(person, id, model, problem, "decision", new Decision(decision.choice(), decision.reasons(),
                    decision.amounts().withApiErrors(problem.fieldErrors()), problem.fieldErrors()));
        }
        redirect.addFlashAttribute("done", decision.grants() ? "La demande est accordée." : "La demande est refusée.");
        return "redirect:/financements/demandes/" + id;
    }

    /** The convention de financement, read with the person's token and handed on under the API's file name. */
    @GetMapping("/financements/demandes/{id}/convention.pdf")
    ResponseEntity<byte[]> convention(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @PathVariable UUID id) {
        return gateway.download(person, "/api/v1/funding/requests/{id}/convention.pdf", id).toResponse();
    }

    private String show(OAuth2AuthorizedClient person, UUID id, Model model, GatewayProblem refusal, String refused,
            Decision decision) {
        FundingRequestView request = gateway.get(person, "/api/v1/funding/requests/{id}", FundingRequestView.class, id);
        model.addAttribute("request", request);
        try {
            model.addAttribute("evaluation", gateway.get(person, "/api/v1/funding/requests/{id}/evaluation",
                    EvaluationView.class, id));
        } catch (GatewayException e) {
            // The request stays readable when its evaluation is not (e.g. a role that may not ask for it).
            Refusals.relayUnauthenticated(e);
            model.addAttribute("evaluationProblem", e.problem());
        }
        model.addAttribute("refusal", refusal);
        model.addAttribute("refused", refused);
        model.addAttribute("decision", decision != null ? decision
                : new Decision("", "", AmountForm.of(request.requested()), Map.of()));
        return "funding/request";
    }

    /** The decision form as sent, with its errors (the console's own or the API's) by field. */
    public record Decision(String choice, String reasons, AmountForm amounts, Map<String, String> errors) {

        boolean grants() {
            return "accorder".equals(choice);
        }

        boolean refuses() {
            return "refuser".equals(choice);
        }

        Decision withError(String field, String message) {
            Map<String, String> all = new LinkedHashMap<>(errors);
            all.put(field, message);
            return new Decision(choice, reasons, amounts, all);
        }

        public String error(String field) {
            return errors.get(field);
        }
    }
}
