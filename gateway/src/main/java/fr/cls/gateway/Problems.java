package fr.cls.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Writes an RFC 9457 problem+json answer from a filter, where no controller advice reaches. Its {@code type} is the
 * section of docs/problems.md for the status, under the deployment's base URI ({@code cls.problems.base-uri}, set
 * once at start by {@link ProblemTypeBase}).
 */
public final class Problems {

    public static final String DEFAULT_BASE_URI = "/docs/problems.md";

    private static final Map<Integer, String> FAMILIES = Map.of(400, "validation", 401, "unauthorized",
            403, "forbidden", 404, "not-found", 413, "payload-too-large", 415, "unsupported-media-type",
            429, "rate-limited", 502, "service-unavailable", 503, "service-unavailable", 504, "service-unavailable");

    private static volatile String baseUri = DEFAULT_BASE_URI;

    private Problems() {
    }

    static void baseUri(String uri) {
        baseUri = uri == null || uri.isBlank() ? DEFAULT_BASE_URI : uri.strip();
    }

    public static URI type(HttpStatus status) {
        return URI.create(baseUri + "#" + FAMILIES.getOrDefault(status.value(),
                status.is5xxServerError() ? "internal-error" : "validation"));
    }

    /** Sets the type of a problem built by a controller of the gateway. */
    public static ProblemDetail typed(ProblemDetail problem) {
        problem.setType(type(HttpStatus.valueOf(problem.getStatus())));
        return problem;
    }

    /**
     * Writes the problem {@code problem.<name>-title} / {@code problem.<name>} of the gateway's bundle in the caller's
     * language, which {@code Content-Language} names.
     */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String name, Object... args) {
        Locale locale = GatewayMessages.locale(exchange);
        return write(exchange, status, locale, GatewayMessages.text(locale, "problem." + name + "-title"),
                GatewayMessages.text(locale, "problem." + name, args));
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, Locale locale, String title, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLanguage(locale);
        String body = "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"instance\":\"%s\"}"
                .formatted(escape(type(status).toString()), escape(title), status.value(), escape(detail),
                        escape(exchange.getRequest().getPath().value()));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
