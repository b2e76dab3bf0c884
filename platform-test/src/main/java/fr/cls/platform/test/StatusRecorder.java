package fr.cls.platform.test;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;

/** Records the status of every API answer of the service under test, outermost so 401s and 429s are seen too. */
final class StatusRecorder implements Filter, Ordered {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                    && http.getRequestURI().startsWith("/api/") && !http.isAsyncStarted()) {
                DocumentedStatuses.record(new DocumentedStatuses.Answer(http.getLocalPort(), http.getMethod(),
                        http.getRequestURI(), answer.getStatus()));
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
