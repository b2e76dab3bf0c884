package fr.cls.notification.webhook;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.security.Roles;

/** The webhook delivery log of the current tenant, its dead-letter list and the replay of a delivery. */
@Service
public class WebhookDeliveries {

    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;
    private final WebhookEndpointRepository endpoints;
    private final WebhookDispatcher dispatcher;
    private final AuditTrail audit;
    private final Clock clock;

    WebhookDeliveries(WebhookDeliveryRepository deliveries, WebhookAttemptRepository attempts,
            WebhookEndpointRepository endpoints, WebhookDispatcher dispatcher, AuditTrail audit, Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.endpoints = endpoints;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param status null for all; DEAD is the dead-letter list */
    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_INTEGRATION)
    @Transactional(readOnly = true)
    public Page<WebhookViews.Delivery> find(WebhookDeliveryStatus status, UUID endpoint, Pageable pageable) {
        String tenant = TenantContext.require();
        Page<WebhookDelivery> page = deliveries.find(tenant, status, endpoint, pageable);
        Map<UUID, String> urls = page.stream().map(WebhookDelivery::endpointId).distinct()
                .map(id -> endpoints.findByIdAndTenantId(id, tenant)).flatMap(Optional::stream)
                .collect(Collectors.toMap(WebhookEndpoint::id, WebhookEndpoint::url));
        return page.map(d -> view(d, urls::get));
    }

    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_INTEGRATION)
    @Transactional(readOnly = true)
    public WebhookViews.DeliveryWithAttempts get(UUID id) {
        String tenant = TenantContext.require();
        WebhookDelivery delivery = find(id);
        return new WebhookViews.DeliveryWithAttempts(view(delivery, endpointId -> url(endpointId, tenant)),
                attempts.findByTenantIdAndDeliveryIdOrderByAttemptedAt(tenant, id).stream()
                        .map(a -> new WebhookViews.Attempt(a.id(), a.attemptedAt(), a.succeeded(), a.statusCode(),
                                a.durationMs(), a.error()))
                        .toList());
    }

    /**
     * Sends a dead (or already delivered) delivery again with a fresh round of attempts; same {@code webhook-id}, so
     * a receiver that already has it can tell.
     */
    @PreAuthorize(Roles.IS_APPROVER)
    @Transactional
    public WebhookViews.Delivery replay(UUID id) {
        String tenant = TenantContext.require();
        WebhookDelivery delivery = find(id);
        if (delivery.status() == WebhookDeliveryStatus.PENDING) {
            throw new RuleViolationException("webhook-delivery-pending", "the delivery is still pending: it will be sent");
        }
        WebhookEndpoint endpoint = endpoints.findByIdAndTenantId(delivery.endpointId(), tenant).orElseThrow();
        if (endpoint.status() == EndpointStatus.DELETED) {
            throw new RuleViolationException("webhook-endpoint-deleted", "the delivery's endpoint was deleted");
        }
        delivery.replay(clock.instant());
        audit.record("webhook.delivery-replay", "webhook-delivery", id.toString(), null, null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.wakeUp(tenant);
            }
        });
        return view(delivery, endpointId -> endpoint.url());
    }

    private WebhookDelivery find(UUID id) {
        return deliveries.findByIdAndTenantId(id, TenantContext.require())
                .orElseThrow(() -> new NotFoundException("webhook delivery", id));
    }

    private String url(UUID endpointId, String tenant) {
        return endpoints.findByIdAndTenantId(endpointId, tenant).map(WebhookEndpoint::url).orElse(null);
    }

    private static WebhookViews.Delivery view(WebhookDelivery d, Function<UUID, String> urls) {
        return new WebhookViews.Delivery(d.id(), d.endpointId(), urls.apply(d.endpointId()), d.eventId(), d.eventType(),
                d.status().name(), d.attempts(), d.status() == WebhookDeliveryStatus.PENDING ? d.nextAttemptAt() : null,
                d.lastStatusCode(), d.lastError(), d.createdAt(), d.deliveredAt());
    }
}
