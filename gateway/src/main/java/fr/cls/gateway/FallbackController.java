package fr.cls.gateway;

import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Where an open circuit or a failed call lands: a problem+json 503 that names the service, never a bare 500. */
@RestController
class FallbackController {

    static final String RETRY_AFTER_SECONDS = "10";

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Locale locale = GatewayMessages.locale(exchange);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                GatewayMessages.text(locale, "problem.unavailable", service));
        problem.setTitle(GatewayMessages.text(locale, "problem.unavailable-title"));
        problem.setProperty("service", service);
        Problems.typed(problem);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
