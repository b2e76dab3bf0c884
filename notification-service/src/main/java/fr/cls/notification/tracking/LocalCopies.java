package fr.cls.notification.tracking;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.cls.contract.events.AnnualReportSubmittedV1;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.funding.events.ConventionCancelledV1;
import fr.cls.funding.events.ConventionSignedV1;
import fr.cls.funding.events.FundingRequestDecidedV1;
import fr.cls.funding.events.FundingRequestInstructionStartedV1;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.funding.events.FundingRequestWithdrawnV1;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.platform.context.TenantSwitch;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventRoutes;
import tools.jackson.databind.JsonNode;

/**
 * Keeps this service's copies up to date from the events: the contracts as each tenant knows them and what the
 * reminders follow (meetings, conventions, requests, annual reports). A convention is followed by its funder and by
 * the contract's owner, whose copy is written under the owner's tenant in the same transaction.
 */
@Component
public class LocalCopies {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ContractState contracts;
    private final FollowUps followUps;
    private final TenantSwitch tenants;

    LocalCopies(ContractState contracts, FollowUps followUps, TenantSwitch tenants) {
        this.contracts = contracts;
        this.followUps = followUps;
        this.tenants = tenants;
    }

    /** Adds the copies' routes; declare them before anything that reads the copies for the same event. */
    public EventRoutes declare(EventRoutes routes) {
        return routes
                .on(ContractProfileV1.class, (e, p) -> contracts.profile(p.contractId(), p.title(), p.status(),
                        p.startDate(), p.endDate(), p.partyTenants(), strings(e.data(), "coordinators"),
                        strings(e.data(), "coordinatorIssuers")))
                .on(ContractInitiatedV1.class, p -> contracts.status(p.contractId(), p.title(), p.status(), null, null))
                .onAny(ContractTransitionedV1::isTransition, ContractTransitionedV1.class,
                        (e, p) -> contracts.status(p.contractId(), p.title(), p.toStatus(), p.startDate(), p.endDate()))
                .on(AnnualReportSubmittedV1.class,
                        p -> followUps.annualReportSubmitted(p.contractId(), p.year(), p.submittedOn()))
                .on(MeetingConvenedV1.class, p -> followUps.meeting(p.meetingId(), p.contractId(), p.bodyKind(),
                        p.bodyName(), p.scheduledOn(), p.place()))
                .on(FundingRequestSubmittedV1.class, (e, p) -> followUps.requestWaiting(p.requestId(), p.contractId(),
                        contracts.title(p.contractId(), p.contractTitle()), day(e)))
                .on(FundingRequestInstructionStartedV1.class, p -> followUps.requestMoved(p.requestId()))
                .on(FundingRequestWithdrawnV1.class, p -> followUps.requestMoved(p.requestId()))
                .on(FundingRequestDecidedV1.class, p -> followUps.requestMoved(p.requestId()))
                .on(ConventionSignedV1.class, p -> forFunderAndOwner(p.contractId(),
                        () -> followUps.convention(p.conventionId(), p.contractId(), p.beneficiary(), p.validUntil())))
                // A cancelled convention reaches no end of term: no reminder for it, in any tenant's copy.
                .on(ConventionCancelledV1.class, p -> forFunderAndOwner(p.contractId(),
                        () -> followUps.conventionCancelled(p.conventionId())));
    }

    /** The owner of a funder's contract is known from the owner's profile, which listed the funder as a party. */
    private void forFunderAndOwner(UUID contractId, Runnable copy) {
        copy.run();
        contracts.find(contractId).ifPresent(contract -> tenants.run(contract.ownerTenant(), copy));
    }

    private static java.time.LocalDate day(EventEnvelope e) {
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
