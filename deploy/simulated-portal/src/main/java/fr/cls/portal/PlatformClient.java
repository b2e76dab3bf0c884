package fr.cls.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/** Calls the platform through its gateway with a client-credentials token, renewed before it expires. */
@Component
class PlatformClient {

    private final PortalProperties properties;
    private final RestClient http = RestClient.create();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    PlatformClient(PortalProperties properties) {
        this.properties = properties;
    }

    /** The platform's answer: 201/200 with the dossier, or its problem+json. */
    record Answer(int status, JsonNode body) {
    }

    Answer file(String reference, UUID contractId, String schemeCode, int year, BigDecimal amount, BigDecimal ownShare) {
        Map<String, Object> dossier = Map.of("portalReference", reference, "contractId", contractId, "schemeCode", schemeCode,
                "purpose", "COORDINATOR_POST", "amountsByYear", Map.of(year, amount), "ownShareByYear", Map.of(year, ownShare),
                "attachments", List.of(Map.of("name", "dossier-" + reference + ".pdf", "mediaType", "application/pdf",
                        "reference", "simulated-portal://" + reference)));
        return http.post().uri(properties.gatewayUrl().resolve("/api/v1/integration/dossiers"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token()).header("Idempotency-Key", UUID.nameUUIDFromBytes(
                        reference.getBytes()).toString())
                .contentType(MediaType.APPLICATION_JSON).body(dossier)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
    }

    JsonNode changes(long since) {
        return http.get().uri(properties.gatewayUrl().resolve("/api/v1/integration/changes?limit=200&since=" + since))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token()).retrieve().body(JsonNode.class);
    }

    private synchronized String token() {
        if (Instant.now().isAfter(tokenExpires)) {
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            JsonNode answer = http.post().uri(properties.tokenUrl())
                    .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                            (properties.clientId() + ":" + properties.clientSecret()).getBytes()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(JsonNode.class);
            token = answer.get("access_token").asString();
            tokenExpires = Instant.now().plusSeconds(Math.max(30, answer.path("expires_in").asLong(300) - 30));
        }
        return token;
    }
}
