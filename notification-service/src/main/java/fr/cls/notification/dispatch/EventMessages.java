package fr.cls.notification.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.cls.contract.events.AnnualReportSubmittedV1;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.funding.events.ConventionAmendedV1;
import fr.cls.funding.events.ConventionCancelledV1;
import fr.cls.funding.events.ConventionPaper;
import fr.cls.funding.events.ConventionSignedV1;
import fr.cls.funding.events.FundingRequestDecidedV1;
import fr.cls.funding.events.FundingRequestInstructionStartedV1;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.funding.events.FundingRequestWithdrawnV1;
import fr.cls.funding.events.PaymentPaidV1;
import fr.cls.funding.events.PaymentReleasedV1;
import fr.cls.governance.events.DecisionRecordedV1;
import fr.cls.governance.events.ConvocationDocument;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.notification.dispatch.Text.Amounts;
import fr.cls.notification.dispatch.Text.Label;
import fr.cls.notification.dispatch.Text.Money;
import fr.cls.notification.dispatch.Text.Title;
import fr.cls.notification.subscription.Topic;
import fr.cls.notification.tracking.ContractState;
import fr.cls.notification.tracking.TrackedContract;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.documents.DocumentRequest;
import fr.cls.platform.documents.PdfDocuments;
import fr.cls.platform.context.TenantSwitch;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventRoutes;

/**
 * Composes the message each event means and tells the subscribers. Contract and governance events belong to the
 * contract's owner tenant; funding events to the funder, and what the owner must hear of (instruction, decision,
 * convention, payments) is told to the owner's people. Other events tell nobody.
 */
@Component
class EventMessages {

    private static final Logger log = LoggerFactory.getLogger(EventMessages.class);

    private final Dispatcher dispatcher;
    private final ContractState contracts;
    private final TenantSwitch tenants;
    private final PdfDocuments documents;

    EventMessages(Dispatcher dispatcher, ContractState contracts, TenantSwitch tenants, PdfDocuments documents) {
        this.dispatcher = dispatcher;
        this.contracts = contracts;
        this.tenants = tenants;
        this.documents = documents;
    }

    EventRoutes declare(EventRoutes routes) {
        return routes
                .on(ContractInitiatedV1.class, this::initiated)
                .onAny(ContractTransitionedV1::isTransition, ContractTransitionedV1.class, this::transitioned)
                .on(AnnualReportSubmittedV1.class, this::annualReportSubmitted)
                .on(MeetingConvenedV1.class, this::meetingConvened)
                .on(DecisionRecordedV1.class, this::decisionRecorded)
                .on(FundingRequestSubmittedV1.class, this::requestSubmitted)
                .on(FundingRequestInstructionStartedV1.class, this::instructionStarted)
                .on(FundingRequestWithdrawnV1.class, this::requestWithdrawn)
                .on(FundingRequestDecidedV1.class, this::requestDecided)
                .on(ConventionSignedV1.class, this::conventionSigned)
                .on(ConventionAmendedV1.class, this::conventionAmended)
                .on(ConventionCancelledV1.class, this::conventionCancelled)
                .on(PaymentReleasedV1.class, this::paymentReleased)
                .on(PaymentPaidV1.class, this::paymentPaid);
    }

    private void initiated(EventEnvelope e, ContractInitiatedV1 p) {
        Title title = new Title(p.title());
        tell(e, Topic.CONTRACT_LIFECYCLE, p.contractId(), Message.of(Text.of("notification.contract-initiated.title", title),
                Text.of("notification.contract-initiated.body", title, p.letterOfIntentReceivedOn())));
    }

    private void transitioned(EventEnvelope e, ContractTransitionedV1 p) {
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
    }

    private void annualReportSubmitted(EventEnvelope e, AnnualReportSubmittedV1 p) {
        String year = String.valueOf(p.year());
        tell(e, Topic.ANNUAL_REPORT, p.contractId(), Message.of(Text.of("notification.annual-report-submitted.title", year),
                Text.of("notification.annual-report-submitted.body", year, titleOf(p.contractId(), null), p.submittedOn())));
    }

