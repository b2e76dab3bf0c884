package fr.cls.funding.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Reads a portal's own view of its dossiers. Each portal gets its circuit breaker (a portal down does not slow the
 * others), a bulkhead (at most two calls at once) and retries with exponential backoff; every call has a timeout.
 */
@Component
class PortalClient {

    private static final Logger log = LoggerFactory.getLogger(PortalClient.class);

    /** What a portal says of one dossier. */
    record PortalDossier(String portalReference, String status, Long sequence) {
    }

    /** The portal's answer, or why there is none. */
    record PortalView(List<PortalDossier> dossiers, String unavailable) {

        boolean available() {
            return unavailable == null;
        }
    }

    private final RestClient http;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, Bulkhead> bulkheads = new ConcurrentHashMap<>();
    private final Retry retry;

    PortalClient(PortalSettings settings) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.timeout()).build());
        factory.setReadTimeout(settings.timeout());
        this.http = RestClient.builder().requestFactory(factory).build();
        this.retry = Retry.of("portal", RetryConfig.custom().maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2)).build());
    }

    PortalView fetch(String tenant, URI statusUrl) {
        CircuitBreaker breaker = breakers.computeIfAbsent(tenant, t -> CircuitBreaker.of("portal-" + t, CircuitBreakerConfig.custom()
                .slidingWindowSize(4).minimumNumberOfCalls(2).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofMinutes(1)).build()));
        Bulkhead bulkhead = bulkheads.computeIfAbsent(tenant, t -> Bulkhead.of("portal-" + t, BulkheadConfig.custom()
                .maxConcurrentCalls(2).maxWaitDuration(Duration.ofMillis(500)).build()));
        try {
            List<PortalDossier> dossiers = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker,
                    Bulkhead.decorateSupplier(bulkhead, () -> http.get().uri(statusUrl).retrieve()
                            .body(new ParameterizedTypeReference<List<PortalDossier>>() {
                            })))).get();
            return new PortalView(dossiers == null ? List.of() : dossiers, null);
        } catch (RuntimeException e) {
            // Degrade: the reconciliation reports the portal unavailable; nothing else waits on it.
            log.warn("portal of {} unavailable at {}: {}", tenant, statusUrl, e.toString());
            return new PortalView(List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
