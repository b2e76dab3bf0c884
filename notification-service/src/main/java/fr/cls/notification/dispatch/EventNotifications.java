package fr.cls.notification.dispatch;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.cls.contract.events.AnnualReportSubmittedV1;
import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.funding.events.ConventionAmendedV1;
import fr.cls.funding.events.ConventionCancelledV1;
import fr.cls.funding.events.ConventionSignedV1;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.FundingRequestDecidedV1;
import fr.cls.funding.events.FundingRequestInstructionStartedV1;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.funding.events.FundingRequestWithdrawnV1;
import fr.cls.funding.events.PaymentPaidV1;
import fr.cls.funding.events.PaymentReleasedV1;
import fr.cls.governance.events.DecisionRecordedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.notification.dispatch.Text.Amounts;
import fr.cls.notification.dispatch.Text.Label;
import fr.cls.notification.dispatch.Text.Money;
import fr.cls.notification.dispatch.Text.Title;
import fr.cls.notification.subscription.Topic;
import fr.cls.notification.tracking.ContractState;
import fr.cls.notification.tracking.FollowUps;
import fr.cls.notification.tracking.TenantSwitch;
import fr.cls.notification.tracking.TrackedContract;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import tools.jackson.databind.JsonNode;

/**
 * Every domain event, once (its own consumer group and inbox name): keeps what reminders need and tells the
 * subscribers. Contract and governance events belong to the contract's owner tenant; funding events to the funder,
 * and what the owner must hear of (instruction, decision, convention, payments) is told to the owner's people.
 */
@Component
class EventNotifications {

    static final String CONSUMER = "notification-service.notifications";
    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EventInbox inbox;
    private final Dispatcher dispatcher;
    private final ContractState contracts;
    private final FollowUps followUps;
    private final TenantSwitch tenants;

    EventNotifications(EventInbox inbox, Dispatcher dispatcher, ContractState contracts, FollowUps followUps,
            TenantSwitch tenants) {
        this.tenants = tenants;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.contracts = contracts;
        this.followUps = followUps;
    }

    @KafkaListener(topics = { ContractEvents.TOPIC, FundingEvents.TOPIC, GovernanceEvents.TOPIC }, groupId = CONSUMER)
    void on(String envelope) {
        inbox.handle(CONSUMER, envelope, this::handle);
    }

    private void handle(EventEnvelope e) {
        if (e.type().startsWith("cls.contract.")) {
            contract(e);
        } else if (e.type().startsWith("cls.funding.")) {
            funding(e);
        } else if (e.type().startsWith("cls.governance.")) {
            governance(e);
        }
    }

    private void contract(EventEnvelope e) {
        if (ContractProfileV1.TYPE.equals(e.type())) {
            ContractProfileV1 p = inbox.payload(e, ContractProfileV1.class);
            contracts.profile(p.contractId(), p.title(), p.status(), p.startDate(), p.endDate(), p.partyTenants(),
                    strings(e.data(), "coordinators"), strings(e.data(), "coordinatorIssuers"));
        } else if (ContractInitiatedV1.TYPE.equals(e.type())) {
            ContractInitiatedV1 p = inbox.payload(e, ContractInitiatedV1.class);
            contracts.status(p.contractId(), p.title(), p.status(), null, null);
            Title title = new Title(p.title());
            tell(e, Topic.CONTRACT_LIFECYCLE, p.contractId(), Message.of(Text.of("notification.contract-initiated.title", title),
                    Text.of("notification.contract-initiated.body", title, p.letterOfIntentReceivedOn())));
        } else if (ContractTransitionedV1.isTransition(e.type())) {
            ContractTransitionedV1 p = inbox.payload(e, ContractTransitionedV1.class);
            contracts.status(p.contractId(), p.title(), p.toStatus(), p.startDate(), p.endDate());
            Title title = new Title(p.title());
            List<Text> body = new ArrayList<>(List.of(Text.of("notification.contract-transitioned.body", title,
                    new Label(p.fromStatus()), new Label(p.toStatus()), p.occurredOn())));
            if (p.endDate() != null) {
                body.add(Text.of("notification.contract-transitioned.period", p.startDate(), p.endDate()));
            }
            if (p.reason() != null) {
                body.add(Text.of("notification.line.reason", p.reason()));
            }
            tell(e, Topic.CONTRACT_LIFECYCLE, p.contractId(), new Message(
                    Text.of("notification.contract-transitioned.title", title, new Label(p.toStatus())), body));
        } else if (AnnualReportSubmittedV1.TYPE.equals(e.type())) {
            AnnualReportSubmittedV1 p = inbox.payload(e, AnnualReportSubmittedV1.class);
            followUps.annualReportSubmitted(p.contractId(), p.year(), p.submittedOn());
            String year = String.valueOf(p.year());
            tell(e, Topic.ANNUAL_REPORT, p.contractId(), Message.of(Text.of("notification.annual-report-submitted.title", year),
                    Text.of("notification.annual-report-submitted.body", year, titleOf(p.contractId(), null), p.submittedOn())));
        }
    }