    private void meetingConvened(EventEnvelope e, MeetingConvenedV1 p) {
        List<Text> body = new ArrayList<>(List.of(
                Text.of("notification.meeting-convened.body", p.bodyName(), p.bodyKind(), p.scheduledOn(), place(p.place())),
                Text.of("notification.meeting-convened.sent", p.convenedOn())));
        if (p.invitees() != null && !p.invitees().isEmpty()) {
            body.add(Text.of("notification.meeting-convened.invitees", String.join(", ", p.invitees())));
        }
        Notification n = notification(e, Topic.MEETING_CONVENED, p.contractId(), new Message(
                Text.of("notification.meeting-convened.title", p.bodyName(), p.scheduledOn()), body));
        dispatcher.fanOut(p.convenedOn() == null ? n : n.withAttachment(convocation(p)));
    }

    /**
     * The convocation paper, rendered here from the event with governance-service's template and model
     * (ConvocationDocument): the same bytes as the PDF it serves for the same data (docs/notifications.md).
     */
    private Attachment convocation(MeetingConvenedV1 p) {
        byte[] pdf = documents.render(new DocumentRequest(TenantContext.require(), ConvocationDocument.TEMPLATE,
                ConvocationDocument.title(p), ConvocationDocument.date(p), ConvocationDocument.model(p)));
        return new Attachment(ConvocationDocument.fileName(p), pdf);
    }

    private void decisionRecorded(EventEnvelope e, DecisionRecordedV1 p) {
        Text ofContract = p.contractId() == null ? null
                : Text.of("notification.value.of-contract", titleOf(p.contractId(), null));
        Text year = p.year() == null ? null : Text.of("notification.value.year", String.valueOf(p.year()));
        tell(e, Topic.GOVERNANCE_DECISION, p.contractId(), Message.of(
                Text.of("notification.decision-recorded.title", p.bodyKind(), new Label(p.purpose())),
                Text.of("notification.decision-recorded.body", p.bodyKind(), ofContract, p.decidedOn(),
                        new Label(p.purpose()), year, new Label(p.outcome()))));
    }

    private void requestSubmitted(EventEnvelope e, FundingRequestSubmittedV1 p) {
        Title title = titleOf(p.contractId(), p.contractTitle());
        tell(e, Topic.FUNDING_REQUEST_SUBMITTED, p.contractId(), Message.of(
                Text.of("notification.funding-request-submitted.title", title),
                Text.of("notification.funding-request-submitted.body", title, p.schemeCode(), p.purpose()),
                Text.of("notification.funding-request-submitted.amounts", new Amounts(p.amountsByYear()),
                        new Money(p.total()))));
    }

    private void instructionStarted(EventEnvelope e, FundingRequestInstructionStartedV1 p) {
        Title title = titleOf(p.contractId(), null);
        toOwner(p.contractId(), notification(e, Topic.FUNDING_REQUEST_PROGRESS, p.contractId(), Message.of(
                Text.of("notification.funding-request-instruction-started.title", title),
                Text.of("notification.funding-request-instruction-started.body", title, e.tenantid()))));
    }

    private void requestWithdrawn(EventEnvelope e, FundingRequestWithdrawnV1 p) {
        Title title = titleOf(p.contractId(), null);
        tell(e, Topic.FUNDING_REQUEST_PROGRESS, p.contractId(), Message.of(
                Text.of("notification.funding-request-withdrawn.title", title),
                Text.of("notification.funding-request-withdrawn.body", title, p.withdrawnOn())));
    }

    private void requestDecided(EventEnvelope e, FundingRequestDecidedV1 p) {
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
        Notification n = notification(e, Topic.FUNDING_DECIDED, p.contractId(), new Message(
                Text.of("notification.funding-request-decided.title", new Label(p.outcome()), title), body));
        // A grant's email carries its convention de financement, on the funder's letterhead (the event's tenant),
        // rendered from the paper the event carries: the same bytes as funding-service's download.
        toOwner(p.contractId(), p.convention() == null ? n : n.withAttachment(convention(e.tenantid(), p.convention())));
    }

