package fr.cls.funding.convention;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.funding.events.ConventionAmendedV1;
import fr.cls.funding.events.ConventionCancelledV1;
import fr.cls.funding.events.ConventionSignedV1;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.PaymentPaidV1;
import fr.cls.funding.events.PaymentReleasedV1;
import fr.cls.funding.profile.AnnualReportAdoptions;
import fr.cls.funding.profile.ContractProfile;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.FundingRequestId;
import fr.cls.funding.request.FundingRequests;
import fr.cls.funding.request.RequestStatus;
import fr.cls.funding.request.YearAmounts;
import fr.cls.funding.rules.FourEyes;
import fr.cls.funding.rules.FunderRules;
import fr.cls.funding.rules.Person;
import fr.cls.funding.scheme.Schemes;
import fr.cls.funding.scheme.YearlyInstalments;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.Money;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.events.OutboxEventPublisher;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Roles;

/**
 * The funder's conventions: drafted from a granted request, signed (which plans one payment per year), amended
 * within the grant or cancelled, each change written to the convention's history. Payments are released when the
 * year has come and the scheme's conditions hold (the previous year's annual report received, adopted by the COPIL),
 * then recorded as paid.
 */
@Service
public class Conventions {

    private final ConventionRepository conventions;
    private final PaymentRepository payments;
    private final FundingRequests requests;
    private final ContractProfiles contracts;
    private final AnnualReportAdoptions adoptions;
    private final Schemes schemes;
    private final OutboxEventPublisher outbox;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final FunderRules funderRules;
    private final Clock clock;
    private final ConventionSearch search;

