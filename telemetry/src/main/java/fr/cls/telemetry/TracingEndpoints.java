package fr.cls.telemetry;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code cls.tracing.otlp-endpoint} and {@code cls.tracing.zipkin-endpoint} (CLS_OTLP_ENDPOINT,
 * CLS_ZIPKIN_ENDPOINT) into Boot's export settings, each export off while its endpoint is blank: Boot would otherwise
 * send to a default Zipkin address, or fail on an empty OTLP one. Explicit {@code management.*} settings still win.
 */
class TracingEndpoints implements EnvironmentPostProcessor, Ordered {

    static final String OTLP = "cls.tracing.otlp-endpoint";
    static final String ZIPKIN = "cls.tracing.zipkin-endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();
        String otlp = environment.getProperty(OTLP, "");
        if (!otlp.isBlank()) {
            derived.put("management.opentelemetry.tracing.export.otlp.endpoint", otlp);
        }
        String zipkin = environment.getProperty(ZIPKIN, "");
        derived.put("management.tracing.export.zipkin.enabled", !zipkin.isBlank());
        if (!zipkin.isBlank()) {
            derived.put("management.tracing.export.zipkin.endpoint", zipkin);
        }
        environment.getPropertySources().addLast(new MapPropertySource("clsTracingEndpoints", derived));
    }

    /** After the configuration files (cls-platform.yml, which reads the environment variables) are loaded. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
