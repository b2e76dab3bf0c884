package fr.cls.funding.portal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import fr.cls.platform.outbound.OutboundFailures;
import fr.cls.platform.outbound.OutboundHttp;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Reads a portal's own view of its dossiers. Each portal gets its circuit breaker (a portal down does not slow the
 * others), a bulkhead (at most two calls at once) and retries with exponential backoff; every call has a timeout.
 * <p>
 * Every attempt counts in the breaker: one reconciliation whose three attempts fail opens it, and until
 * {@code circuit-open-for} has passed the next ones answer at once without calling the portal. A refusal by our own
 * breaker or bulkhead is not retried (waiting would not change it) and a full bulkhead says nothing of the portal's
 * health, so it does not count as a failure.
 * <p>
 * Calls go through the platform's outbound guard: no internal address (unless the deployment allows the portal's
 * host), no redirect; the report names a failure by a fixed phrase, never by its exception text.
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
    private final PortalSettings settings;

    PortalClient(PortalSettings settings, OutboundHttp outbound) {
        this.settings = settings;
        this.http = outbound.restClient(settings.timeout(), settings.timeout());
        this.retry = Retry.of("portal", RetryConfig.custom().maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2))
                .ignoreExceptions(CallNotPermittedException.class, BulkheadFullException.class).build());
    }

    PortalView fetch(String tenant, URI statusUrl) {
        CircuitBreaker breaker = breakers.computeIfAbsent(tenant, t -> CircuitBreaker.of("portal-" + t, CircuitBreakerConfig.custom()
                .slidingWindowSize(4).minimumNumberOfCalls(3).failureRateThreshold(50)
                .ignoreExceptions(BulkheadFullException.class)
                .waitDurationInOpenState(settings.circuitOpenFor()).build()));
        Bulkhead bulkhead = bulkheads.computeIfAbsent(tenant, t -> Bulkhead.of("portal-" + t, BulkheadConfig.custom()
                .maxConcurrentCalls(2).maxWaitDuration(settings.bulkheadWait()).build()));
        try {
            List<PortalDossier> dossiers = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker,
                    Bulkhead.decorateSupplier(bulkhead, () -> http.get().uri(statusUrl).retrieve()
                            // A redirect is not followed and is no answer either.
                            .onStatus(status -> !status.is2xxSuccessful(), (request, response) -> {
                                throw new RestClientResponseException("not 2xx", response.getStatusCode(),
                                        response.getStatusText(), null, null, null);
                            })
                            .body(new ParameterizedTypeReference<List<PortalDossier>>() {
                            })))).get();
            return new PortalView(dossiers == null ? List.of() : dossiers, null);
        } catch (RuntimeException e) {
            // Degrade: the reconciliation reports the portal unavailable; nothing else waits on it.
            log.warn("portal of {} unavailable at {}: {}", tenant, statusUrl, e.toString());
            return new PortalView(List.of(), describe(e));
        }
    }

    /** For the report's reader: whether the portal failed, or our own guards kept us from calling it. */
    private String describe(RuntimeException e) {
        String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof CallNotPermittedException) {
            return "not called, its circuit is open after repeated failures: " + cause;
        }
        if (e instanceof BulkheadFullException) {
            return "not called, too many calls to it at once: " + cause;
        }
        return "no usable answer after " + retry.getRetryConfig().getMaxAttempts() + " attempts of at most " + settings.timeout()
                + " each: " + OutboundFailures.classify(e);
    }
}