    Conventions(ConventionRepository conventions, PaymentRepository payments, FundingRequests requests,
            ContractProfiles contracts, AnnualReportAdoptions adoptions, Schemes schemes, OutboxEventPublisher outbox,
            AuditTrail audit, JdbcTemplate jdbc, FunderRules funderRules, Clock clock, ConventionSearch search) {
        this.search = search;
        this.funderRules = funderRules;
        this.conventions = conventions;
        this.payments = payments;
        this.requests = requests;
        this.contracts = contracts;
        this.adoptions = adoptions;
        this.schemes = schemes;
        this.outbox = outbox;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Convention draft(FundingRequestId requestId, String beneficiary, LocalDate validFrom, LocalDate validUntil) {
        FundingRequest request = requests.get(requestId);
        requireFunder(request.funderTenantId());
        if (request.status() != RequestStatus.GRANTED) {
            throw new RuleViolationException("request-granted", "a convention follows a granted request; this one is "
                    + request.status().name().toLowerCase(), request.status().name());
        }
        if (conventions.findByRequestId(requestId.value()).isPresent()) {
            throw new RuleViolationException("convention-per-request", "the request already has its convention");
        }
        Convention convention = conventions.saveAndFlush(Convention.financial(request.funderTenantId(), request.ownerTenantId(),
                requestId.value(), request.contractId(), beneficiary, request.granted(), validFrom, validUntil, clock.instant()));
        return changed(convention, "funding.convention-draft", null, "drafted", null);
    }

    /** The funder–collectivité convention a scheme may require (ARS ARA), signed outside the platform. */
    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Convention recordFramework(UUID contractId, String beneficiary, LocalDate validFrom, LocalDate validUntil,
            LocalDate signedOn) {
        ContractProfile contract = contracts.find(contractId).orElseThrow(() -> new NotFoundException("contract", contractId));
        String funder = TenantContext.require();
        if (!contract.involves(funder)) {
            throw new RuleViolationException("funder-takes-part", funder + " does not take part in the contract", funder);
        }
        Convention convention = conventions.saveAndFlush(Convention.framework(funder, contract.ownerTenantId(), contractId,
                beneficiary, validFrom, validUntil, signedOn == null ? LocalDate.now(clock) : signedOn, clock.instant()));
        return changed(convention, "funding.convention-framework", null, "framework recorded", null);
    }

    /** Signature plans the payments and releases at once those whose conditions already hold. */
    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public Convention sign(UUID id, Long seenVersion, LocalDate signedOn) {
        Convention convention = funders(id, seenVersion);
        Person signer = Person.of(CurrentActor.get());
        if (convention.requestId() != null) {
            FourEyes.checkSignature(funderRules.fourEyes(), signer,
                    requests.get(new FundingRequestId(convention.requestId())).decider());
        }
        long before = convention.version();
        convention.sign(signedOn == null ? LocalDate.now(clock) : signedOn, signer);
        convention.amounts().forEach((year, amount) -> payments.save(Payment.planned(convention, year, amount)));
        Convention saved = changed(conventions.saveAndFlush(convention), "funding.convention-sign", before, "signed", null);
        FundingRequest request = requests.get(new FundingRequestId(saved.requestId()));
        outbox.publish(FundingEvents.TOPIC, ConventionSignedV1.TYPE, saved.requestId().toString(), saved.funderTenantId(),
                new ConventionSignedV1(saved.id(), saved.requestId(), saved.contractId(), saved.beneficiary(), saved.amounts(),
                        saved.validFrom(), saved.validUntil(), saved.signedOn(), request.portalReference(),
                        requests.nextSequence(request.id())));
        release(saved, request);
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public Convention amend(UUID id, Long seenVersion, Map<Integer, BigDecimal> amounts, String note) {
        Convention convention = funders(id, seenVersion);
        long before = convention.version();
        if (convention.kind() != ConventionKind.FINANCIAL) {
            throw new RuleViolationException("amend-financial-only", "a framework convention has no amounts to amend");
        }
        FundingRequest request = requests.get(new FundingRequestId(convention.requestId()));
        SortedMap<Integer, BigDecimal> checked = Money.byYear("amountsByYear", amounts);
        convention.amend(checked, request.granted());
        if (convention.status() == ConventionStatus.SIGNED) {
            List<Payment> planned = payments.findByConventionIdOrderByYear(id);
            for (Payment payment : planned) {
                payment.changeAmount(checked.getOrDefault(payment.year(), BigDecimal.ZERO));
            }
            checked.keySet().stream().filter(y -> planned.stream().noneMatch(p -> p.year() == y))
                    .forEach(y -> payments.save(Payment.planned(convention, y, checked.get(y))));
        }
        Convention saved = changed(conventions.saveAndFlush(convention), "funding.convention-amend", before, "amended", note);
        outbox.publish(FundingEvents.TOPIC, ConventionAmendedV1.TYPE, saved.requestId().toString(), saved.funderTenantId(),
                new ConventionAmendedV1(saved.id(), saved.requestId(), saved.contractId(), saved.amounts(), LocalDate.now(clock),
                        note, request.portalReference(), requests.nextSequence(request.id())));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.IS_APPROVER)
    public Convention cancel(UUID id, Long seenVersion, String reason) {
        Convention convention = funders(id, seenVersion);
        long before = convention.version();
        convention.cancel(reason, LocalDate.now(clock));
        payments.findByConventionIdOrderByYear(id).forEach(Payment::cancel);
        Convention saved = changed(conventions.saveAndFlush(convention), "funding.convention-cancel", before, "cancelled", reason);
        // A framework convention (ARA) belongs to no request: nothing keyed by a request to tell.
        if (saved.requestId() != null) {
            FundingRequest request = requests.get(new FundingRequestId(saved.requestId()));
            outbox.publish(FundingEvents.TOPIC, ConventionCancelledV1.TYPE, saved.requestId().toString(), saved.funderTenantId(),
                    new ConventionCancelledV1(saved.id(), saved.requestId(), saved.contractId(), saved.cancelledOn(), reason,
                            request.portalReference(), requests.nextSequence(request.id())));
        }
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Payment markPaid(UUID paymentId, Long seenVersion, LocalDate paidOn) {
        Payment payment = payments.findById(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
        Convention convention = get(payment.conventionId());
        requireFunder(convention.funderTenantId());
        Versions.check("payment " + paymentId, payment.version(), seenVersion);
        long before = payment.version();
        payment.pay(paidOn == null ? LocalDate.now(clock) : paidOn);
        Payment saved = payments.saveAndFlush(payment);
        audit.record("funding.payment-pay", "payment", paymentId.toString(), before, saved.version());
        FundingRequest request = requests.get(new FundingRequestId(convention.requestId()));
        outbox.publish(FundingEvents.TOPIC, PaymentPaidV1.TYPE, convention.requestId().toString(), convention.funderTenantId(),
                new PaymentPaidV1(saved.id(), convention.id(), convention.requestId(), convention.contractId(), saved.year(),
                        saved.amount(), saved.paidOn(), request.portalReference(), requests.nextSequence(request.id())));
        return saved;
    }

    /** For the current tenant's signed conventions: releases the payments whose year has come and whose conditions hold. */
    @Transactional
    public int releaseDue() {
        int released = 0;
        for (Convention convention : conventions.findByFunderTenantIdAndKindAndStatus(TenantContext.require(),
                ConventionKind.FINANCIAL, ConventionStatus.SIGNED)) {
            released += release(convention, requests.get(new FundingRequestId(convention.requestId())));
        }
        return released;
    }

    @Transactional(readOnly = true)
    public Convention get(UUID id) {
        return conventions.findById(id)
                .filter(c -> !CoordinatedContracts.confined() || contracts.reachable(c.contractId()).isPresent())
                .orElseThrow(() -> new NotFoundException("convention", id));
    }

    /** The financial convention of a request the caller sees, if one was drafted. */
    @Transactional(readOnly = true)
    public java.util.Optional<Convention> ofRequest(FundingRequestId requestId) {
        return conventions.findByRequestId(requests.get(requestId).id().value());
    }

    @Transactional(readOnly = true)
    public List<Payment> payments(UUID conventionId) {
        get(conventionId);
        return payments.findByConventionIdOrderByYear(conventionId);
    }

    /** The conventions the current tenant signs as funder or has on its contracts, narrowed by the filter. */
    @Transactional(readOnly = true)
    public Page<Convention> list(ConventionFilter filter, String sort, int page, int size) {
        String tenant = TenantContext.require();
        if (CoordinatedContracts.confined()) {
            return search.page("v.owner_tenant_id = ? and v.contract_id = any (cast(? as uuid[]))", List.of(tenant,
                    contracts.coordinatedBy(CurrentActor.get()).stream().map(UUID::toString).toArray(String[]::new)),
                    filter, sort, page, size);
        }
        return search.page("(v.tenant_id = ? or v.owner_tenant_id = ?)", List.of(tenant, tenant), filter, sort, page, size);
    }

    @Transactional(readOnly = true)
    public List<Convention> ofContract(UUID contractId) {
        contracts.require(contractId);
        return conventions.findByContractIdOrderByCreatedAt(contractId);
    }

    /** Every payment of the contract's conventions that the current tenant may read. */
    @Transactional(readOnly = true)
    public List<Payment> paymentsOfContract(UUID contractId) {
        contracts.require(contractId);
        return payments.findByContractIdOrderByYear(contractId);
    }

    /** Every change of a convention, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID conventionId) {
        get(conventionId);
        return jdbc.query("select change, amounts, status, changed_on, changed_by, note from convention_history"
                + " where convention_id = ? order by id", (rs, i) -> new HistoryEntry(rs.getString(1),
                        new YearAmounts.Json().convertToEntityAttribute(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)), conventionId);
    }

    public record HistoryEntry(String change, SortedMap<Integer, BigDecimal> amounts, String status, LocalDate changedOn,
            String changedBy, String note) {
    }

    private int release(Convention convention, FundingRequest request) {
        LocalDate today = LocalDate.now(clock);
        YearlyInstalments instalments = schemes.version(request.funderTenantId(), request.schemeCode(), request.schemeVersion())
                .rules().stream().filter(YearlyInstalments.class::isInstance).map(YearlyInstalments.class::cast).findFirst()
                .orElse(new YearlyInstalments(false));
        Set<Integer> reports = contracts.annualReportsReceived(convention.contractId());
        Set<Integer> adopted = adoptions.adopted(convention.contractId());
        List<Payment> all = payments.findByConventionIdOrderByYear(convention.id());
        int firstYear = all.stream().mapToInt(Payment::year).min().orElse(today.getYear());
        int released = 0;
        for (Payment payment : all) {
            if (payment.status() == PaymentStatus.PLANNED && payment.year() <= today.getYear()
                    && payment.amount().signum() > 0 && instalments.releasable(payment.year(), firstYear, reports, adopted)) {
                long before = payment.version();
                payment.release(today);
                Payment saved = payments.saveAndFlush(payment);
                audit.record("funding.payment-release", "payment", saved.id().toString(), before, saved.version());
                outbox.publish(FundingEvents.TOPIC, PaymentReleasedV1.TYPE, convention.requestId().toString(),
                        convention.funderTenantId(), new PaymentReleasedV1(saved.id(), convention.id(), convention.requestId(),
                                convention.contractId(), saved.year(), saved.amount(), today, request.portalReference(),
                                requests.nextSequence(request.id())));
                released++;
            }
        }
        return released;
    }

    private Convention funders(UUID id, Long seenVersion) {
        Convention convention = get(id);
        requireFunder(convention.funderTenantId());
        Versions.check("convention " + id, convention.version(), seenVersion);
        return convention;
    }

    private static void requireFunder(String funder) {
        if (!funder.equals(TenantContext.require())) {
            throw new AccessDeniedException("only the funder changes its conventions and payments");
        }
    }

    private Convention changed(Convention convention, String action, Long before, String change, String note) {
        audit.record(action, "convention", convention.id().toString(), before, convention.version());
        jdbc.update("""
                insert into convention_history (convention_id, tenant_id, owner_tenant_id, change, amounts, status, changed_on,
                    changed_by, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", convention.id(), convention.funderTenantId(),
                convention.ownerTenantId(), change, new YearAmounts.Json().convertToDatabaseColumn(convention.amounts()),
                convention.status().name(), Date.valueOf(LocalDate.now(clock)), CurrentActor.get().subject(), note);
        return convention;
    }
}
