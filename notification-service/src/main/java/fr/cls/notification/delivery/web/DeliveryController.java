package fr.cls.notification.delivery.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.Range;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.delivery.Channel;
import fr.cls.notification.delivery.Delivery;
import fr.cls.notification.delivery.DeliveryFilter;
import fr.cls.notification.delivery.DeliveryStatus;
import fr.cls.notification.delivery.DeliveryLog;
import fr.cls.notification.person.Person;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.web.PageResponse;

@RestController
@RequestMapping("/api/v1/notifications/deliveries")
@Validated
class DeliveryController {

    private final DeliveryLog log;

    DeliveryController(DeliveryLog log) {
        this.log = log;
    }

    /**
     * @param subject only the deliveries about this aggregate (the event's subject: a contract or request id)
     * @param contractId only the deliveries about this contract
     * @param recipient only those to this subject (of any issuer); a coordinator sees only their own (issuer and subject)
     * @param from recorded at or after (ISO instant); {@code to}: before
     */
    @GetMapping
    PageResponse<DeliveryResponse> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String subject,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) UUID contractId,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size) {
        // A coordinator sees only the contracts they coordinate: of the log, only what was sent to them.
        DeliveryFilter filter = CoordinatedContracts.confined()
                ? new DeliveryFilter(channel, status, null, new Person(jwt.getClaimAsString("iss"), jwt.getSubject()), subject,
                        contractId, from, to)
                : new DeliveryFilter(channel, status, recipient, null, subject, contractId, from, to);
        return PageResponse.of(log.find(filter, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "recordedAt"))),
                DeliveryResponse::of);
    }

    record DeliveryResponse(UUID id, UUID eventId, String eventType, String subject, String correlationId,
            String channel, String recipientIssuer, String recipient, String status, String result, UUID contractId, Instant eventTime,
            Instant recordedAt, Instant sentAt) {

        static DeliveryResponse of(Delivery d) {
            return new DeliveryResponse(d.id(), d.eventId(), d.eventType(), d.subject(), d.correlationId(),
                    d.channel().name(), d.recipientIssuer(), d.recipient(), d.status().name(), d.result(), d.contractId(), d.eventTime(),
                    d.recordedAt(), d.sentAt());
        }
    }
}
