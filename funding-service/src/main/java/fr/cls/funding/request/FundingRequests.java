package fr.cls.funding.request;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.funding.events.ConventionPaper;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.FundingRequestDecidedV1;
import fr.cls.funding.events.FundingRequestInstructionStartedV1;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.funding.events.FundingRequestWithdrawnV1;
import fr.cls.funding.profile.ContractProfile;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.funding.rules.FourEyes;
import fr.cls.funding.rules.FunderRules;
import fr.cls.funding.rules.Person;
import fr.cls.funding.scheme.Evaluation;
import fr.cls.funding.scheme.FundingCase;
import fr.cls.funding.scheme.RuleOutcome;
import fr.cls.funding.scheme.SchemeVersion;
import fr.cls.funding.scheme.Schemes;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.events.OutboxEventPublisher;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Roles;
import fr.cls.tenancy.TenantDirectory;

/**
 * Files, instructs and decides funding requests. The scheme's rules run at filing (under the version in effect
 * on the filing date, which the request keeps; none once the scheme is closed) and again at the decision on the
 * granted amounts: nothing above a cap is ever granted. Every refusal names the scheme and the version that judged.
 */
@Service
public class FundingRequests {

    private final FundingRequestRepository requests;
    private final ContractProfiles contracts;
    private final Schemes schemes;
    private final FundingCases cases;
    private final OutboxEventPublisher outbox;
    private final AuditTrail audit;
    private final FunderRules funderRules;
    private final Clock clock;
    private final RequestSearch search;
    private final TenantDirectory tenants;

