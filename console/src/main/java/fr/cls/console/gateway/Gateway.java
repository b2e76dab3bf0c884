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
import org.springframework.http.ResponseEntity;
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

    /** An action on one's own resource that the API versions not (e.g. marking a notification read). */
    public void post(OAuth2AuthorizedClient person, String uri, Object... variables) {
        client.post().uri(uri, variables).headers(h -> h.setBearerAuth(token(person))).retrieve().toBodilessEntity();
    }

    /** A question put by POST that changes nothing (e.g. a funding simulation): its answer is the page. */
    public <T> T ask(OAuth2AuthorizedClient person, String uri, Object body, ParameterizedTypeReference<T> type,
            Object... variables) {
        return client.post().uri(uri, variables).headers(h -> h.setBearerAuth(token(person)))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(type);
    }

    /**
     * A creation under the {@code Idempotency-Key} the form carried: the same form sent twice (a double click, a
     * reload) creates one resource, the second call getting the first answer. {@code version} (If-Match) when the
     * creation changes its parent too (a member added to a body), else null.
     */
    public <T> T create(OAuth2AuthorizedClient person, String uri, String idempotencyKey, Long version, Object body,
            Class<T> type, Object... variables) {
        return client.post().uri(uri, variables)
                .headers(h -> {
                    h.setBearerAuth(token(person));
                    h.set("Idempotency-Key", idempotencyKey);
                    if (version != null) {
                        h.setIfMatch("\"" + version + "\"");
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(type);
    }

    /** A DELETE, with the version the person saw (If-Match). */
    public void remove(OAuth2AuthorizedClient person, String uri, long version, Object... variables) {
        client.delete().uri(uri, variables)
                .headers(h -> {
                    h.setBearerAuth(token(person));
                    h.setIfMatch("\"" + version + "\"");
                })
                .retrieve().toBodilessEntity();
    }

    /** A file (PDF, CSV) read as the person, with the type and file name the API gave. */
    public Download download(OAuth2AuthorizedClient person, String uri, Object... variables) {
        ResponseEntity<byte[]> answer = client.get().uri(uri, variables)
                .headers(h -> {
                    h.setBearerAuth(token(person));
                    // A refusal must still come back as a problem the console can read.
                    h.setAccept(List.of(MediaType.ALL, MediaType.APPLICATION_PROBLEM_JSON));
                })
                .retrieve().toEntity(byte[].class);
        MediaType type = answer.getHeaders().getContentType();
        return new Download(answer.getBody() == null ? new byte[0] : answer.getBody(),
                type == null ? MediaType.APPLICATION_OCTET_STREAM : type,
                answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
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
        List<String> rules = new ArrayList<>();
        if (body != null && body.has("violations")) {
            body.get("violations").forEach(v -> {
                violations.add(v.path("message").asString(""));
                rules.add(v.path("rule").asString(""));
            });
        }
        String title = body == null ? "" : body.path("title").asString("");
        String detail = body == null ? "" : body.path("detail").asString("");
        if (title.isBlank() && detail.isBlank()) {
            detail = status >= 500 ? "Le service n'a pas pu répondre ; réessayez plus tard." : "La demande a été refusée.";
        }
        return new GatewayProblem(status, title, detail, fields, violations, rules);
    }

    /** A downloaded file; {@code contentDisposition} as the API wrote it (its file name), null if it gave none. */
    public record Download(byte[] content, MediaType contentType, String contentDisposition) {

        /** The file handed on to the browser, under the API's name. */
        public ResponseEntity<byte[]> toResponse() {
            ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(contentType);
            if (contentDisposition != null) {
                answer.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition);
            }
            return answer.body(content);
        }
    }

    /** A page of the API's list answers. */
    public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }

}
