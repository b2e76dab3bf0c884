package fr.cls.console.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The only way out of the console: the gateway, called with the person's own access token (token relay), so the
 * platform applies the person's tenant and roles exactly as for any other client. French is asked for, so the
 * problems read as the API words them.
 */
@Component
public class Gateway {

    private final RestClient client;
    private final ObjectMapper json;

    Gateway(RestClient.Builder builder, ObjectMapper json, @Value("${cls.console.gateway-url}") String gatewayUrl) {
        this.client = builder.baseUrl(gatewayUrl)
                .defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw new GatewayException(problem(response));
                })
                .build();
        this.json = json;
    }

    public <T> T get(OAuth2AuthorizedClient person, String uri, ParameterizedTypeReference<T> type, Object... variables) {
        return client.get().uri(uri, variables).headers(h -> h.setBearerAuth(token(person))).retrieve().body(type);
    }

    public <T> T get(OAuth2AuthorizedClient person, String uri, Class<T> type, Object... variables) {
        return client.get().uri(uri, variables).headers(h -> h.setBearerAuth(token(person))).retrieve().body(type);
    }

    /** A change of an existing resource: names the version the person saw (If-Match), as the API requires. */
    public void change(OAuth2AuthorizedClient person, String uri, long version, Object body, Object... variables) {
        client.post().uri(uri, variables)
                .headers(h -> {
                    h.setBearerAuth(token(person));
                    h.setIfMatch("\"" + version + "\"");
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** A creation (or a read-only computation) the API versions not: its answer, e.g. the new contract. */
    public <T> T send(OAuth2AuthorizedClient person, String uri, Object body, Class<T> type, Object... variables) {
        return client.post().uri(uri, variables).headers(h -> h.setBearerAuth(token(person)))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(type);
    }

    /** A replacement of an existing resource (PUT), naming the version the person saw (If-Match). */
    public void replace(OAuth2AuthorizedClient person, String uri, long version, Object body, Object... variables) {
        client.put().uri(uri, variables)
                .headers(h -> {
                    h.setBearerAuth(token(person));
                    h.setIfMatch("\"" + version + "\"");
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** A file sent as the API's multipart form ({@code file} part plus plain fields); its answer, e.g. the stored original. */
    public <T> T upload(OAuth2AuthorizedClient person, String uri, String fileName, byte[] content,
            Map<String, String> fields, Class<T> type, Object... variables) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        fields.forEach(parts::add);
        parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return client.post().uri(uri, variables).headers(h -> h.setBearerAuth(token(person)))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(type);
    }

    /** A document (a PDF), as bytes: the console hands it on without keeping it. */
    public byte[] download(OAuth2AuthorizedClient person, String uri, Object... variables) {
        return client.get().uri(uri, variables).headers(h -> {
            h.setBearerAuth(token(person));
            h.setAccept(List.of(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON));
        }).retrieve().body(byte[].class);
    }

    /** An action on one's own resource that the API versions not (e.g. marking a notification read). */
    public void post(OAuth2AuthorizedClient person, String uri, Object... variables) {
        client.post().uri(uri, variables).headers(h -> h.setBearerAuth(token(person))).retrieve().toBodilessEntity();
    }

    private static String token(OAuth2AuthorizedClient person) {
        return person.getAccessToken().getTokenValue();
    }

    private GatewayProblem problem(ClientHttpResponse response) {
        int status;
        JsonNode body;
        try {
            status = response.getStatusCode().value();
            body = json.readTree(response.getBody());
        } catch (Exception e) {
            return new GatewayProblem(500, "Service indisponible", "Le service n'a pas pu répondre ; réessayez plus tard.",
                    Map.of(), List.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (body != null && body.has("errors")) {
            body.get("errors").forEach(e -> fields.merge(e.path("field").asString(""), e.path("message").asString(""),
                    (a, b) -> a + " " + b));
        }
        List<String> violations = new ArrayList<>();
        if (body != null && body.has("violations")) {
            body.get("violations").forEach(v -> violations.add(v.path("message").asString("")));
        }
        String title = body == null ? "" : body.path("title").asString("");
        String detail = body == null ? "" : body.path("detail").asString("");
        if (title.isBlank() && detail.isBlank()) {
            detail = status >= 500 ? "Le service n'a pas pu répondre ; réessayez plus tard." : "La demande a été refusée.";
        }
        return new GatewayProblem(status, title, detail, fields, violations);
    }

    /** A page of the API's list answers. */
    public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }

}
