package fr.cls.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json body from a servlet filter, where controller advice does not reach. */
public class ProblemWriter {

    private final JsonMapper json;
    private final ProblemTypes types;

    /** Prefer the service's {@code ProblemWriter} bean: this one types problems with the default base URI. */
    public ProblemWriter(JsonMapper json) {
        this(json, ProblemTypes.fromClasspath(null));
    }

    public ProblemWriter(JsonMapper json, ProblemTypes types) {
        this.json = json;
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
}
