package fr.cls.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import fr.cls.platform.domain.Versions;

/**
 * A route that requires {@code If-Match} ({@code @RequestHeader(IfMatch.HEADER)}) changes an existing resource:
 * without the header it answers 428 before anything else is read (body, rules), so no route can forget the check.
 * A malformed header is a 400 here too. A PUT that creates the resource when it does not exist yet reads the header
 * as optional; its service then asks for it (428) when the resource does exist.
 */
final class IfMatchRequired implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && readsIfMatch(method)) {
            String header = request.getHeader(IfMatch.HEADER);
            if (header == null || header.isBlank()) {
                throw Versions.PreconditionRequiredException.ofAnyResource();
            }
            IfMatch.version(header);
        }
        return true;
    }

    static boolean readsIfMatch(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null && header.required() && (IfMatch.HEADER.equalsIgnoreCase(header.value())
                    || IfMatch.HEADER.equalsIgnoreCase(header.name()))) {
                return true;
            }
        }
        return false;
    }
}
