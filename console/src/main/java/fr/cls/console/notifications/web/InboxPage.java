package fr.cls.console.notifications.web;

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
import org.springframework.web.util.UriComponentsBuilder;

import fr.cls.console.gateway.Gateway;
import fr.cls.console.gateway.GatewayException;
import fr.cls.console.notifications.InboxItemView;

/** "Mes notifications": the person's own inbox (the API finds it by the token's issuer and subject). */
@Controller
class InboxPage {

    private static final ParameterizedTypeReference<Gateway.Page<InboxItemView>> ITEMS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    InboxPage(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/notifications")
    String inbox(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @RequestParam(name = "nonLues", defaultValue = "false") boolean unread,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String uri = UriComponentsBuilder.fromPath("/api/v1/notifications/inbox").queryParam("unread", unread)
                .queryParam("page", Math.max(0, page)).queryParam("size", 20).build().toUriString();
        model.addAttribute("unreadOnly", unread);
        try {
            model.addAttribute("items", gateway.get(person, uri, ITEMS));
        } catch (GatewayException e) {
            if (e.status() == 401) {
                throw e;
            }
            model.addAttribute("problem", e.problem());
        }
        return "inbox";
    }

    /** Marks one read; the list is shown again with the same filter. */
    @PostMapping("/notifications/{id}/lue")
    String markRead(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person, @PathVariable UUID id,
            @RequestParam(name = "nonLues", defaultValue = "false") boolean unread) {
        gateway.post(person, "/api/v1/notifications/inbox/{id}/read", id);
        return "redirect:/notifications" + (unread ? "?nonLues=true" : "");
    }
}
