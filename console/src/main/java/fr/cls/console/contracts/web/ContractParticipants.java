package fr.cls.console.contracts.web;

import java.util.LinkedHashMap;
import java.util.Map;
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

/**
 * Who takes part in a contract: parties (other tenants), signatories and their signatures, the coordinator. Each
 * form posts to the API as the person; a refusal shows the contract page again with the errors at their fields.
 */
@Controller
class ContractParticipants {

    private final Gateway gateway;
    private final ContractPageModel page;

    ContractParticipants(Gateway gateway, ContractPageModel page) {
        this.gateway = gateway;
        this.page = page;
    }

    @PostMapping("/contrats/{id}/parties")
    String addParty(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenantId", form.getOrDefault("tenantId", "").strip());
        body.put("role", given(form.get("role")));
        return done(() -> gateway.send(person, "/api/v1/contracts/{id}/parties", body, Map.class, id),
                "La partie est ajoutée.", "parties", person, id, form, model, redirect);
    }

    @PostMapping("/contrats/{id}/signataires")
    String addSignatory(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", form.getOrDefault("organisation", "").strip());
        body.put("kind", given(form.get("kind")));
        body.put("carrier", "true".equals(form.get("carrier")));
        return done(() -> gateway.send(person, "/api/v1/contracts/{id}/signatories", body, Map.class, id),
                "Le signataire est ajouté.", "signataires", person, id, form, model, redirect);
    }

    /** One signatory signed (the date it did, today when left empty). */
    @PostMapping("/contrats/{id}/signataires/{signatoryId}/signature")
    String recordSignature(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @PathVariable UUID signatoryId, @RequestParam long version, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (given(form.get("signedOn")) != null) {
            body.put("signedOn", form.get("signedOn").strip());
        }
        return done(() -> gateway.change(person, "/api/v1/contracts/{id}/signatories/{sid}/signature", version, body, id,
                signatoryId), "La signature est enregistrée.", "signature-" + signatoryId, person, id, form, model, redirect);
    }

    @PostMapping("/contrats/{id}/coordinateur")
    String assignCoordinator(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", form.getOrDefault("subject", "").strip());
        body.put("issuer", given(form.get("issuer")));
        return done(() -> gateway.change(person, "/api/v1/contracts/{id}/coordinator", version, body, id),
                "Le coordinateur est désigné.", "coordinateur", person, id, form, model, redirect);
    }

    private String done(Runnable call, String message, String form, OAuth2AuthorizedClient person, UUID id,
            Map<String, String> entered, Model model, RedirectAttributes redirect) {
        try {
            call.run();
        } catch (GatewayException e) {
            return page.show(person, id, model, Refusals.shownOnPage(e).problem(), form, entered);
        }
        redirect.addFlashAttribute("done", message);
        return "redirect:/contrats/" + id;
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
