package fr.cls.console.funding.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cls.console.funding.AmountForm;
import fr.cls.console.funding.FinancingPlanView;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;

/** A contract's financing plan and its checks; the budget, which the API cannot know, is the person's to give. */
@Controller
class FinancingPlanPage {

    private final Gateway gateway;

    FinancingPlanPage(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/financements/contrats/{id}/plan")
    String plan(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam(name = "budget", required = false) String budget, Model model) {
        model.addAttribute("contractId", id);
        String typed = budget == null ? "" : budget.strip();
        model.addAttribute("budget", typed);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/funding/contracts/{id}/financing-plan");
        if (!typed.isEmpty()) {
            BigDecimal euros = AmountForm.euros(typed);
            if (euros == null) {
                model.addAttribute("budgetError", "Saisissez un montant en euros, par exemple 250 000.");
                return "funding/plan";
            }
            uri.queryParam("budget", euros.toPlainString());
        }
        try {
            model.addAttribute("plan", gateway.get(person, uri.build().toUriString(), FinancingPlanView.class, id));
        } catch (GatewayException e) {
            Refusals.relayUnauthenticated(e);
            if (e.problem().hasFieldError("budget")) {
                model.addAttribute("budgetError", e.problem().fieldErrors().get("budget"));
                return "funding/plan";
            }
            throw e;
        }
        return "funding/plan";
    }
}
