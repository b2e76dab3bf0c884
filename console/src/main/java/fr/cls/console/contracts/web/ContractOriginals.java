package fr.cls.console.contracts.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.gateway.GatewayProblem;

/**
 * A signed original (PDF) deposited with the contract: the owner any kind, a party its own délibération — the API
 * decides, and checks the file is a PDF. The console passes the file on and keeps nothing.
 */
@Controller
class ContractOriginals {

    private final Gateway gateway;
    private final ContractPageModel page;

    ContractOriginals(Gateway gateway, ContractPageModel page) {
        this.gateway = gateway;
        this.page = page;
    }

    @PostMapping("/contrats/{id}/originaux")
    String upload(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            return page.show(person, id, model, new GatewayProblem(400, "Requête invalide", "", Map.of("file",
                    "choisissez le fichier PDF à déposer"), java.util.List.of()), "originaux", form);
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("kind", form.getOrDefault("kind", ""));
        if (form.get("title") != null && !form.get("title").isBlank()) {
            fields.put("title", form.get("title").strip());
        }
        try {
            gateway.upload(person, "/api/v1/contracts/{id}/originals", file.getOriginalFilename(), file.getBytes(), fields,
                    Map.class, id);
        } catch (GatewayException e) {
            return page.show(person, id, model, Refusals.shownOnPage(e).problem(), "originaux", form);
        }
        redirect.addFlashAttribute("done", "Le document est déposé.");
        return "redirect:/contrats/" + id;
    }
}