    private Attachment convention(String funder, ConventionPaper paper) {
        byte[] pdf = documents.render(new DocumentRequest(funder, ConventionPaper.TEMPLATE, paper.title(), paper.decidedOn(),
                paper.model()));
        return new Attachment(paper.fileName(), pdf);
    }

    private void conventionSigned(EventEnvelope e, ConventionSignedV1 p) {
        Title title = titleOf(p.contractId(), null);
        toOwner(p.contractId(), notification(e, Topic.CONVENTION_SIGNED, p.contractId(), Message.of(
                Text.of("notification.convention-signed.title", title),
                Text.of("notification.convention-signed.body", title, e.tenantid(), p.signedOn(), p.validFrom(),
                        p.validUntil()),
                Text.of("notification.convention-signed.schedule", new Amounts(p.amountsByYear())))));
    }

    private void conventionAmended(EventEnvelope e, ConventionAmendedV1 p) {
        Title title = titleOf(p.contractId(), null);
        toOwner(p.contractId(), notification(e, Topic.CONVENTION_SIGNED, p.contractId(), Message.of(
                Text.of("notification.convention-amended.title", title),
                Text.of("notification.convention-amended.body", title, e.tenantid(), p.amendedOn()),
                Text.of("notification.convention-amended.schedule", new Amounts(p.amountsByYear())))));
    }

    private void conventionCancelled(EventEnvelope e, ConventionCancelledV1 p) {
        Title title = titleOf(p.contractId(), null);
        toOwner(p.contractId(), notification(e, Topic.CONVENTION_SIGNED, p.contractId(), Message.of(
                Text.of("notification.convention-cancelled.title", title),
                Text.of("notification.convention-cancelled.body", title, e.tenantid(), p.cancelledOn()),
                Text.of("notification.line.reason", p.reason()))));
    }

    private void paymentReleased(EventEnvelope e, PaymentReleasedV1 p) {
        Title title = titleOf(p.contractId(), null);
        String year = String.valueOf(p.year());
        toOwner(p.contractId(), notification(e, Topic.PAYMENT, p.contractId(), Message.of(
                Text.of("notification.payment-released.title", year, title),
                Text.of("notification.payment-released.body", year, new Money(p.amount()), title, p.releasedOn()))));
    }

    private void paymentPaid(EventEnvelope e, PaymentPaidV1 p) {
        Title title = titleOf(p.contractId(), null);
        String year = String.valueOf(p.year());
        toOwner(p.contractId(), notification(e, Topic.PAYMENT, p.contractId(), Message.of(
                Text.of("notification.payment-paid.title", year, title),
                Text.of("notification.payment-paid.body", year, new Money(p.amount()), title, p.paidOn()))));
    }

    /** ", lieu : …" when the place is known. */
    private static Text place(String place) {
        return place == null ? null : Text.of("notification.value.place", place);
    }

    private void tell(EventEnvelope e, Topic topic, UUID contractId, Message message) {
        dispatcher.fanOut(notification(e, topic, contractId, message));
    }

    /** The owner of a funder's contract is known from the owner's profile, which listed the funder as a party. */
    private void toOwner(UUID contractId, Notification n) {
        TrackedContract contract = contracts.find(contractId).orElse(null);
        if (contract == null) {
            log.info("contract {} is unknown to {}: its owner is not told of {}", contractId, TenantContext.require(),
                    n.eventType());
            return;
        }
        tenants.run(contract.ownerTenant(), () -> dispatcher.fanOut(n));
    }

    private Title titleOf(UUID contractId, String fromPayload) {
        return new Title(contracts.title(contractId, fromPayload));
    }

    private static Notification notification(EventEnvelope e, Topic topic, UUID contractId, Message message) {
        return new Notification(e.id(), e.type(), e.subject(), e.correlationid(), e.time().toInstant(), topic, contractId,
                message);
    }
}
