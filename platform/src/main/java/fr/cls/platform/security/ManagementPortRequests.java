package fr.cls.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that arrived on the management port, when it is a port of its own (CLS_MANAGEMENT_PORT). That port is
 * not published nor routed by the gateway, so Prometheus reads it without a token; on the application port the same
 * paths still need one.
 */
class ManagementPortRequests implements RequestMatcher {

    private final Environment environment;

    ManagementPortRequests(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        // Set by Spring Boot once the servers listen (random ports in tests).
        Integer management = environment.getProperty("local.management.port", Integer.class);
        Integer application = environment.getProperty("local.server.port", Integer.class);
        return management != null && !management.equals(application) && request.getLocalPort() == management;
    }
}
