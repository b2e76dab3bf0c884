package fr.cls.platform.test;

import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/**
 * The one switch: {@code CLS_TEST_INFRA} (environment) or {@code cls.test.infra} (system property) set to
 * {@code containers}, {@code local} or {@code auto} (default: containers when a Docker engine answers).
 */
public enum InfrastructureMode {
    CONTAINERS, LOCAL;

    private static volatile InfrastructureMode resolved;

    public static InfrastructureMode current() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    private static InfrastructureMode resolve() {
        String setting = System.getProperty("cls.test.infra", System.getenv().getOrDefault("CLS_TEST_INFRA", "auto"));
        switch (setting.toLowerCase(Locale.ROOT)) {
            case "containers":
                return CONTAINERS;
            case "local":
                return LOCAL;
            case "auto":
                return dockerAnswers() ? CONTAINERS : LOCAL;
            default:
                throw new IllegalStateException("CLS_TEST_INFRA must be containers, local or auto, not " + setting);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
