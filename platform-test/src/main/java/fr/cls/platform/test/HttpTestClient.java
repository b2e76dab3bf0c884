package fr.cls.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests: any status comes back as a {@link Response}, never as an exception. */
public final class HttpTestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public HttpTestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A client that sends {@code name: value} on every request (e.g. the tenant or a bearer token). */
    public HttpTestClient with(String name, String value) {
        HttpTestClient copy = new HttpTestClient(baseUrl);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    /**
     * A client that sends {@code If-Match} with the ETag the resource at {@code resourcePath} has now, as a caller
     * who read it before changing it; when it cannot be read (another tenant's, no such resource), an ETag no
     * resource has ({@code "0"}), so that the answer says what else is wrong (404, 403) rather than 428.
     */
    public HttpTestClient ifMatch(String resourcePath) {
        String etag = get(resourcePath).header("ETag");
        return with("If-Match", etag == null ? "\"0\"" : etag);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A GET whose body is kept as bytes (a PDF, a file); the status and headers as {@link #get}. */
    public Download download(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(builder::header);
        builder.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), new Response(response.statusCode(), response.headers().map(),
                    new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A downloaded body: {@code asText()} gives its status, headers and body as text (for a problem+json refusal). */
    public record Download(int status, Response asText, byte[] bytes) {

        public String header(String name) {
            return asText.header(name);
        }
    }

    public Response post(String path, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * A multipart/form-data POST, as a browser form sends it: the text fields, then one file part named {@code file}
     * (skipped when {@code content} is null).
     */
    public Response postMultipart(String path, Map<String, String> fields, String fileName, String fileType, byte[] content) {
        String boundary = "cls-test-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        if (content != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A multipart/form-data body for {@link #request}: text fields and one PDF file part named {@code file}. */
    public record Multipart(Map<String, String> fields, String fileName, byte[] content) {

        @Override
        public String toString() {
            return fields + " " + fileName;
        }
    }

    /** Any method, for generated tests; a {@link Multipart} body is sent as a form. */
    public Response request(String method, String path, Object body) {
        if (body instanceof Multipart form && "POST".equals(method)) {
            return postMultipart(path, form.fields(), form.fileName(), "application/pdf", form.content());
        }
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(builder);
    }

    private Response send(HttpRequest.Builder builder) {
        headers.forEach(builder::header);
        builder.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
