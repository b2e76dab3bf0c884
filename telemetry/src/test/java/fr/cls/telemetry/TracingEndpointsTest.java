package fr.cls.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Each export is on only with its endpoint: no default Zipkin address, no empty OTLP one. */
class TracingEndpointsTest {

    @Test
    void withoutEndpointsNothingIsExported() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(TracingEndpoints.OTLP, "").withProperty(TracingEndpoints.ZIPKIN, " ");

        new TracingEndpoints().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.containsProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isFalse();
        assertThat(environment.getProperty("management.tracing.export.zipkin.enabled")).isEqualTo("false");
    }

    @Test
    void givenEndpointsSwitchTheirExportOn() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(TracingEndpoints.OTLP, "http://collector:4318/v1/traces")
                .withProperty(TracingEndpoints.ZIPKIN, "http://zipkin:9411/api/v2/spans");

        new TracingEndpoints().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://collector:4318/v1/traces");
        assertThat(environment.getProperty("management.tracing.export.zipkin.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("management.tracing.export.zipkin.endpoint")).isEqualTo("http://zipkin:9411/api/v2/spans");
    }

    @Test
    void anExplicitManagementSettingWins() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(TracingEndpoints.ZIPKIN, "http://zipkin:9411/api/v2/spans")
                .withProperty("management.tracing.export.zipkin.enabled", "false");

        new TracingEndpoints().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.export.zipkin.enabled")).isEqualTo("false");
    }
}