    FundingRequests(FundingRequestRepository requests, ContractProfiles contracts, Schemes schemes, FundingCases cases,
            OutboxEventPublisher outbox, AuditTrail audit, FunderRules funderRules, Clock clock, RequestSearch search,
            TenantDirectory tenants) {
        this.search = search;
        this.tenants = tenants;
        this.funderRules = funderRules;
        this.requests = requests;
        this.contracts = contracts;
        this.schemes = schemes;
        this.cases = cases;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a filer gives; the portal's reference makes a second filing of the same dossier return the first, and a
     * second filing with other content a 409 ({@link Refiling}).
     */
    public record Filing(UUID contractId, String funder, String schemeCode, Purpose purpose,
            Map<Integer, BigDecimal> requested, Map<Integer, BigDecimal> ownShare, String portalReference) {
    }

    /** The request, and whether it was filed now or already known by its portal reference. */
    public record Filed(FundingRequest request, boolean created) {
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDING_FILER)
    public Filed submit(Filing filing) {
        String tenant = TenantContext.require();
        ContractProfile contract = contracts.require(filing.contractId());
        if (!tenant.equals(contract.ownerTenantId()) && !tenant.equals(filing.funder())) {
            throw new AccessDeniedException("a request is filed by the contract's owner or for the funder itself");
        }
        if (!contract.involves(filing.funder())) {
            throw new RuleViolationException("funder-takes-part", filing.funder() + " does not take part in the contract;"
                    + " the owner lists it as a party first", filing.funder());
        }
        if (filing.portalReference() != null) {
            cases.holdPortalReference(filing.funder(), filing.portalReference());
            Optional<FundingRequest> known = requests.findByFunderTenantIdAndPortalReference(filing.funder(), filing.portalReference());
            if (known.isPresent()) {
                List<String> differing = Refiling.differences(known.get(), filing);
                if (!differing.isEmpty()) {
                    throw Refiling.refused(known.get(), differing);
                }
                return new Filed(known.get(), false);
            }
        }
        LocalDate today = LocalDate.now(clock);
        SchemeVersion scheme = schemes.scheme(filing.funder(), filing.schemeCode()).versionForFiling(today);
        FundingCase fundingCase = cases.of(contract, filing.funder(), filing.schemeCode(), null, filing.requested(), filing.ownShare(), today);
        checkYears(contract, fundingCase.requested(), today);
        requireEligible(scheme.evaluate(fundingCase));
        FundingRequest request = requests.saveAndFlush(FundingRequest.submit(filing.funder(), contract.ownerTenantId(),
                contract.contractId(), scheme.schemeCode(), scheme.version(), filing.purpose(), fundingCase.requested(),
                ownShareOf(fundingCase), filing.portalReference(), Person.of(CurrentActor.get()), today, clock.instant()));
        audit.record("funding.request-submit", "funding-request", request.id().toString(), null, request.version());
        outbox.publish(FundingEvents.TOPIC, FundingRequestSubmittedV1.TYPE, request.id().toString(), request.funderTenantId(),
                new FundingRequestSubmittedV1(request.id().value(), contract.contractId(), contract.title(), request.schemeCode(),
                        request.schemeVersion(), request.purpose().name(), request.requested(),
                        YearAmounts.total(request.requested()), request.portalReference(), request.sequence()));
        return new Filed(request, true);
    }

    /** Before instruction: new amounts, judged by the version the request was filed under. */
    @Transactional
    @PreAuthorize(Roles.IS_FUNDING_FILER)
    public FundingRequest amend(FundingRequestId id, Long seenVersion, Purpose purpose, Map<Integer, BigDecimal> requested,
            Map<Integer, BigDecimal> ownShare) {
        FundingRequest request = get(id);
        Versions.check("funding request " + id, request.version(), seenVersion);
        request.requireAmendable();
        ContractProfile contract = profileOf(request);
        LocalDate today = LocalDate.now(clock);
        FundingCase fundingCase = cases.of(contract, request.funderTenantId(), request.schemeCode(), request.id().value(), requested, ownShare, today);
        checkYears(contract, fundingCase.requested(), today);
        requireEligible(schemes.version(request.funderTenantId(), request.schemeCode(), request.schemeVersion()).evaluateAsFiled(fundingCase));
        long before = request.version();
        request.amend(purpose == null ? request.purpose() : purpose, fundingCase.requested(), ownShareOf(fundingCase));
        return saved(request, "funding.request-amend", before);
    }

    /**
     * The request's amounts checked again by the version it was filed under, on today's facts: what the funder sees
     * while instructing, points of attention included (e.g. action sheets since aligned with its plans).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_FUNDING_FILER)
    public Simulations.Answer evaluation(FundingRequestId id) {
        FundingRequest request = get(id);
        LocalDate today = LocalDate.now(clock);
        FundingCase fundingCase = cases.of(profileOf(request), request.funderTenantId(), request.schemeCode(),
                request.id().value(), request.requested(), request.ownShare(), today);
        // Judged by the version it was filed under, even if the scheme closed since: no closing date shown.
        return new Simulations.Answer(schemes.version(request.funderTenantId(), request.schemeCode(), request.schemeVersion())
                .evaluateAsFiled(fundingCase), today, null);
    }

    /**
     * How the request's scheme version judged the amounts granted, on the day of the decision: the rules the
     * convention de financement lists. For a request read through {@link #get} (whoever may see it).
     */
    @Transactional(readOnly = true)
    public Evaluation grantedEvaluation(FundingRequest request) {
        FundingCase fundingCase = cases.of(profileOf(request), request.funderTenantId(), request.schemeCode(),
                request.id().value(), request.granted(), request.ownShare(), request.decidedOn());
        return schemes.version(request.funderTenantId(), request.schemeCode(), request.schemeVersion()).evaluateAsFiled(fundingCase);
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public FundingRequest startInstruction(FundingRequestId id, Long seenVersion) {
        FundingRequest request = funders(id, seenVersion);
        long before = request.version();
        request.startInstruction(Person.of(CurrentActor.get()), LocalDate.now(clock));
        FundingRequest saved = saved(request, "funding.request-instruct", before);
        outbox.publish(FundingEvents.TOPIC, FundingRequestInstructionStartedV1.TYPE, id.toString(), saved.funderTenantId(),
                new FundingRequestInstructionStartedV1(id.value(), saved.contractId(), saved.instructedBy(),
                        saved.portalReference(), saved.sequence()));
        return saved;
    }

    /** Grants the amounts per year after checking them against the request's scheme version, on today's facts. */
    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public FundingRequest grant(FundingRequestId id, Long seenVersion, Map<Integer, BigDecimal> amounts, String note) {
        FundingRequest request = funders(id, seenVersion);
        request.requireUndecided();
        Person decider = decider(request);
        ContractProfile contract = profileOf(request);
        LocalDate today = LocalDate.now(clock);
        FundingCase granted = cases.of(contract, request.funderTenantId(), request.schemeCode(), request.id().value(), amounts, request.ownShare(), today);
        Evaluation evaluation = schemes.version(request.funderTenantId(), request.schemeCode(), request.schemeVersion())
                .evaluateAsFiled(granted);
        requireEligible(evaluation);
        long before = request.version();
        request.grant(granted.requested(), note, decider, today);
        FundingRequest saved = saved(request, "funding.request-grant", before);
        return decided(saved, contract, List.of(), GrantedPaper.of(saved, contract, evaluation, this::tenantName));
    }

    /** The paper of a granted request as of its decision, for whoever may see the request (download). */
    @Transactional(readOnly = true)
    public ConventionPaper grantedPaper(FundingRequest request) {
        return GrantedPaper.of(request, profileOf(request), grantedEvaluation(request), this::tenantName);
    }

    private String tenantName(String tenantId) {
        return tenants.find(tenantId).map(fr.cls.tenancy.Tenant::name).orElse(tenantId);
    }

    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public FundingRequest refuse(FundingRequestId id, Long seenVersion, String reasons) {
        FundingRequest request = funders(id, seenVersion);
        long before = request.version();
        request.requireUndecided();
        request.refuse(reasons, decider(request), LocalDate.now(clock));
        return decided(saved(request, "funding.request-refuse", before), profileOf(request), List.of(request.reasons()), null);
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDING_FILER)
    public FundingRequest withdraw(FundingRequestId id, Long seenVersion) {
        FundingRequest request = get(id);
        Versions.check("funding request " + id, request.version(), seenVersion);
        long before = request.version();
        request.withdraw(LocalDate.now(clock));
        FundingRequest saved = saved(request, "funding.request-withdraw", before);
        outbox.publish(FundingEvents.TOPIC, FundingRequestWithdrawnV1.TYPE, id.toString(), saved.funderTenantId(),
                new FundingRequestWithdrawnV1(id.value(), saved.contractId(), saved.decidedOn(), saved.portalReference(),
                        saved.sequence()));
        return saved;
    }

    /** The next number of the request's visible changes (conventions and payments count), for out-of-order receivers. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long nextSequence(FundingRequestId id) {
        FundingRequest request = get(id);
        long next = request.nextSequence();
        requests.saveAndFlush(request);
        return next;
    }

    /** Row-level security shows the funder's and the owner's requests; a confined coordinator, their contracts' only. */
    @Transactional(readOnly = true)
    public FundingRequest get(FundingRequestId id) {
        return requests.findById(id.value())
                .filter(r -> !CoordinatedContracts.confined() || contracts.reachable(r.contractId()).isPresent())
                .orElseThrow(() -> new NotFoundException("funding request", id));
    }

    /** A request the current tenant funds, by the reference its submission portal gave it. */
    @Transactional(readOnly = true)
    public Optional<FundingRequest> byPortalReference(String portalReference) {
        return requests.findByFunderTenantIdAndPortalReference(TenantContext.require(), portalReference);
    }

    /** The current tenant's requests: those it funds and those on its contracts, narrowed by the filter. */
    @Transactional(readOnly = true)
    public Page<FundingRequest> list(RequestFilter filter, String sort, int page, int size) {
        String tenant = TenantContext.require();
        if (CoordinatedContracts.confined()) {
            return search.page("r.owner_tenant_id = ? and r.contract_id = any (cast(? as uuid[]))",
                    List.of(tenant, coordinated().stream().map(UUID::toString).toArray(String[]::new)), filter, sort, page, size);
        }
        return search.page("(r.tenant_id = ? or r.owner_tenant_id = ?)", List.of(tenant, tenant), filter, sort, page, size);
    }

    /** Requests waiting for the current tenant (as funder) to instruct or decide them. */
    @Transactional(readOnly = true)
    public Page<FundingRequest> waiting(Pageable pageable) {
        List<RequestStatus> open = List.of(RequestStatus.SUBMITTED, RequestStatus.UNDER_INSTRUCTION);
        if (CoordinatedContracts.confined()) {
            return requests.findByFunderTenantIdAndContractIdInAndStatusIn(TenantContext.require(), coordinated(), open,
                    pageable);
        }
        return requests.findByFunderTenantIdAndStatusIn(TenantContext.require(), open, pageable);
    }

    @Transactional(readOnly = true)
    public List<FundingRequest> ofContract(UUID contractId) {
        contracts.require(contractId);
        return requests.findByContractIdOrderByCreatedAt(contractId);
    }

    /** @param paper the convention's paper of a grant, null for a refusal */
    private FundingRequest decided(FundingRequest request, ContractProfile contract, List<String> reasons, ConventionPaper paper) {
        outbox.publish(FundingEvents.TOPIC, FundingRequestDecidedV1.TYPE, request.id().toString(), request.funderTenantId(),
                new FundingRequestDecidedV1(request.id().value(), request.contractId(), contract.title(), request.status().name(),
                        request.granted(), YearAmounts.total(request.granted()),
                        request.reasons() == null ? reasons.stream().filter(r -> r != null).toList() : List.of(request.reasons()),
                        request.decidedOn(), request.portalReference(), request.sequence(), paper));
        return request;
    }

    /** The funder's staff act on its requests; the contract's owner sees them but may not instruct or decide. */
    private FundingRequest funders(FundingRequestId id, Long seenVersion) {
        FundingRequest request = get(id);
        if (!request.funderTenantId().equals(TenantContext.require())) {
            throw new AccessDeniedException("only the funder instructs and decides its requests");
        }
        Versions.check("funding request " + id, request.version(), seenVersion);
        return request;
    }

    /** The current actor, who may decide unless they filed or instructed the request (four eyes, unless relaxed). */
    private Person decider(FundingRequest request) {
        Person decider = Person.of(CurrentActor.get());
        FourEyes.checkDecision(funderRules.fourEyes(), decider, request.filer(), request.instructor());
        return decider;
    }

    private FundingRequest saved(FundingRequest request, String action, long before) {
        FundingRequest saved = requests.saveAndFlush(request);
        audit.record(action, "funding-request", saved.id().toString(), before, saved.version());
        return saved;
    }

    private List<UUID> coordinated() {
        return contracts.coordinatedBy(CurrentActor.get());
    }

    private ContractProfile profileOf(FundingRequest request) {
        return contracts.find(request.contractId()).orElseThrow(() -> new NotFoundException("contract", request.contractId()));
    }

    /** Years inside the contract's dates once signed; before that, not in the past. */
    private static void checkYears(ContractProfile contract, SortedMap<Integer, BigDecimal> requested, LocalDate today) {
        if (requested.isEmpty()) {
            throw new RuleViolationException("amounts-given", "a request asks an amount for at least one year");
        }
        List<Violation> violations = new ArrayList<>();
        for (int year : requested.keySet()) {
            if (contract.startDate() != null && contract.endDate() != null) {
                if (year < contract.startDate().getYear() || year > contract.endDate().getYear()) {
                    violations.add(Violation.of("years-within-contract", year + " is outside the contract ("
                            + contract.startDate() + " to " + contract.endDate() + ")", String.valueOf(year),
                            contract.startDate(), contract.endDate()));
                }
            } else if (year < today.getYear()) {
                violations.add(Violation.variant("years-within-contract", "unsigned-past-year",
                        year + " is past and the contract is not signed yet", String.valueOf(year)));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static void requireEligible(Evaluation evaluation) {
        List<Violation> failed = evaluation.outcomes().stream().filter(RuleOutcome::blocks)
                .map(o -> violation(evaluation.scheme(), o)).toList();
        if (!failed.isEmpty()) {
            throw new RuleViolationException(failed);
        }
    }

    /** Names the scheme and the version that judged, so that a refusal is read against the right terms. */
    private static Violation violation(SchemeVersion scheme, RuleOutcome outcome) {
        // The tenant's rule explains itself in both languages (data, not bundles).
        String ref = scheme.tenantId() + "/" + scheme.schemeCode();
        return Violation.explained(outcome.code(), "scheme " + ref + " version " + scheme.version() + ": " + outcome.explanationEn(),
                "dispositif " + ref + " version " + scheme.version() + " : " + outcome.explanationFr());
    }

    private static SortedMap<Integer, BigDecimal> ownShareOf(FundingCase fundingCase) {
        return new TreeMap<>(fundingCase.ownShare());
    }
}
