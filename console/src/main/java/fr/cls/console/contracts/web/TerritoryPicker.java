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

import fr.cls.console.contracts.ComputedTerritory;
import fr.cls.console.contracts.ContractView;
import fr.cls.console.contracts.PlaceView;
import fr.cls.console.contracts.TerritoryChoice;
import fr.cls.console.contracts.TerritoryMembers;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.gateway.GatewayProblem;
import tools.jackson.databind.ObjectMapper;

/**
 * The territory picker: communes and EPCI searched in the official division (INSEE, with their populations), the
 * chosen set's population computed by the API before the person saves it.
 */
@Controller
class TerritoryPicker {

    private static final ParameterizedTypeReference<Gateway.Page<PlaceView>> PLACES = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final ObjectMapper json;

    TerritoryPicker(Gateway gateway, ObjectMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    @GetMapping("/contrats/{id}/territoire")
    String pick(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam(name = "niveau", defaultValue = "communes") String level,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "choix", required = false) List<String> choices,
            @RequestParam Map<String, String> parameters, Model model) {
        // An address without parameters (the first visit) starts from the contract's own territory.
        return show(person, id, "epci".equals(level) ? "epci" : "communes", query, parameters.isEmpty() ? null
                : TerritoryChoice.of(choices), model, null);
    }

    @PostMapping("/contrats/{id}/territoire")
    String save(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam long version, @RequestParam(name = "choix", required = false) List<String> choices, Model model,
            RedirectAttributes redirect) {
        TerritoryChoice choice = TerritoryChoice.of(choices);
        try {
            gateway.change(person, "/api/v1/contracts/{id}/territory", version,
                    members(choice), id);
        } catch (GatewayException e) {
            return show(person, id, "communes", null, choice, model, Refusals.shownOnPage(e).problem());
        }
        redirect.addFlashAttribute("done", "Le territoire est enregistré.");
        return "redirect:/contrats/" + id;
    }

    private static Map<String, Object> members(TerritoryChoice choice) {
        Map<String, Object> members = new java.util.LinkedHashMap<>();
        members.put("communes", choice.communes());
        members.put("epci", choice.epci());
        return members;
    }

    private String show(OAuth2AuthorizedClient person, UUID id, String level, String query, TerritoryChoice choice,
            Model model, GatewayProblem refusal) {
        ContractView contract;
        try {
            contract = gateway.get(person, "/api/v1/contracts/{id}", ContractView.class, id);
        } catch (GatewayException e) {
            return ContractPageModel.notFoundOr(e, model);
        }
        if (choice == null) {
            // First visit: the picker starts from the territory the contract has.
            TerritoryMembers current = TerritoryMembers.parse(contract.territory(), json);
            choice = TerritoryChoice.of(current == null ? List.of() : java.util.stream.Stream.concat(
                    current.communes().stream().map(c -> "communes:" + c), current.epci().stream().map(e -> "epci:" + e))
                    .toList());
        }
        String base = "/contrats/" + id + "/territoire";
        model.addAttribute("contract", contract);
        model.addAttribute("level", level);
        model.addAttribute("query", query);
        model.addAttribute("choice", choice);
        model.addAttribute("base", base);
        model.addAttribute("refusal", refusal);
        if (query != null && !query.isBlank()) {
            String uri = UriComponentsBuilder.fromPath("/api/v1/territories/" + level).queryParam("q", query.strip())
                    .queryParam("size", 20).build().toUriString();
            try {
                model.addAttribute("results", gateway.get(person, uri, PLACES).items());
            } catch (GatewayException e) {
                model.addAttribute("searchProblem", Refusals.shownOnPage(e).problem());
            }
        }
        if (!choice.isEmpty()) {
            try {
                model.addAttribute("computed", gateway.send(person, "/api/v1/territories/compute",
                        members(choice), ComputedTerritory.class));
            } catch (GatewayException e) {
                model.addAttribute("searchProblem", Refusals.shownOnPage(e).problem());
            }
        }
        return "contract-territory";
    }
}
