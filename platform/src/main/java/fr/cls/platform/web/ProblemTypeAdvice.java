package fr.cls.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem a controller or an exception handler answers (ours, a service's own, Spring's) the
 * {@code type} of its family, so no handler has to think of it.
 */
@RestControllerAdvice
class ProblemTypeAdvice implements ResponseBodyAdvice<Object> {

    private final ProblemTypes types;

    ProblemTypeAdvice(ProblemTypes types) {
        this.types = types;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        return body instanceof ProblemDetail problem ? types.typed(problem) : body;
    }
}
