package fr.cls.notification.delivery.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.delivery.Delivery;
import fr.cls.notification.delivery.DeliveryLog;
import fr.cls.platform.web.PageResponse;

@RestController
@RequestMapping("/api/v1/notifications/deliveries")
@Validated
class DeliveryController {

    private final DeliveryLog log;

    DeliveryController(DeliveryLog log) {
        this.log = log;
    }

    /** @param subject only the deliveries about this aggregate (e.g. a contract id) */
    @GetMapping
    PageResponse<DeliveryResponse> list(@RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageResponse.of(log.find(subject, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "recordedAt"))),
                DeliveryResponse::of);
    }

    record DeliveryResponse(UUID id, UUID eventId, String eventType, String subject, String correlationId,
            String channel, String recipient, String status, Instant eventTime, Instant recordedAt) {

        static DeliveryResponse of(Delivery d) {
            return new DeliveryResponse(d.id(), d.eventId(), d.eventType(), d.subject(), d.correlationId(),
                    d.channel().name(), d.recipient(), d.status().name(), d.eventTime(), d.recordedAt());
        }
    }
}
