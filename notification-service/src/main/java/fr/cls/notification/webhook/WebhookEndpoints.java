package fr.cls.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.outbound.OutboundGuard;
import fr.cls.platform.security.Roles;

/**
 * A tenant's webhook endpoints. Managed by the tenant's approvers: an endpoint decides where the tenant's events go,
 * so neither agents nor an integration client may point them elsewhere (docs/security.md).
 */
@Service
public class WebhookEndpoints {

    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_OVERLAP_HOURS = 168;
    private static final String RESOURCE = "webhook-endpoint";

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final OutboundGuard guard;

    WebhookEndpoints(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, WebhookSender sender,
            WebhookSettings settings, AuditTrail audit, Clock clock, OutboundGuard guard) {
        this.guard = guard;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param secret a client-provided {@code whsec_…} secret, or null for a generated one */
    @PreAuthorize(Roles.IS_APPROVER)
    @Transactional
    public WebhookViews.EndpointWithSecret create(String url, List<String> eventTypes, String description, String secret) {
        String validUrl = WebhookUrls.validate(url, guard);
        String patterns = EventTypePatterns.validate(eventTypes);
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidWebhookException("description", "description-length",
                    "the description is longer than " + MAX_DESCRIPTION + " characters", MAX_DESCRIPTION);
        }
        String chosen = WebhookSecrets.acceptOrGenerate(secret, "secret");
        if (endpoints.countByTenantIdAndStatusNot(TenantContext.require(), EndpointStatus.DELETED) >= settings.maxEndpoints()) {
            throw new RuleViolationException("webhook-endpoints-limit", "the tenant already keeps "
                    + settings.maxEndpoints() + " webhook endpoints; delete one first", settings.maxEndpoints());
        }
        WebhookEndpoint saved = endpoints.saveAndFlush(WebhookEndpoint.create(TenantContext.require(), validUrl, patterns,
                description, chosen, clock.instant()));
        audit.record("webhook.endpoint-create", RESOURCE, saved.id().toString(), null, saved.version());
        return new WebhookViews.EndpointWithSecret(view(saved), chosen);
    }

    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_INTEGRATION)
    @Transactional(readOnly = true)
    public Page<WebhookViews.Endpoint> list(Pageable pageable) {
        return endpoints.findByTenantIdAndStatusNot(TenantContext.require(), EndpointStatus.DELETED, pageable).map(this::view);
    }

    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_INTEGRATION)
    @Transactional(readOnly = true)
    public WebhookViews.Endpoint get(UUID id) {
        return view(find(id));
    }

    /**
     * A new secret signs from now on; the previous one keeps signing (both signatures sent) for the overlap, so that
     * the receiver can switch without losing a delivery. An overlap of 0 revokes the previous secret at once.
     */
    @PreAuthorize(Roles.IS_APPROVER)
    @Transactional
    public WebhookViews.EndpointWithSecret rotateSecret(UUID id, Long seenVersion, String secret, Integer previousValidHours) {
        WebhookEndpoint endpoint = find(id);
        Versions.check("webhook endpoint " + id, endpoint.version(), seenVersion);
        if (previousValidHours != null && (previousValidHours < 0 || previousValidHours > MAX_OVERLAP_HOURS)) {
            throw new InvalidWebhookException("previousSecretValidHours", "rotation-overlap",
                    "the previous secret may stay valid 0 to " + MAX_OVERLAP_HOURS + " hours", MAX_OVERLAP_HOURS);
        }
        String chosen = WebhookSecrets.acceptOrGenerate(secret, "secret");
        Duration overlap = previousValidHours == null ? settings.rotationOverlap() : Duration.ofHours(previousValidHours);
        Instant now = clock.instant();
        long before = endpoint.version();
        endpoint.rotate(chosen, now.plus(overlap), now);
        WebhookEndpoint saved = endpoints.saveAndFlush(endpoint);
        audit.record("webhook.secret-rotate", RESOURCE, id.toString(), before, saved.version());
        return new WebhookViews.EndpointWithSecret(view(saved), chosen);
    }

    /** Stops new deliveries; pending ones wait until the endpoint is enabled again. */
    @PreAuthorize(Roles.IS_APPROVER)
    @Transactional
    public WebhookViews.Endpoint disable(UUID id, Long seenVersion) {
        return changeStatus(id, seenVersion, EndpointStatus.DISABLED, "webhook.endpoint-disable");
    }

    @PreAuthorize(Roles.IS_APPROVER)
    @Transactional
    public WebhookViews.Endpoint enable(UUID id, Long seenVersion) {
        return changeStatus(id, seenVersion, EndpointStatus.ACTIVE, "webhook.endpoint-enable");
    }

    /** Removes the endpoint from use and lists; its pending deliveries go dead; the delivery log is kept. */
    @PreAuthorize(Roles.IS_APPROVER)
    @Transactional
    public void delete(UUID id, Long seenVersion) {
        WebhookEndpoint endpoint = find(id);
        Versions.check("webhook endpoint " + id, endpoint.version(), seenVersion);
        long before = endpoint.version();
        Instant now = clock.instant();
        endpoint.changeStatus(EndpointStatus.DELETED, now);
        endpoints.saveAndFlush(endpoint);
        deliveries.findByEndpointIdAndStatus(id, WebhookDeliveryStatus.PENDING).forEach(d -> d.abandon("endpoint deleted", now));
        audit.record("webhook.endpoint-delete", RESOURCE, id.toString(), before, null);
    }

    private WebhookViews.Endpoint changeStatus(UUID id, Long seenVersion, EndpointStatus status, String action) {
        WebhookEndpoint endpoint = find(id);
        Versions.check("webhook endpoint " + id, endpoint.version(), seenVersion);
        if (endpoint.status() == status) {
            return view(endpoint);
        }
        long before = endpoint.version();
        endpoint.changeStatus(status, clock.instant());
        WebhookEndpoint saved = endpoints.saveAndFlush(endpoint);
        audit.record(action, RESOURCE, id.toString(), before, saved.version());
        return view(saved);
    }

    private WebhookEndpoint find(UUID id) {
        return endpoints.findByIdAndTenantId(id, TenantContext.require())
                .filter(e -> e.status() != EndpointStatus.DELETED)
                .orElseThrow(() -> new NotFoundException("webhook endpoint", id));
    }

    private WebhookViews.Endpoint view(WebhookEndpoint e) {
        Instant previousExpiry = e.previousSecretExpiresAt() != null && e.previousSecretExpiresAt().isAfter(clock.instant())
                ? e.previousSecretExpiresAt() : null;
        return new WebhookViews.Endpoint(e.id(), e.url(), EventTypePatterns.split(e.eventTypes()), e.description(),
                e.status().name(), previousExpiry, sender.circuitState(e.id()), e.createdAt(), e.updatedAt(), e.version());
    }
}
