package fr.cls.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import fr.cls.platform.web.Languages;
import fr.cls.platform.web.ProblemMessages;
import fr.cls.platform.web.ProblemTypes;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem+json, keeping the standard {@code WWW-Authenticate: Bearer} header. */
class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final JsonMapper json;
    private final ProblemMessages messages;
    private final ProblemTypes types;

    ProblemSecurityResponses(JsonMapper json, ProblemMessages messages, ProblemTypes types) {
        this.json = json;
        this.messages = messages;
        this.types = types;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        Locale locale = Languages.of(request);
        write(request, response, HttpStatus.UNAUTHORIZED, messages.text("problem.unauthenticated-title", "Unauthenticated", locale),
                messages.text("problem.unauthenticated", "a valid bearer token from an issuer your tenant trusts is required",
                        locale));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Locale locale = Languages.of(request);
        String detail = e instanceof RoleNotHeldByTenant refused
                ? messages.text("problem.role-not-held-by-tenant", e.getMessage(), locale, refused.tenant(), refused.role())
                : messages.text("problem.forbidden", "your role does not allow this action", locale);
        write(request, response, HttpStatus.FORBIDDEN, messages.text("problem.forbidden-title", "Forbidden", locale), detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        types.typed(problem);
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, Languages.of(request).toLanguageTag());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
