package fr.cls.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/** The query parameters' counterpart of {@link PlainTextDeserializer}: a control character is refused, naming the parameter. */
final class ControlCharacterParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (PlainTextDeserializer.hasControlCharacter(value)) {
                    throw new InvalidTextException(List.of(parameter.getKey()));
                }
            }
        }
        return true;
    }

    /** A text with control characters, at the path given (a parameter, or a field of the body). */
    static final class InvalidTextException extends RuntimeException {

        private final List<String> fields;

        InvalidTextException(List<String> fields) {
            super(PlainTextDeserializer.MESSAGE, null, false, false);
            this.fields = fields;
        }

        List<String> fields() {
            return fields;
        }
    }
}
