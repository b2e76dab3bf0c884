package fr.cls.console;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * The gateway, as the console sees it: canned answers by "METHOD path" and a record of what was asked, with which
 * headers. The real gateway is another process; the console's tests need only its HTTP contract.
 */
public final class StubGateway implements AutoCloseable {

    /** One request the console made. */
    public record Call(String method, String pathAndQuery, String authorization, String ifMatch, String body,
            String idempotencyKey) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    private record FileAnswer(String contentType, byte[] body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Files (PDF, CSV) answered as bytes with their own headers, by "METHOD path". */
    private final Map<String, FileAnswer> files = new ConcurrentHashMap<>();
    /** The headers of each call, in the order of {@link #calls()}, names in lower case. */
    private final List<Map<String, String>> callHeaders = new CopyOnWriteArrayList<>();
    private volatile Answer discovery;

    public StubGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (discovery != null && exchange.getRequestURI().getPath().equals("/.well-known/openid-configuration")) {
                send(exchange, discovery);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                    String.join(",", values)));
            callHeaders.add(headers);
            calls.add(new Call(exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("If-Match"),
                    body, exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            FileAnswer file = files.get(exchange.getRequestMethod() + " " + path);
            if (file != null) {
                file.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                exchange.getResponseHeaders().add("Content-Type", file.contentType());
                exchange.sendResponseHeaders(200, file.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(file.body());
                }
                return;
            }
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                    new Answer(404, "application/problem+json",
                            "{\"title\":\"Ressource introuvable\",\"status\":404,\"detail\":\"Aucun contrat ne porte cet identifiant.\"}"));
            send(exchange, answer);
        });
        server.start();
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public StubGateway answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, new Answer(status, status >= 400 ? "application/problem+json" : "application/json", json));
        return this;
    }

    /** A file answered with 200, its type and extra headers (e.g. Content-Disposition). */
    public StubGateway answerFile(String methodAndPath, String contentType, byte[] body, Map<String, String> headers) {
        files.put(methodAndPath, new FileAnswer(contentType, body, Map.copyOf(headers)));
        return this;
    }

    /** A header of the call at that index of {@link #calls()} (any case), null if absent. */
    public String header(int call, String name) {
        return callHeaders.get(call).get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** A file (e.g. a PDF) with its Content-Disposition, as the API's downloads answer. */
    public StubGateway answerFile(String methodAndPath, String contentType, String disposition, String content) {
        return answerFile(methodAndPath, contentType, content.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Disposition", disposition));
    }

    /** An answer of another media type (a PDF, as text is enough for the console, which hands it on). */
    public StubGateway answer(String methodAndPath, int status, String contentType, String body) {
        answers.put(methodAndPath, new Answer(status, contentType, body));
        return this;
    }

    /** Plays the issuer's discovery document too (the console reads it at start-up); kept across resets. */
    public StubGateway discovery() {
        String url = url();
        discovery = new Answer(200, "application/json", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/oauth2/authorize","token_endpoint":"%1$s/oauth2/token",
                 "jwks_uri":"%1$s/oauth2/jwks","end_session_endpoint":"%1$s/connect/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(url));
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void reset() {
        answers.clear();
        calls.clear();
        files.clear();
        callHeaders.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A contract as the API answers it. */
    public static String contract(String id, String title, String status, long version) {
        return """
                {"id":"%s","ownerTenantId":"ars-paca","kind":"CLS","title":"%s","status":"%s",
                 "letterOfIntentReceivedOn":"2026-01-12","agreementGivenOn":null,"territory":"Métropole Aix-Marseille",
                 "territoryPopulation":1900000,"coordinator":null,"startDate":null,"endDate":null,"generation":1,
                 "createdAt":"2026-01-12T09:00:00Z","version":%d}""".formatted(id, title, status, version);
    }

    public static String page(String... contracts) {
        return "{\"items\":[" + String.join(",", contracts) + "],\"page\":0,\"size\":20,\"totalItems\":" + contracts.length
                + ",\"totalPages\":1}";
    }
}
