package fr.cls.notification.dispatch;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
            tell(e, Topic.CONTRACT_LIFECYCLE, p.contractId(), "Nouveau projet de contrat " + FrenchFormat.quoted(p.title()),
                    "La lettre d'intention du contrat " + FrenchFormat.quoted(p.title()) + " a été reçue le "
                            + FrenchFormat.date(p.letterOfIntentReceivedOn()) + ".");
        } else if (ContractTransitionedV1.isTransition(e.type())) {
            ContractTransitionedV1 p = inbox.payload(e, ContractTransitionedV1.class);
            contracts.status(p.contractId(), p.title(), p.toStatus(), p.startDate(), p.endDate());
            String body = "Le contrat " + FrenchFormat.quoted(p.title()) + " passe de l'étape « " + FrenchFormat.label(p.fromStatus())
                    + " » à l'étape « " + FrenchFormat.label(p.toStatus()) + " » le " + FrenchFormat.date(p.occurredOn()) + "."
                    + (p.endDate() != null ? "\nPériode du contrat : du " + FrenchFormat.date(p.startDate()) + " au "
                            + FrenchFormat.date(p.endDate()) + "." : "")
                    + (p.reason() != null ? "\nMotif : " + p.reason() : "");
            tell(e, Topic.CONTRACT_LIFECYCLE, p.contractId(), "Contrat " + FrenchFormat.quoted(p.title()) + " : "
                    + FrenchFormat.label(p.toStatus()), body);
        } else if (AnnualReportSubmittedV1.TYPE.equals(e.type())) {
            AnnualReportSubmittedV1 p = inbox.payload(e, AnnualReportSubmittedV1.class);
            followUps.annualReportSubmitted(p.contractId(), p.year(), p.submittedOn());
            String title = titleOf(p.contractId(), null);
            tell(e, Topic.ANNUAL_REPORT, p.contractId(), "Bilan annuel " + p.year() + " déposé",
                    "Le bilan annuel " + p.year() + " du contrat " + FrenchFormat.quoted(title) + " a été déposé le "
                            + FrenchFormat.date(p.submittedOn()) + ".");
        }
    }

    private void governance(EventEnvelope e) {
        if (MeetingConvenedV1.TYPE.equals(e.type())) {
            MeetingConvenedV1 p = inbox.payload(e, MeetingConvenedV1.class);
            followUps.meeting(p.meetingId(), p.contractId(), p.bodyKind(), p.bodyName(), p.scheduledOn(), p.place());
            String invitees = p.invitees() == null || p.invitees().isEmpty() ? ""
                    : "\nSont convoqués : " + String.join(", ", p.invitees()) + ".";
            tell(e, Topic.MEETING_CONVENED, p.contractId(), "Convocation : " + p.bodyName() + " le " + FrenchFormat.date(p.scheduledOn()),
                    "Vous êtes convoqué(e) à la réunion du " + p.bodyName() + " (" + p.bodyKind() + ") le "
                            + FrenchFormat.date(p.scheduledOn()) + (p.place() == null ? "" : ", lieu : " + p.place()) + "."
                            + "\nConvocation envoyée le " + FrenchFormat.date(p.convenedOn()) + "." + invitees);
        } else if (DecisionRecordedV1.TYPE.equals(e.type())) {
            DecisionRecordedV1 p = inbox.payload(e, DecisionRecordedV1.class);
            String title = titleOf(p.contractId(), null);
            tell(e, Topic.GOVERNANCE_DECISION, p.contractId(), "Décision du " + p.bodyKind() + " : " + FrenchFormat.label(p.purpose()),
                    "Le " + p.bodyKind() + (p.contractId() == null ? "" : " du contrat " + FrenchFormat.quoted(title))
                            + " a statué le " + FrenchFormat.date(p.decidedOn()) + " : " + FrenchFormat.label(p.purpose())
                            + (p.year() == null ? "" : " (" + p.year() + ")") + ", décision " + FrenchFormat.label(p.outcome()) + ".");
        }
    }

    private void funding(EventEnvelope e) {
        switch (e.type()) {
            case FundingRequestSubmittedV1.TYPE -> {
                FundingRequestSubmittedV1 p = inbox.payload(e, FundingRequestSubmittedV1.class);
                String title = titleOf(p.contractId(), p.contractTitle());
                followUps.requestWaiting(p.requestId(), p.contractId(), title, day(e));
                tell(e, Topic.FUNDING_REQUEST_SUBMITTED, p.contractId(), "Demande de financement à instruire : " + FrenchFormat.quoted(title),
                        "Une demande de financement du contrat " + FrenchFormat.quoted(title) + " vous a été adressée"
                                + " (dispositif " + p.schemeCode() + ", objet " + p.purpose() + ").\nMontants demandés : "
                                + years(p.amountsByYear()) + ", soit " + FrenchFormat.euros(p.total()) + " au total.");
            }
            case FundingRequestInstructionStartedV1.TYPE -> {
                FundingRequestInstructionStartedV1 p = inbox.payload(e, FundingRequestInstructionStartedV1.class);
                followUps.requestMoved(p.requestId());
                String title = titleOf(p.contractId(), null);
                toOwner(p.contractId(), notification(e, Topic.FUNDING_REQUEST_PROGRESS, p.contractId(),
                        "Demande de financement en instruction : " + FrenchFormat.quoted(title),
                        "Votre demande de financement du contrat " + FrenchFormat.quoted(title) + " est en cours d'instruction par "
                                + e.tenantid() + "."));
            }
            case FundingRequestWithdrawnV1.TYPE -> {
                FundingRequestWithdrawnV1 p = inbox.payload(e, FundingRequestWithdrawnV1.class);
                followUps.requestMoved(p.requestId());
                String title = titleOf(p.contractId(), null);
                tell(e, Topic.FUNDING_REQUEST_PROGRESS, p.contractId(), "Demande de financement retirée : " + FrenchFormat.quoted(title),
                        "La demande de financement du contrat " + FrenchFormat.quoted(title) + " a été retirée le "
                                + FrenchFormat.date(p.withdrawnOn()) + ".");
            }
            case FundingRequestDecidedV1.TYPE -> {
                FundingRequestDecidedV1 p = inbox.payload(e, FundingRequestDecidedV1.class);
                followUps.requestMoved(p.requestId());
                String title = titleOf(p.contractId(), p.contractTitle());
                boolean granted = "GRANTED".equals(p.outcome());
                String body = "La demande de financement du contrat " + FrenchFormat.quoted(title) + " a été "
                        + FrenchFormat.label(p.outcome()) + " le " + FrenchFormat.date(p.decidedOn()) + " par " + e.tenantid() + "."
                        + (granted ? "\nMontants accordés : " + years(p.grantedByYear()) + ", soit "
                                + FrenchFormat.euros(p.grantedTotal()) + " au total." : "")
                        + (p.reasons() == null || p.reasons().isEmpty() ? "" : "\nMotifs : " + String.join(" ; ", p.reasons()));
                toOwner(p.contractId(), notification(e, Topic.FUNDING_DECIDED, p.contractId(),
                        "Demande de financement " + FrenchFormat.label(p.outcome()) + " : " + FrenchFormat.quoted(title), body));
            }
            case ConventionSignedV1.TYPE -> {
                ConventionSignedV1 p = inbox.payload(e, ConventionSignedV1.class);
                followUps.convention(p.conventionId(), p.contractId(), p.beneficiary(), p.validUntil());
                String title = titleOf(p.contractId(), null);
                Notification n = notification(e, Topic.CONVENTION_SIGNED, p.contractId(),
                        "Convention financière signée : " + FrenchFormat.quoted(title),
                        "La convention financière du contrat " + FrenchFormat.quoted(title) + " avec " + e.tenantid()
                                + " a été signée le " + FrenchFormat.date(p.signedOn()) + ". Elle est valable du "
                                + FrenchFormat.date(p.validFrom()) + " au " + FrenchFormat.date(p.validUntil())
                                + ".\nÉchéancier : " + years(p.amountsByYear()) + ".");
                toOwner(p.contractId(), n, () -> followUps.convention(p.conventionId(), p.contractId(), p.beneficiary(), p.validUntil()));
            }
            case ConventionAmendedV1.TYPE -> {
                ConventionAmendedV1 p = inbox.payload(e, ConventionAmendedV1.class);
                String title = titleOf(p.contractId(), null);
                toOwner(p.contractId(), notification(e, Topic.CONVENTION_SIGNED, p.contractId(),
                        "Convention financière modifiée : " + FrenchFormat.quoted(title),
                        "La convention financière du contrat " + FrenchFormat.quoted(title) + " avec " + e.tenantid()
                                + " a été modifiée le " + FrenchFormat.date(p.amendedOn()) + ".\nNouvel échéancier : "
                                + years(p.amountsByYear()) + "."));
            }
            case ConventionCancelledV1.TYPE -> {
                ConventionCancelledV1 p = inbox.payload(e, ConventionCancelledV1.class);
                // A cancelled convention reaches no end of term: no reminder for it, in any tenant's copy.
                followUps.conventionCancelled(p.conventionId());
                String title = titleOf(p.contractId(), null);
                toOwner(p.contractId(), notification(e, Topic.CONVENTION_SIGNED, p.contractId(),
                        "Convention financière annulée : " + FrenchFormat.quoted(title),
                        "La convention financière du contrat " + FrenchFormat.quoted(title) + " avec " + e.tenantid()
                                + " a été annulée le " + FrenchFormat.date(p.cancelledOn()) + ".\nMotif : " + p.reason() + "."),
                        () -> followUps.conventionCancelled(p.conventionId()));
            }
            case PaymentReleasedV1.TYPE -> {
                PaymentReleasedV1 p = inbox.payload(e, PaymentReleasedV1.class);
                String title = titleOf(p.contractId(), null);
                toOwner(p.contractId(), notification(e, Topic.PAYMENT, p.contractId(), "Versement " + p.year() + " débloqué : "
                        + FrenchFormat.quoted(title), "Le versement " + p.year() + " de " + FrenchFormat.euros(p.amount())
                        + " pour le contrat " + FrenchFormat.quoted(title) + " a été débloqué le " + FrenchFormat.date(p.releasedOn()) + "."));
            }
            case PaymentPaidV1.TYPE -> {
                PaymentPaidV1 p = inbox.payload(e, PaymentPaidV1.class);
                String title = titleOf(p.contractId(), null);
                toOwner(p.contractId(), notification(e, Topic.PAYMENT, p.contractId(), "Versement " + p.year() + " payé : "
                        + FrenchFormat.quoted(title), "Le versement " + p.year() + " de " + FrenchFormat.euros(p.amount())
                        + " pour le contrat " + FrenchFormat.quoted(title) + " a été payé le " + FrenchFormat.date(p.paidOn()) + "."));
            }
            default -> {
                // Other funding events are logged (DomainEventListener), nobody is told.
            }
        }
    }

    private void tell(EventEnvelope e, Topic topic, UUID contractId, String title, String body) {
        dispatcher.fanOut(notification(e, topic, contractId, title, body));
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

    private String titleOf(UUID contractId, String fromPayload) {
        if (fromPayload != null) {
            return fromPayload;
        }
        return contracts.find(contractId).map(TrackedContract::title).orElse(null);
    }

    private static Notification notification(EventEnvelope e, Topic topic, UUID contractId, String title, String body) {
        return new Notification(e.id(), e.type(), e.subject(), e.correlationid(), e.time().toInstant(), topic, contractId,
                title, body);
    }

    private static LocalDate day(EventEnvelope e) {
        return e.time().atZoneSameInstant(PARIS).toLocalDate();
    }

    private static String years(Map<Integer, java.math.BigDecimal> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            return "aucun";
        }
        return amounts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(a -> a.getKey() + " : " + FrenchFormat.euros(a.getValue())).collect(Collectors.joining(", "));
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
