package fr.cls.console.contracts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.cls.console.contracts.ComputedTerritory;
import fr.cls.console.contracts.ContractView;
import fr.cls.console.contracts.Labels;
import fr.cls.console.contracts.NextActions;
import fr.cls.console.contracts.NextStepView;
import fr.cls.console.contracts.OriginalView;
import fr.cls.console.contracts.PartyView;
import fr.cls.console.contracts.SignatoryView;
import fr.cls.console.contracts.TerritoryMembers;
import fr.cls.console.contracts.Timeline;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.gateway.GatewayProblem;
import tools.jackson.databind.ObjectMapper;

/**
 * A contract's page, read through the gateway: shown as is, or again with a refused form's problem (the form named
 * by {@code form}, its fields as the person typed them) so that errors sit next to their fields.
 */
@Component
class ContractPageModel {

    private static final ParameterizedTypeReference<List<PartyView>> PARTIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<OriginalView>> ORIGINALS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<SignatoryView>> SIGNATORIES = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final ObjectMapper json;

    ContractPageModel(Gateway gateway, ObjectMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    String show(OAuth2AuthorizedClient person, UUID id, Model model) {
        return show(person, id, model, null, null, Map.of());
    }

    /** The page again after a refusal: nothing was changed, the person's input is kept. */
    String show(OAuth2AuthorizedClient person, UUID id, Model model, GatewayProblem refusal, String form,
            Map<String, String> entered) {
        ContractView contract;
        try {
            contract = gateway.get(person, "/api/v1/contracts/{id}", ContractView.class, id);
        } catch (GatewayException e) {
            return ContractPageModel.notFoundOr(e, model);
        }
        model.addAttribute("contract", contract);
        model.addAttribute("statusLabel", Labels.status(contract.status()));
        model.addAttribute("kindLabel", Labels.kind(contract.kind()));
        model.addAttribute("timeline", Timeline.of(contract));
        model.addAttribute("territoryName", territoryName(person, contract.territory()));
        model.addAttribute("actions", NextActions.of(contract.status()));
        model.addAttribute("parties", gateway.get(person, "/api/v1/contracts/{id}/parties", PARTIES, id));
        model.addAttribute("signatories", optional(() -> gateway.get(person, "/api/v1/contracts/{id}/signatories",
                SIGNATORIES, id), List.of()));
        model.addAttribute("nextStep", optional(() -> gateway.get(person, "/api/v1/contracts/{id}/next-step",
                NextStepView.class, id), NextStepView.NONE));
        model.addAttribute("originals", optional(() -> gateway.get(person, "/api/v1/contracts/{id}/originals",
                ORIGINALS, id), List.of()));
        model.addAttribute("originalKinds", OriginalView.KINDS);
        model.addAttribute("roles", Labels.ROLES);
        model.addAttribute("signatoryKinds", Labels.SIGNATORY_KINDS);
        model.addAttribute("diagnosticModes", Labels.DIAGNOSTIC_MODES);
        model.addAttribute("refusal", refusal);
        model.addAttribute("refused", form);
        model.addAttribute("entered", entered);
        return "contract";
    }

    /** The territory's members by name ("Martigues (13056)"), as the official division names them. */
    private String territoryName(OAuth2AuthorizedClient person, String territory) {
        TerritoryMembers members = TerritoryMembers.parse(territory, json);
        if (members == null) {
            return territory;
        }
        if (members.isEmpty()) {
            return null;
        }
        Map<String, Object> request = new java.util.LinkedHashMap<>();
        request.put("communes", members.communes());
        request.put("epci", members.epci());
        ComputedTerritory computed = optional(() -> gateway.send(person, "/api/v1/territories/compute", request,
                ComputedTerritory.class), null);
        if (computed == null) {
            return String.join(", ", members.communes()) + (members.epci().isEmpty() ? "" : " ; EPCI "
                    + String.join(", ", members.epci()));
        }
        return computed.members().stream().map(m -> m.name() + " (" + m.code() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A contract the person cannot see reads "Contrat introuvable", as the API's 404 says. */
    static String notFoundOr(GatewayException e, Model model) {
        if (e.status() == 404) {
            model.addAttribute("problem", e.problem());
            return "not-found";
        }
        throw e;
    }

    /** A part of the page the API may refuse to this person (or not know yet): the page shows without it. */
    private static <T> T optional(java.util.function.Supplier<T> read, T otherwise) {
        try {
            T value = read.get();
            return value == null ? otherwise : value;
        } catch (GatewayException e) {
            if (e.status() == 401) {
                throw e;
            }
            return otherwise;
        }
    }
}