    private void governance(EventEnvelope e) {
        if (MeetingConvenedV1.TYPE.equals(e.type())) {
            MeetingConvenedV1 p = inbox.payload(e, MeetingConvenedV1.class);
            followUps.meeting(p.meetingId(), p.contractId(), p.bodyKind(), p.bodyName(), p.scheduledOn(), p.place());
            List<Text> body = new ArrayList<>(List.of(
                    Text.of("notification.meeting-convened.body", p.bodyName(), p.bodyKind(), p.scheduledOn(), place(p.place())),
                    Text.of("notification.meeting-convened.sent", p.convenedOn())));
            if (p.invitees() != null && !p.invitees().isEmpty()) {
                body.add(Text.of("notification.meeting-convened.invitees", String.join(", ", p.invitees())));
            }
            tell(e, Topic.MEETING_CONVENED, p.contractId(), new Message(
                    Text.of("notification.meeting-convened.title", p.bodyName(), p.scheduledOn()), body));
        } else if (DecisionRecordedV1.TYPE.equals(e.type())) {
            DecisionRecordedV1 p = inbox.payload(e, DecisionRecordedV1.class);
            Text ofContract = p.contractId() == null ? null
                    : Text.of("notification.value.of-contract", titleOf(p.contractId(), null));
            Text year = p.year() == null ? null : Text.of("notification.value.year", String.valueOf(p.year()));
            tell(e, Topic.GOVERNANCE_DECISION, p.contractId(), Message.of(
                    Text.of("notification.decision-recorded.title", p.bodyKind(), new Label(p.purpose())),
                    Text.of("notification.decision-recorded.body", p.bodyKind(), ofContract, p.decidedOn(),
                            new Label(p.purpose()), year, new Label(p.outcome()))));
        }
    }

    private void funding(EventEnvelope e) {
        switch (e.type()) {
            case FundingRequestSubmittedV1.TYPE -> {
                FundingRequestSubmittedV1 p = inbox.payload(e, FundingRequestSubmittedV1.class);
                String contractTitle = p.contractTitle() != null ? p.contractTitle()
                        : contracts.find(p.contractId()).map(TrackedContract::title).orElse(null);
                followUps.requestWaiting(p.requestId(), p.contractId(), contractTitle, day(e));
                Title title = new Title(contractTitle);
                tell(e, Topic.FUNDING_REQUEST_SUBMITTED, p.contractId(), Message.of(
                        Text.of("notification.funding-request-submitted.title", title),
                        Text.of("notification.funding-request-submitted.body", title, p.schemeCode(), p.purpose()),
                        Text.of("notification.funding-request-submitted.amounts", new Amounts(p.amountsByYear()),
                                new Money(p.total()))));
            }
            case FundingRequestInstructionStartedV1.TYPE -> {
                FundingRequestInstructionStartedV1 p = inbox.payload(e, FundingRequestInstructionStartedV1.class);
                followUps.requestMoved(p.requestId());
                Title title = titleOf(p.contractId(), null);
                toOwner(p.contractId(), notification(e, Topic.FUNDING_REQUEST_PROGRESS, p.contractId(), Message.of(
                        Text.of("notification.funding-request-instruction-started.title", title),
                        Text.of("notification.funding-request-instruction-started.body", title, e.tenantid()))));
            }
            case FundingRequestWithdrawnV1.TYPE -> {
                FundingRequestWithdrawnV1 p = inbox.payload(e, FundingRequestWithdrawnV1.class);
                followUps.requestMoved(p.requestId());
                Title title = titleOf(p.contractId(), null);
                tell(e, Topic.FUNDING_REQUEST_PROGRESS, p.contractId(), Message.of(
                        Text.of("notification.funding-request-withdrawn.title", title),
                        Text.of("notification.funding-request-withdrawn.body", title, p.withdrawnOn())));
            }
            case FundingRequestDecidedV1.TYPE -> {
                FundingRequestDecidedV1 p = inbox.payload(e, FundingRequestDecidedV1.class);
                followUps.requestMoved(p.requestId());
                Title title = titleOf(p.contractId(), p.contractTitle());
                List<Text> body = new ArrayList<>(List.of(Text.of("notification.funding-request-decided.body", title,
                        new Label(p.outcome()), p.decidedOn(), e.tenantid())));
                if ("GRANTED".equals(p.outcome())) {
                    body.add(Text.of("notification.funding-request-decided.granted", new Amounts(p.grantedByYear()),
                            new Money(p.grantedTotal())));
                }
                if (p.reasons() != null && !p.reasons().isEmpty()) {
                    body.add(Text.of("notification.funding-request-decided.reasons", String.join(" / ", p.reasons())));
                }
                toOwner(p.contractId(), notification(e, Topic.FUNDING_DECIDED, p.contractId(), new Message(
                        Text.of("notification.funding-request-decided.title", new Label(p.outcome()), title), body)));
            }
            case ConventionSignedV1.TYPE -> {
                ConventionSignedV1 p = inbox.payload(e, ConventionSignedV1.class);
                followUps.convention(p.conventionId(), p.contractId(), p.beneficiary(), p.validUntil());
                Title title = titleOf(p.contractId(), null);
                Notification n = notification(e, Topic.CONVENTION_SIGNED, p.contractId(), Message.of(
                        Text.of("notification.convention-signed.title", title),
                        Text.of("notification.convention-signed.body", title, e.tenantid(), p.signedOn(), p.validFrom(),
                                p.validUntil()),
                        Text.of("notification.convention-signed.schedule", new Amounts(p.amountsByYear()))));
                toOwner(p.contractId(), n, () -> followUps.convention(p.conventionId(), p.contractId(), p.beneficiary(), p.validUntil()));
            }
            case ConventionAmendedV1.TYPE -> {
                ConventionAmendedV1 p = inbox.payload(e, ConventionAmendedV1.class);
                Title title = titleOf(p.contractId(), null);
                toOwner(p.contractId(), notification(e, Topic.CONVENTION_SIGNED, p.contractId(), Message.of(
                        Text.of("notification.convention-amended.title", title),
                        Text.of("notification.convention-amended.body", title, e.tenantid(), p.amendedOn()),
                        Text.of("notification.convention-amended.schedule", new Amounts(p.amountsByYear())))));
            }
            case ConventionCancelledV1.TYPE -> {
                ConventionCancelledV1 p = inbox.payload(e, ConventionCancelledV1.class);
                // A cancelled convention reaches no end of term: no reminder for it, in any tenant's copy.
                followUps.conventionCancelled(p.conventionId());
                Title title = titleOf(p.contractId(), null);
                toOwner(p.contractId(), notification(e, Topic.CONVENTION_SIGNED, p.contractId(), Message.of(
                        Text.of("notification.convention-cancelled.title", title),
                        Text.of("notification.convention-cancelled.body", title, e.tenantid(), p.cancelledOn()),
                        Text.of("notification.line.reason", p.reason()))),
                        () -> followUps.conventionCancelled(p.conventionId()));
            }
            case PaymentReleasedV1.TYPE -> {
                PaymentReleasedV1 p = inbox.payload(e, PaymentReleasedV1.class);
                Title title = titleOf(p.contractId(), null);
                String year = String.valueOf(p.year());
                toOwner(p.contractId(), notification(e, Topic.PAYMENT, p.contractId(), Message.of(
                        Text.of("notification.payment-released.title", year, title),
                        Text.of("notification.payment-released.body", year, new Money(p.amount()), title, p.releasedOn()))));
            }
            case PaymentPaidV1.TYPE -> {
                PaymentPaidV1 p = inbox.payload(e, PaymentPaidV1.class);
                Title title = titleOf(p.contractId(), null);
                String year = String.valueOf(p.year());
                toOwner(p.contractId(), notification(e, Topic.PAYMENT, p.contractId(), Message.of(
                        Text.of("notification.payment-paid.title", year, title),
                        Text.of("notification.payment-paid.body", year, new Money(p.amount()), title, p.paidOn()))));
            }
            default -> {
                // Other funding events are logged (DomainEventListener), nobody is told.
            }
        }
    }

