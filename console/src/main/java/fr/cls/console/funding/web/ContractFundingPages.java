package fr.cls.console.funding.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
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

import fr.cls.console.funding.AmountForm;
import fr.cls.console.funding.EvaluationView;
import fr.cls.console.funding.FundingLabels;
import fr.cls.console.funding.FundingRequestView;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.gateway.GatewayProblem;

/** A contract's funding: its requests, the simulation, filing a request, the financing plan. */
@Controller
class ContractFundingPages {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ParameterizedTypeReference<List<FundingRequestView>> REQUESTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<EvaluationView>> EVALUATIONS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    ContractFundingPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/financements/contrats/{id}")
    String contract(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            Model model) {
        model.addAttribute("contractId", id);
        model.addAttribute("requests", gateway.get(person, "/api/v1/funding/contracts/{id}/requests", REQUESTS, id));
        return "funding/contract";
    }

    @GetMapping("/financements/contrats/{id}/simulation")
    String simulationForm(@PathVariable UUID id, Model model) {
        model.addAttribute("contractId", id);
        model.addAttribute("amounts", AmountForm.blank(today().getYear()));
        model.addAttribute("asOf", "");
        return "funding/simulation";
    }

    /** A POST because the API's simulation is one; it changes nothing, so a refusal just shows the form again. */
    @PostMapping("/financements/contrats/{id}/simulation")
    String simulate(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form, Model model) {
        AmountForm amounts = AmountForm.read(form);
        String asOf = Optional.ofNullable(form.getFirst("dateDepot")).orElse("").strip();
        model.addAttribute("contractId", id);
        model.addAttribute("asOf", asOf);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        if (!asOf.isEmpty()) {
            try {
                date = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                errors.put("asOf", "Saisissez une date valide, par exemple 15/03/2026.");
            }
        }
        if (amounts.hasErrors() || !errors.isEmpty()) {
            model.addAttribute("amounts", amounts);
            model.addAttribute("errors", errors);
            return "funding/simulation";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contractId", id);
        body.put("amountsByYear", amounts.amountsByYear());
        body.put("ownShareByYear", amounts.ownShareByYear());
        body.put("asOf", date);
        try {
            model.addAttribute("results", gateway.ask(person, "/api/v1/funding/simulations", body, EVALUATIONS));
            model.addAttribute("amounts", amounts);
        } catch (GatewayException e) {
            Refusals.relayUnauthenticated(e);
            model.addAttribute("amounts", amounts.withApiErrors(e.problem().fieldErrors()));
            model.addAttribute("errors", e.problem().fieldErrors());
            model.addAttribute("refusal", e.problem());
        }
        return "funding/simulation";
    }

    @GetMapping("/financements/contrats/{id}/demande")
    String requestForm(@PathVariable UUID id, @RequestParam(name = "financeur", required = false) String funder,
            @RequestParam(name = "dispositif", required = false) String scheme, Model model) {
        return filingForm(model, id, new Filing(orEmpty(funder), orEmpty(scheme), ""), AmountForm.blank(today().getYear()),
                Map.of(), null, newKey());
    }

    /**
     * The key came with the form, so a second click sends the same key and gets the first answer. A refusal gives
     * the form a new key (the person will change it), unless nothing was judged yet (the first click still running).
     */
    @PostMapping("/financements/contrats/{id}/demande")
    String file(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        Filing filing = new Filing(orEmpty(form.getFirst("financeur")), orEmpty(form.getFirst("dispositif")),
                orEmpty(form.getFirst("objet")));
        String key = orEmpty(form.getFirst("cle"));
        AmountForm amounts = AmountForm.read(form);
        if (amounts.hasErrors() || key.isEmpty()) {
            return filingForm(model, id, filing, amounts, Map.of(), null, key.isEmpty() ? newKey() : key);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contractId", id);
        body.put("funder", filing.funder());
        body.put("schemeCode", filing.scheme());
        // Only a known purpose goes out: anything else is the API's "must not be null", next to the field.
        body.put("purpose", FundingLabels.PURPOSES.containsKey(filing.purpose()) ? filing.purpose() : null);
        body.put("amountsByYear", amounts.amountsByYear());
        body.put("ownShareByYear", amounts.ownShareByYear());
        FundingRequestView filed;
        try {
            filed = gateway.create(person, "/api/v1/funding/requests", key, null, body, FundingRequestView.class);
        } catch (GatewayException e) {
            Refusals.relayUnauthenticated(e);
            GatewayProblem problem = e.problem();
            boolean stillRunning = problem.status() == 409 && problem.violations().isEmpty() && problem.fieldErrors().isEmpty()
                    || problem.status() >= 500;
            return filingForm(model, id, filing, amounts.withApiErrors(problem.fieldErrors()), problem.fieldErrors(), problem,
                    stillRunning ? key : newKey());
        }
        redirect.addFlashAttribute("done", "La demande de financement est déposée.");
        return "redirect:/financements/demandes/" + filed.id();
    }

    private String filingForm(Model model, UUID id, Filing filing, AmountForm amounts, Map<String, String> errors,
            GatewayProblem refusal, String key) {
        model.addAttribute("contractId", id);
        model.addAttribute("filing", filing);
        model.addAttribute("purposes", FundingLabels.PURPOSES);
        model.addAttribute("amounts", amounts);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("key", key);
        return "funding/request-form";
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /** What the filing form carries besides the amounts. */
    public record Filing(String funder, String scheme, String purpose) {
    }
}
