package fr.cls.console.governance.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.cls.console.gateway.Gateway;

/**
 * A meeting's papers (the convocation, the procès-verbal), fetched as the person and handed on as the API named
 * them; the console's security headers (nosniff included) apply as to any answer. A refusal (not convened yet,
 * minutes not written) is the French problem page, not a broken file.
 */
@Controller
class MeetingPapers {

    private final Gateway gateway;

    MeetingPapers(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/gouvernance/reunions/{id}/convocation.pdf")
    ResponseEntity<byte[]> convocation(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @PathVariable UUID id) {
        return gateway.download(person, "/api/v1/governance/meetings/{id}/convocation.pdf", id).toResponse();
    }

    @GetMapping("/gouvernance/reunions/{id}/proces-verbal.pdf")
    ResponseEntity<byte[]> minutes(@RegisteredOAuth2AuthorizedClient("cls") OAuth2AuthorizedClient person,
            @PathVariable UUID id) {
        return gateway.download(person, "/api/v1/governance/meetings/{id}/minutes.pdf", id).toResponse();
    }
}
