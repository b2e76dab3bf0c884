package fr.cls.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.context.TenantJobs;
import fr.cls.platform.tracing.TraceContexts;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends pending deliveries, tenant by tenant, outside any Kafka or database transaction: a short transaction claims
 * due deliveries (locked, skipping rows another instance holds, then leased), the calls are made, and a second short
 * transaction records the attempts and the outcome. Runs on one worker thread, on a schedule and when a commit has
 * just created deliveries.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_BATCHES_PER_PASS = 20;

    private final TenantJobs jobs;
    private final TransactionTemplate tx;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookAttemptRepository attempts;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final TraceContexts traces;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> woken = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean passQueued = new AtomicBoolean();

    WebhookDispatcher(TenantJobs jobs, TransactionTemplate tx, WebhookDeliveryRepository deliveries,
            WebhookEndpointRepository endpoints, WebhookAttemptRepository attempts, WebhookSender sender,
            WebhookSettings settings, Clock clock, MeterRegistry meters, TraceContexts traces) {
        this.traces = traces;
        this.jobs = jobs;
        this.tx = tx;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.attempts = attempts;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${cls.notification.webhooks.dispatch-interval:PT5S}",
            initialDelayString = "${cls.notification.webhooks.dispatch-interval:PT5S}")
    void tick() {
        if (passQueued.compareAndSet(false, true)) {
            submit(() -> {
                passQueued.set(false);
                jobs.forEachTenant("webhook-dispatch", tenant -> dispatchDue());
            });
        }
    }

    /** After a commit that created (or replayed) deliveries: send them now rather than at the next tick. */
    void wakeUp(String tenant) {
        if (woken.add(tenant)) {
            submit(() -> {
                woken.remove(tenant);
                try {
                    TenantContext.runAs(tenant, this::dispatchDue);
                } catch (RuntimeException e) {
                    log.error("webhook dispatch failed for tenant {}", tenant, e);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Sends the current tenant's due deliveries. */
    void dispatchDue() {
        String tenant = TenantContext.require();
        for (int batch = 0; batch < MAX_BATCHES_PER_PASS; batch++) {
            Claim claim = tx.execute(status -> claim(tenant));
            for (WebhookSender.Dispatch dispatch : claim.dispatches()) {
                // The calls carry a traceparent continuing the event's trace, so a receiver can follow it.
                WebhookSender.Outcome outcome = traces.continueTrace(dispatch.traceparent(), "webhook delivery",
                        () -> sender.send(dispatch));
                tx.executeWithoutResult(status -> record(tenant, dispatch, outcome));
            }
            if (claim.due() < settings.batchSize()) {
                return;
            }
        }
    }

    /** @param due rows found due, including those postponed because their circuit is open */
    private record Claim(List<WebhookSender.Dispatch> dispatches, int due) {
    }

    private Claim claim(String tenant) {
        Instant now = clock.instant();
        List<WebhookDelivery> due = deliveries.lockDue(tenant, now, settings.batchSize());
        Map<UUID, WebhookEndpoint> byId = new HashMap<>();
        List<WebhookSender.Dispatch> claimed = new ArrayList<>();
        for (WebhookDelivery delivery : due) {
            if (sender.circuitOpen(delivery.endpointId())) {
                // Waits for the breaker to half-open; not an attempt, not lost.
                delivery.waitFor(now.plus(settings.circuit().waitInOpen()), "circuit open: calls wait", now);
                continue;
            }
            WebhookEndpoint endpoint = byId.computeIfAbsent(delivery.endpointId(),
                    id -> endpoints.findByIdAndTenantId(id, tenant).orElseThrow());
            delivery.waitFor(now.plus(settings.lease()), delivery.lastError(), now);
            claimed.add(new WebhookSender.Dispatch(delivery.id(), endpoint.id(), delivery.eventId(), endpoint.url(),
                    delivery.payload(), endpoint.signingSecrets(now), delivery.traceparent()));
        }
        return new Claim(claimed, due.size());
    }

    private void record(String tenant, WebhookSender.Dispatch dispatch, WebhookSender.Outcome outcome) {
        Instant now = clock.instant();
        WebhookDelivery delivery = deliveries.findByIdAndTenantId(dispatch.deliveryId(), tenant).orElseThrow();
        outcome.calls().forEach(call -> {
            attempts.save(WebhookAttempt.of(tenant, delivery.id(), call));
            String result = call.succeeded() ? "succeeded" : "failed";
            // Per endpoint (its id, never its URL, which may carry a token): a tenant keeps at most
            // maxEndpoints of them, so the series stay bounded.
            meters.counter("cls.webhooks.attempts", "outcome", result, "tenant", tenant,
                    "endpoint", dispatch.endpointId().toString()).increment();
            meters.timer("cls.webhooks.latency", "outcome", result, "tenant", tenant,
                    "endpoint", dispatch.endpointId().toString()).record(Duration.ofMillis(call.durationMs()));
        });
        if (outcome.delivered()) {
            delivery.delivered(outcome.lastStatusCode(), outcome.calls().size(), now);
            count("cls.webhooks.deliveries", "delivered");
            return;
        }
        if (outcome.calls().isEmpty()) {
            delivery.waitFor(now.plus(settings.circuit().waitInOpen()), outcome.error(), now);
            return;
        }
        int made = delivery.attempts() + outcome.calls().size();
        int dispatches = (made + settings.retry().maxAttempts() - 1) / settings.retry().maxAttempts();
        boolean dead = delivery.failed(outcome.calls().size(), outcome.lastStatusCode(), outcome.error(),
                settings.deadAfter(), now.plus(settings.redelivery().after(dispatches)), now);
        if (dead) {
            count("cls.webhooks.deliveries", "dead");
            log.warn("webhook delivery {} of event {} to endpoint {} is dead after {} attempts: {}", delivery.id(),
                    delivery.eventId(), delivery.endpointId(), delivery.attempts(), outcome.error());
        }
    }

    /** Operators see delivery health in /actuator/metrics without reading any tenant's data. */
    private void count(String name, String outcome) {
        meters.counter(name, "outcome", outcome).increment();
    }

    private void submit(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException e) {
            log.debug("webhook dispatcher stopped; the next start resumes pending deliveries");
        }
    }
}
