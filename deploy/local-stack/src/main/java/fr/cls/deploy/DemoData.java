package fr.cls.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the demo contracts through the public API, as the demo users would: the PACA contracts of the seed
 * (imported, signed before the platform, with their axes) and one project per seed tenant, driven through its
 * first steps (PACA's with its coordinator). A contract whose title its tenant already has is left alone, so restarts add nothing.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gateway;
    private final String issuer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();

    DemoData(String gateway, String issuer) {
        this.gateway = gateway;
        this.issuer = issuer;
    }

    /** @return how many contracts were added */
    int load() throws IOException, InterruptedException {
        JsonNode data;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo-data.json")) {
            data = JSON.readTree(in);
        }
        int added = 0;
        for (JsonNode contract : data.get("imports")) {
            if (!exists(contract)) {
                importSigned(contract);
                added++;
            }
        }
        for (JsonNode project : data.get("projects")) {
            if (!exists(project)) {
                drive(project);
                added++;
            }
        }
        return added;
    }

    /**
     * Has ARS ARA's approver register the simulated portal's callback for the funding events, with the secret the
     * portal verifies signatures with; does nothing when it is registered already.
     */
    void connectPortal(String callbackUrl, String secret) throws IOException, InterruptedException {
        for (JsonNode endpoint : call("approver.ara", "GET", "/api/v1/notifications/webhooks", null, 200).path("items")) {
            if (callbackUrl.equals(endpoint.path("url").asText()) && !"DELETED".equals(endpoint.path("status").asText())) {
                return;
            }
        }
        call("approver.ara", "POST", "/api/v1/notifications/webhooks", Map.of("url", callbackUrl,
                "eventTypes", List.of("cls.funding.*"), "description", "Portail de financement (simulé)", "secret", secret), 201);
    }

    private boolean exists(JsonNode contract) throws IOException, InterruptedException {
        JsonNode page = call(contract.get("as").asText(), "GET", "/api/v1/contracts?size=200", null, 200);
        for (JsonNode existing : page.get("items")) {
            if (existing.get("title").asText().equals(contract.get("title").asText())) {
                return true;
            }
        }
        return false;
    }

    private void importSigned(JsonNode contract) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", contract.get("kind").asText());
        body.put("title", contract.get("title").asText());
        body.put("status", contract.get("status").asText());
        body.put("startDate", contract.get("startDate").asText());
        List<Map<String, String>> signatories = new ArrayList<>();
        for (JsonNode s : contract.get("signatories")) {
            signatories.add(Map.of("organisation", s.get(0).asText(), "kind", s.get(1).asText(),
                    "signedOn", contract.get("startDate").asText()));
        }
        body.put("signatories", signatories);
        List<String> axes = new ArrayList<>();
        contract.path("axes").forEach(axis -> axes.add(axis.asText()));
        body.put("axes", axes);
        call(contract.get("as").asText(), "POST", "/api/v1/contracts/imports", body, 201);
    }

    private void drive(JsonNode project) throws IOException, InterruptedException {
        String agent = project.get("as").asText();
        String approver = project.has("approver") ? project.get("approver").asText() : agent;
        String id = call(agent, "POST", "/api/v1/contracts", Map.of("kind", project.get("kind").asText(),
                "title", project.get("title").asText(),
                "letterOfIntentReceivedOn", project.get("letterOfIntentReceivedOn").asText()), 201).get("id").asText();
        String c = "/api/v1/contracts/" + id;
        for (JsonNode party : project.path("parties")) {
            call(agent, "POST", c + "/parties", Map.of("tenantId", party.get(0).asText(), "role", party.get(1).asText()), 201);
        }
        if (project.has("territoryEpci") || project.has("territoryCommunes")) {
            List<String> epci = new ArrayList<>();
            project.path("territoryEpci").forEach(code -> epci.add(code.asText()));
            List<String> communes = new ArrayList<>();
            project.path("territoryCommunes").forEach(code -> communes.add(code.asText()));
            change(agent, c, "/territory", Map.of("epci", epci, "communes", communes), 200);
        }
        if (project.has("coordinator")) {
            change(agent, c, "/coordinator", Map.of("subject", project.get("coordinator").asText()), 200);
        }
        for (JsonNode step : project.get("steps")) {
            String[] parts = step.asText().split(":");
            switch (parts[0]) {
                case "framing" -> change(agent, c, "/framing", Map.of(), 200);
                case "agreement" -> change(approver, c, "/agreement", Map.of("diagnosticMode", parts[1]), 200);
                case "diagnostic" -> change(agent, c, "/diagnostic",
                        Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true), 200);
                default -> throw new IllegalStateException("unknown demo step " + step);
            }
        }
        for (JsonNode s : project.path("signatories")) {
            call(agent, "POST", c + "/signatories", Map.of("organisation", s.get(0).asText(), "kind", s.get(1).asText()), 201);
        }
        int order = 1;
        for (JsonNode axis : project.path("axes")) {
            call(agent, "POST", c + "/axes", Map.of("code", "A" + order, "title", axis.asText(), "order", order), 201);
            order++;
        }
    }

    /** An action on an existing resource: sent with If-Match, the version the resource has now. */
    private JsonNode change(String as, String resource, String action, Object body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> current = http.send(HttpRequest.newBuilder(URI.create(gateway + resource))
                .header("Authorization", "Bearer " + token(as)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String etag = current.headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("GET " + resource + " answered " + current.statusCode()
                        + " without an ETag: " + current.body()));
        return call(as, "POST", resource + action, body, expected, etag);
    }

    private JsonNode call(String as, String method, String path, Object body, int expected)
            throws IOException, InterruptedException {
        return call(as, method, path, body, expected, null);
    }

    private JsonNode call(String as, String method, String path, Object body, int expected, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(as));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " as " + as + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private String token(String client) throws IOException, InterruptedException {
        String cached = tokens.get(client);
        if (cached != null) {
            return cached;
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(response.body()).get("access_token").asText();
        tokens.put(client, token);
        return token;
    }
}
