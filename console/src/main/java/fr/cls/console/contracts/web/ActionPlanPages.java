package fr.cls.console.contracts.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

import fr.cls.console.contracts.AxisView;
import fr.cls.console.contracts.ContractView;
import fr.cls.console.contracts.Labels;
import fr.cls.console.contracts.SheetView;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.gateway.GatewayProblem;

/** A contract's action plan: its axes and fiches actions, added and edited through the API. */
@Controller
class ActionPlanPages {

    private static final ParameterizedTypeReference<List<AxisView>> AXES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<SheetView>> SHEETS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> SHEET = new ParameterizedTypeReference<>() {
    };
    /** The fields the console's form edits; the others (indicators, partners, funder plans) are kept as they are. */
    private static final List<String> EDITED = List.of("axisId", "title", "objective", "pilot", "startDate", "endDate",
            "budget", "status");

    private final Gateway gateway;

    ActionPlanPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/contrats/{id}/plan")
    String plan(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id, Model model) {
        return showPlan(person, id, model, null, null, Map.of());
    }

    @PostMapping("/contrats/{id}/axes")
    String addAxis(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", form.getOrDefault("code", "").strip());
        body.put("title", form.getOrDefault("title", "").strip());
        body.put("order", integer(form.get("order")));
        try {
            gateway.send(person, "/api/v1/contracts/{id}/axes", body, Map.class, id);
        } catch (GatewayException e) {
            return showPlan(person, id, model, Refusals.shownOnPage(e).problem(), "axe", form);
        }
        redirect.addFlashAttribute("done", "L'axe est ajouté.");
        return "redirect:/contrats/" + id + "/plan";
    }

    @PostMapping("/contrats/{id}/fiches")
    String addSheet(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        GatewayProblem local = SheetForm.budgetProblem(form);
        if (local != null) {
            return showPlan(person, id, model, local, "fiche", form);
        }
        try {
            gateway.send(person, "/api/v1/contracts/{id}/action-sheets", SheetForm.fields(form), Map.class, id);
        } catch (GatewayException e) {
            return showPlan(person, id, model, Refusals.shownOnPage(e).problem(), "fiche", form);
        }
        redirect.addFlashAttribute("done", "La fiche action est ajoutée.");
        return "redirect:/contrats/" + id + "/plan";
    }

    @GetMapping("/contrats/{id}/fiches/{sheetId}")
    String sheet(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @PathVariable UUID sheetId, Model model) {
        return showSheet(person, id, sheetId, model, null, null);
    }

    /** Replaces the fiche with the edited fields and everything else as the API last answered it (If-Match). */
    @PostMapping("/contrats/{id}/fiches/{sheetId}")
    String editSheet(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @PathVariable UUID sheetId, @RequestParam long version, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        GatewayProblem local = SheetForm.budgetProblem(form);
        if (local != null) {
            return showSheet(person, id, sheetId, model, local, form);
        }
        try {
            Map<String, Object> current = gateway.get(person, "/api/v1/contracts/{id}/action-sheets/{sid}", SHEET, id, sheetId);
            Map<String, Object> body = new LinkedHashMap<>(current);
            List.of("id", "contractId", "version").forEach(body::remove);
            body.putAll(SheetForm.fields(form));
            gateway.replace(person, "/api/v1/contracts/{id}/action-sheets/{sid}", version, body, id, sheetId);
        } catch (GatewayException e) {
            if (e.status() == 404) {
                return ContractPageModel.notFoundOr(e, model);
            }
            return showSheet(person, id, sheetId, model, Refusals.shownOnPage(e).problem(), form);
        }
        redirect.addFlashAttribute("done", "La fiche action est enregistrée.");
        return "redirect:/contrats/" + id + "/plan";
    }

    private String showPlan(OAuth2AuthorizedClient person, UUID id, Model model, GatewayProblem refusal, String form,
            Map<String, String> entered) {
        ContractView contract;
        try {
            contract = gateway.get(person, "/api/v1/contracts/{id}", ContractView.class, id);
        } catch (GatewayException e) {
            return ContractPageModel.notFoundOr(e, model);
        }
        List<AxisView> axes = gateway.get(person, "/api/v1/contracts/{id}/axes", AXES, id);
        List<SheetView> sheets = gateway.get(person, "/api/v1/contracts/{id}/action-sheets", SHEETS, id);
        model.addAttribute("contract", contract);
        model.addAttribute("axes", axes);
        model.addAttribute("axisOptions", AxisOptions.of(axes));
        model.addAttribute("sheets", sheets);
        model.addAttribute("sheetStatuses", Labels.SHEET_STATUSES);
        model.addAttribute("refusal", refusal);
        model.addAttribute("refused", form);
        model.addAttribute("entered", entered);
        return "contract-plan";
    }

    private String showSheet(OAuth2AuthorizedClient person, UUID id, UUID sheetId, Model model, GatewayProblem refusal,
            Map<String, String> entered) {
        ContractView contract;
        Map<String, Object> sheet;
        try {
            contract = gateway.get(person, "/api/v1/contracts/{id}", ContractView.class, id);
            sheet = gateway.get(person, "/api/v1/contracts/{id}/action-sheets/{sid}", SHEET, id, sheetId);
        } catch (GatewayException e) {
            return ContractPageModel.notFoundOr(e, model);
        }
        Map<String, String> shown = new LinkedHashMap<>();
        EDITED.forEach(f -> shown.put(f, sheet.get(f) == null ? "" : String.valueOf(sheet.get(f))));
        if (entered != null) {
            shown.putAll(entered);
        }
        model.addAttribute("contract", contract);
        model.addAttribute("sheetId", sheetId);
        model.addAttribute("sheetVersion", entered != null && entered.get("version") != null ? entered.get("version")
                : String.valueOf(sheet.get("version")));
        model.addAttribute("axisOptions", AxisOptions.of(gateway.get(person, "/api/v1/contracts/{id}/axes", AXES, id)));
        model.addAttribute("sheetStatuses", Labels.SHEET_STATUSES);
        model.addAttribute("refusal", refusal);
        model.addAttribute("refused", "fiche");
        model.addAttribute("entered", shown);
        return "contract-sheet";
    }

    private static Object integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The fiche's form fields as the API's body; money as euros typed the French way ("1 500,50"). */
    static final class SheetForm {

        private SheetForm() {
        }

        static Map<String, Object> fields(Map<String, String> form) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("axisId", blank(form.get("axisId")));
            body.put("title", form.getOrDefault("title", "").strip());
            body.put("objective", form.getOrDefault("objective", "").strip());
            body.put("pilot", form.getOrDefault("pilot", "").strip());
            body.put("startDate", blank(form.get("startDate")));
            body.put("endDate", blank(form.get("endDate")));
            body.put("budget", euros(form.get("budget")));
            if (blank(form.get("status")) != null) {
                body.put("status", form.get("status"));
            }
            return body;
        }

        /** A budget the console cannot read as euros is refused here, next to its field, before any call. */
        static GatewayProblem budgetProblem(Map<String, String> form) {
            String budget = form.get("budget");
            if (budget == null || budget.isBlank() || euros(budget) != null) {
                return null;
            }
            return new GatewayProblem(400, "Requête invalide", "", Map.of("budget",
                    "un montant en euros, par exemple 1500 ou 1 500,50"), List.of());
        }

        private static BigDecimal euros(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(value.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
