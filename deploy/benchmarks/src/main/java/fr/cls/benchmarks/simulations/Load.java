package fr.cls.benchmarks.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The system properties a simulation reads; the suite sets them, and so can whoever runs one simulation alone
 * ({@code -Dcls.bench.base-url=... -Dcls.bench.token=...}).
 */
public final class Load {

    public static final String BASE_URL = "cls.bench.base-url";
    public static final String TOKEN = "cls.bench.token";
    public static final String CONTRACT_ID = "cls.bench.contract-id";
    /** Comma-separated: the contracts funding requests are filed on (spread, so no one contract's cap is reached). */
    public static final String CONTRACT_IDS = "cls.bench.contract-ids";
    public static final String USERS = "cls.bench.users";
    public static final String RATE = "cls.bench.rate";
    public static final String SECONDS = "cls.bench.seconds";

    private Load() {
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("set -D" + name);
        }
        return value;
    }

    static int number(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }

    static Duration length() {
        return Duration.ofSeconds(number(SECONDS, 30));
    }

    static List<String> contractIds() {
        return List.of(property(CONTRACT_IDS).split(","));
    }

    /** Keep-alive connections, one pool shared by the virtual users (as a client behind one load balancer would). */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(property(BASE_URL))
                .acceptHeader("application/json, application/problem+json")
                .contentTypeHeader("application/json")
                .authorizationHeader("Bearer " + property(TOKEN))
                .shareConnections()
                .disableCaching()
                .warmUp(property(BASE_URL) + "/actuator/health");
    }
}
