package fr.cls.platform.context;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.MDC;

/** The correlation id lives in the logging MDC so that every log line of a unit of work carries it. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private CorrelationId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    public static String currentOrNew() {
        return current().orElseGet(() -> UUID.randomUUID().toString());
    }

    public static void set(String correlationId) {
        MDC.put(MDC_KEY, correlationId);
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