    /** ", lieu : …" when the place is known. */
    static Text place(String place) {
        return place == null ? null : Text.of("notification.value.place", place);
    }

    private void tell(EventEnvelope e, Topic topic, UUID contractId, Message message) {
        dispatcher.fanOut(notification(e, topic, contractId, message));
    }

    private void toOwner(UUID contractId, Notification n) {
        toOwner(contractId, n, () -> { });
    }

    /** The owner of a funder's contract is known from the owner's profile, which listed the funder as a party. */
    private void toOwner(UUID contractId, Notification n, Runnable alsoForOwner) {
        TrackedContract contract = contracts.find(contractId).orElse(null);
        if (contract == null) {
            log.info("contract {} is unknown to {}: its owner is not told of {}", contractId, TenantContext.require(),
                    n.eventType());
            return;
        }
        tenants.as(contract.ownerTenant(), () -> {
            alsoForOwner.run();
            dispatcher.fanOut(n);
        });
    }

    private Title titleOf(UUID contractId, String fromPayload) {
        if (fromPayload != null) {
            return new Title(fromPayload);
        }
        return new Title(contracts.find(contractId).map(TrackedContract::title).orElse(null));
    }

    private static Notification notification(EventEnvelope e, Topic topic, UUID contractId, Message message) {
        return new Notification(e.id(), e.type(), e.subject(), e.correlationid(), e.time().toInstant(), topic, contractId,
                message);
    }

    private static LocalDate day(EventEnvelope e) {
        return e.time().atZoneSameInstant(PARIS).toLocalDate();
    }

    /** An optional array of strings of the profile ({@code coordinators}, {@code coordinatorIssuers}; null when absent). */
    private static List<String> strings(JsonNode data, String field) {
        JsonNode list = data.get(field);
        if (list == null || !list.isArray()) {
            return null;
        }
        List<String> subjects = new ArrayList<>();
        list.forEach(s -> subjects.add(s.asString()));
        return subjects;
    }
}
