package fr.cls.notification.webhook.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.Range;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.webhook.WebhookDeliveries;
import fr.cls.notification.webhook.WebhookDeliveryStatus;
import fr.cls.notification.webhook.WebhookViews;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.web.IfMatch;
import fr.cls.platform.web.PageResponse;

/** The webhook delivery log: what was sent to which endpoint, when, with which result; the dead letters; replay. */
@RestController
@RequestMapping("/api/v1/notifications/webhooks/deliveries")
@Validated
class WebhookDeliveryController {

    private final WebhookDeliveries deliveries;

    WebhookDeliveryController(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    record DeliveryResponse(UUID id, UUID endpointId, String url, UUID eventId, String eventType, String status,
            int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
            Instant deliveredAt) {

        static DeliveryResponse of(WebhookViews.Delivery d) {
            return new DeliveryResponse(d.id(), d.endpointId(), d.url(), d.eventId(), d.eventType(), d.status(),
                    d.attempts(), d.nextAttemptAt(), d.lastStatusCode(), d.lastError(), d.createdAt(), d.deliveredAt());
        }
    }

    record AttemptResponse(UUID id, Instant attemptedAt, boolean succeeded, Integer statusCode, long durationMs,
            String error) {
    }

    record DeliveryWithAttemptsResponse(DeliveryResponse delivery, List<AttemptResponse> attempts) {
    }

    /**
     * @param status PENDING, DELIVERED or DEAD (the dead-letter list)
     * @param endpoint only the deliveries to this endpoint
     */
    @GetMapping
    PageResponse<DeliveryResponse> list(@RequestParam(required = false) WebhookDeliveryStatus status,
            @RequestParam(required = false) UUID endpoint,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size) {
        return PageResponse.of(deliveries.find(status, endpoint,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))), DeliveryResponse::of);
    }

    /** The delivery and every HTTP attempt made for it, oldest first. */
    /** ETag: computed from the delivery's state (it keeps no version column), for If-Match when replaying it. */
    @GetMapping("/{id}")
    ResponseEntity<DeliveryWithAttemptsResponse> get(@PathVariable UUID id) {
        WebhookViews.DeliveryWithAttempts found = deliveries.get(id);
        DeliveryResponse delivery = DeliveryResponse.of(found.delivery());
        return ResponseEntity.ok().eTag(Long.toString(Versions.versionOf(delivery))).body(new DeliveryWithAttemptsResponse(
                delivery, found.attempts().stream()
                        .map(a -> new AttemptResponse(a.id(), a.attemptedAt(), a.succeeded(), a.statusCode(), a.durationMs(),
                                a.error()))
                        .toList()));
    }

    /** If-Match: the ETag of the delivery as last read, so that a replay is decided on the state the caller saw. */
    @PostMapping("/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeliveryResponse replay(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch) {
        Versions.check("webhook delivery " + id, Versions.versionOf(DeliveryResponse.of(deliveries.get(id).delivery())),
                IfMatch.version(ifMatch));
        return DeliveryResponse.of(deliveries.replay(id));
    }
}
