package fr.cls.notification.webhook.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.Range;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.webhook.WebhookEndpoints;
import fr.cls.notification.webhook.WebhookViews;
import fr.cls.platform.idempotency.SecretInResponse;
import fr.cls.platform.web.IfMatch;
import fr.cls.platform.web.PageResponse;

/** A tenant's webhook endpoints; the secret is answered once, at creation and at each rotation (docs/webhooks.md). */
@RestController
@RequestMapping("/api/v1/notifications/webhooks")
@Validated
class WebhookController {

    private final WebhookEndpoints endpoints;

    WebhookController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * @param url absolute http(s) URL the events are POSTed to
     * @param eventTypes event types or patterns: {@code cls.funding.request-decided.v1}, {@code cls.funding.*}, {@code *}
     * @param secret optional {@code whsec_…} secret the receiver is already configured with; generated when absent
     */
    record CreateEndpoint(String url, List<String> eventTypes, String description, String secret) {
    }

    /** @param previousSecretValidHours how long the previous secret still signs (0 revokes it at once) */
    record RotateSecret(String secret, Integer previousSecretValidHours) {
    }

    record EndpointResponse(UUID id, String url, List<String> eventTypes, String description, String status,
            Instant previousSecretExpiresAt, String circuitState, Instant createdAt, Instant updatedAt, long version) {

        static EndpointResponse of(WebhookViews.Endpoint e) {
            return new EndpointResponse(e.id(), e.url(), e.eventTypes(), e.description(), e.status(),
                    e.previousSecretExpiresAt(), e.circuitState(), e.createdAt(), e.updatedAt(), e.version());
        }
    }

    /** @param secret shown this once: store it in the receiver */
    record EndpointSecretResponse(UUID id, String url, List<String> eventTypes, String description, String status,
            Instant previousSecretExpiresAt, String secret, Instant createdAt, Instant updatedAt, long version) {

        static EndpointSecretResponse of(WebhookViews.EndpointWithSecret created) {
            WebhookViews.Endpoint e = created.endpoint();
            return new EndpointSecretResponse(e.id(), e.url(), e.eventTypes(), e.description(), e.status(),
                    e.previousSecretExpiresAt(), created.secret(), e.createdAt(), e.updatedAt(), e.version());
        }
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @SecretInResponse("secret")
    ResponseEntity<EndpointSecretResponse> create(@RequestBody CreateEndpoint request) {
        WebhookViews.EndpointWithSecret created = endpoints.create(request.url(), request.eventTypes(),
                request.description(), request.secret());
        return ResponseEntity.created(URI.create("/api/v1/notifications/webhooks/" + created.endpoint().id()))
                .body(EndpointSecretResponse.of(created));
    }

    @GetMapping
    PageResponse<EndpointResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size) {
        return PageResponse.of(endpoints.list(PageRequest.of(page, size, Sort.by("createdAt"))), EndpointResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<EndpointResponse> get(@PathVariable UUID id) {
        return ok(endpoints.get(id));
    }

    /** The secret is shown once, in the body; the ETag is set on the servlet response so the body stays the record. */
    @PostMapping("/{id}/secret-rotation")
    @SecretInResponse("secret")
    EndpointSecretResponse rotateSecret(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = false) RotateSecret request, HttpServletResponse response) {
        RotateSecret r = request == null ? new RotateSecret(null, null) : request;
        WebhookViews.EndpointWithSecret rotated = endpoints.rotateSecret(id, IfMatch.version(ifMatch), r.secret(),
                r.previousSecretValidHours());
        response.setHeader(HttpHeaders.ETAG, "\"" + rotated.endpoint().version() + "\"");
        return EndpointSecretResponse.of(rotated);
    }

    @PostMapping("/{id}/disable")
    ResponseEntity<EndpointResponse> disable(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch) {
        return ok(endpoints.disable(id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/enable")
    ResponseEntity<EndpointResponse> enable(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch) {
        return ok(endpoints.enable(id, IfMatch.version(ifMatch)));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch) {
        endpoints.delete(id, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<EndpointResponse> ok(WebhookViews.Endpoint endpoint) {
        return ResponseEntity.ok().eTag(Long.toString(endpoint.version())).body(EndpointResponse.of(endpoint));
    }
}
