package fr.cls.notification.subscription.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.setting.Language;
import fr.cls.notification.subscription.Choice;
import fr.cls.notification.subscription.Identity;
import fr.cls.notification.subscription.Scope;
import fr.cls.notification.subscription.SubscriberView;
import fr.cls.notification.subscription.SubscriptionChannel;
import fr.cls.notification.subscription.Subscriptions;
import fr.cls.notification.subscription.Topic;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.security.Roles;
import fr.cls.platform.web.IfMatch;
import fr.cls.tenancy.TokenRules;

@RestController
@RequestMapping("/api/v1/notifications/subscriptions")
class SubscriptionController {

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** The caller's subscriptions; the first call gives them the defaults of their roles. */
    @GetMapping("/me")
    ResponseEntity<SubscriberView> mine(@AuthenticationPrincipal Jwt jwt) {
        return ok(subscriptions.mine(identity(jwt)));
    }

    /** Replaces all the caller's subscriptions, from the version read ({@code If-Match}; computed from them). */
    @PutMapping("/me")
    ResponseEntity<SubscriberView> replaceMine(@AuthenticationPrincipal Jwt jwt, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody SubscriptionsRequest request) {
        List<Choice> choices = request.subscriptions().stream().map(SubscriptionRequest::toChoice).toList();
        return ok(subscriptions.replaceMine(identity(jwt), IfMatch.version(ifMatch), choices));
    }

    private static ResponseEntity<SubscriberView> ok(SubscriberView view) {
        return ResponseEntity.ok().eTag(Long.toString(Versions.versionOf(view))).body(view);
    }

    /** Every subscriber of the tenant and what they are told of, for the tenant's agents. */
    @GetMapping
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    List<SubscriberView> ofTenant() {
        return subscriptions.ofTenant();
    }

    private static Identity identity(Jwt jwt) {
        return new Identity(jwt.getClaimAsString("iss"), jwt.getSubject(), jwt.getClaimAsString("email"),
                jwt.getClaimAsString("name"), jwt.getClaimAsStringList(TokenRules.ROLES_CLAIM),
                Language.of(jwt.getClaimAsString("locale")).orElse(null));
    }

    record SubscriptionsRequest(@NotNull @Size(max = 100) List<@Valid SubscriptionRequest> subscriptions) {
    }

    record SubscriptionRequest(
            @NotNull @Pattern(regexp = TOPICS, message = "{notification.topic-known}") String topic,
            @NotNull @Pattern(regexp = "EMAIL|INBOX", message = "{notification.channel-known}") String channel,
            @NotNull @Pattern(regexp = "ALL|MINE|ONE", message = "{notification.scope-known}") String scope,
            UUID contractId) {

        static final String TOPICS = "MEETING_CONVENED|GOVERNANCE_DECISION|CONTRACT_LIFECYCLE|ANNUAL_REPORT"
                + "|FUNDING_REQUEST_SUBMITTED|FUNDING_REQUEST_PROGRESS|FUNDING_DECIDED|CONVENTION_SIGNED|PAYMENT"
                + "|REMINDER_COPIL|REMINDER_ANNUAL_REPORT|REMINDER_END_OF_TERM|REMINDER_REQUEST_WAITING";

        Choice toChoice() {
            Scope s = Scope.valueOf(scope);
            if ((s == Scope.ONE) != (contractId != null)) {
                throw new RuleViolationException("contract-id-with-scope-one",
                        "contractId is given with scope ONE, and only then (" + topic + ")", topic);
            }
            return new Choice(Topic.valueOf(topic), SubscriptionChannel.valueOf(channel), s, contractId);
        }
    }
}
