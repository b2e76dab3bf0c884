package fr.cls.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json body from a servlet filter, where controller advice does not reach. With the request, the
 * texts come from the message bundles in the caller's language (filters run before the locale resolver does).
 */
public class ProblemWriter {

    private final JsonMapper json;
    private final ProblemMessages messages;
    private final ProblemTypes types;

    /** Prefer the service's {@code ProblemWriter} bean: this one types problems with the default base URI. */
    public ProblemWriter(JsonMapper json) {
        this(json, null, ProblemTypes.fromClasspath(null));
    }

    /**
     * @param messages null: the texts are written as given
     * @param types    the problem {@code type} URIs of the deployment
     */
    public ProblemWriter(JsonMapper json, ProblemMessages messages, ProblemTypes types) {
        this.json = json;
        this.messages = messages;
        this.types = types;
    }

    public void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, Map.of());
    }

    /** @param properties extra members of the problem, e.g. the header at fault */
    public void write(HttpServletResponse response, int status, String title, String detail,
            Map<String, Object> properties) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        types.typed(problem);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * A problem whose title and detail are the bundles' {@code <key>-title} and {@code <key>} in the caller's
     * language, the English texts given being the fallback.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, Localized title,
            Localized detail, Map<String, Object> properties) throws IOException {
        Locale locale = Languages.of(request);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        write(response, status, text(title, locale), text(detail, locale), properties);
    }

    private String text(Localized text, Locale locale) {
        return messages == null ? text.english() : messages.text(text.key(), text.english(), locale, text.arguments());
    }

    /** A text of the bundles: its key, the English fallback and the arguments of the message. */
    public record Localized(String key, String english, Object... arguments) {
    }
}
