package fr.cls.console.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import fr.cls.console.dashboard.ContractOverview;
import fr.cls.console.dashboard.Exports;
import fr.cls.console.dashboard.FunderOverview;
import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;

/**
 * "Tableau de bord": the contracts' figures and coverage, then the funding figures. Each half is read on its own: a
 * person who may see one and not the other (a coordinator is no funder) still sees the half they may.
 */
@Controller
class DashboardPage {

    private final Gateway gateway;

    DashboardPage(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/tableau-de-bord")
    String dashboard(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, Model model) {
        try {
            model.addAttribute("contracts", gateway.get(person, "/api/v1/contracts/dashboard", ContractOverview.class));
        } catch (GatewayException e) {
            relayUnauthenticated(e);
            model.addAttribute("contractsProblem", e.problem());
        }
        try {
            model.addAttribute("funding", gateway.get(person, "/api/v1/funding/dashboard", FunderOverview.class));
        } catch (GatewayException e) {
            relayUnauthenticated(e);
            model.addAttribute("fundingProblem", e.problem());
        }
        return "dashboard";
    }

    /** The file as the API wrote it (bytes, type, Content-Disposition), read with the person's token. */
    @GetMapping("/tableau-de-bord/exports/{name}.csv")
    ResponseEntity<byte[]> export(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @PathVariable String name) {
        String route = Exports.ROUTES.get(name);
        if (route == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return gateway.download(person, route).toResponse();
    }

    private static void relayUnauthenticated(GatewayException e) {
        if (e.status() == 401) {
            throw e;
        }
    }
}
