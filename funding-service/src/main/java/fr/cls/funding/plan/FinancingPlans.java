package fr.cls.funding.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.funding.convention.Convention;
import fr.cls.funding.convention.ConventionKind;
import fr.cls.funding.convention.ConventionStatus;
import fr.cls.funding.convention.Conventions;
import fr.cls.funding.convention.Payment;
import fr.cls.funding.convention.PaymentStatus;
import fr.cls.funding.profile.ContractProfile;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.FundingRequests;
import fr.cls.funding.scheme.CoordinatorPostShared;
import fr.cls.funding.scheme.Parity;
import fr.cls.funding.scheme.SchemeRule;
import fr.cls.funding.scheme.Schemes;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.security.Roles;

/**
 * Builds a contract's financing plan for any tenant taking part in it. Row-level security lets a funder read only
 * its own requests, conventions and payments (and the owner all of its contract's); a co-funding party must see
 * the other funders' amounts too. So: the caller's own context must see the contract's profile and name it owner
 * or party (else 404), then the contract's rows are read in a separate read-only transaction under the owner's
 * context, limited to that one contract id. Nothing is written, and the caller's context is restored after.
 */
@Service
public class FinancingPlans {


    private final ContractProfiles contracts;
    private final FundingRequests requests;
    private final Conventions conventions;
    private final Schemes schemes;
    private final TransactionTemplate ownerRead;

    FinancingPlans(ContractProfiles contracts, FundingRequests requests, Conventions conventions, Schemes schemes,
            PlatformTransactionManager transactions) {
        this.contracts = contracts;
        this.requests = requests;
        this.conventions = conventions;
        this.schemes = schemes;
        this.ownerRead = new TransactionTemplate(transactions);
        ownerRead.setReadOnly(true);
        ownerRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Not transactional itself: the owner's read must begin its own transaction, under the owner's context. */
    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_COORDINATOR)
    public FinancingPlan of(UUID contractId, BigDecimal budget) {
        String caller = TenantContext.require();
        ContractProfile contract = contracts.reachable(contractId)
                .filter(c -> c.involves(caller))
                .orElseThrow(() -> new NotFoundException("contract", contractId));
        List<FundingLine> lines = TenantContext.callAs(contract.ownerTenantId(),
                () -> ownerRead.execute(status -> lines(contractId)));
        return PlanAssembly.assemble(contract, lines, budget);
    }

    private List<FundingLine> lines(UUID contractId) {
        Map<UUID, Convention> conventionOfRequest = new HashMap<>();
        Map<UUID, UUID> requestOfConvention = new HashMap<>();
        for (Convention c : conventions.ofContract(contractId)) {
            if (c.kind() == ConventionKind.FINANCIAL && c.requestId() != null) {
                conventionOfRequest.put(c.requestId(), c);
                requestOfConvention.put(c.id(), c.requestId());
            }
        }
        Map<UUID, SortedMap<Integer, BigDecimal>> paid = new HashMap<>();
        for (Payment p : conventions.paymentsOfContract(contractId)) {
            UUID request = requestOfConvention.get(p.conventionId());
            if (request != null && p.status() == PaymentStatus.PAID) {
                paid.computeIfAbsent(request, r -> new TreeMap<>()).merge(p.year(), p.amount(), BigDecimal::add);
            }
        }
        Map<String, List<SchemeRule>> rules = new HashMap<>();
        return requests.ofContract(contractId).stream().map(r -> {
            SortedMap<Integer, BigDecimal> paidOf = paid.getOrDefault(r.id().value(), new TreeMap<>());
            List<SchemeRule> ofScheme = rules.computeIfAbsent(r.funderTenantId() + "/" + r.schemeCode() + "/" + r.schemeVersion(),
                    k -> rulesOf(r));
            return new FundingLine(r.funderTenantId(), r.schemeCode(), ofScheme.stream().anyMatch(Parity.class::isInstance),
                    r.purpose(), r.status(), r.requested(), r.ownShare(), r.granted(),
                    committed(conventionOfRequest.get(r.id().value()), paidOf), paidOf,
                    ofScheme.stream().filter(CoordinatorPostShared.class::isInstance).map(CoordinatorPostShared.class::cast)
                            .mapToInt(CoordinatorPostShared::minimumContributors).max().orElse(0));
        }).toList();
    }

    private List<SchemeRule> rulesOf(FundingRequest request) {
        return schemes.version(request.funderTenantId(), request.schemeCode(), request.schemeVersion()).rules();
    }

    /** A signed convention commits its amounts; a cancelled one only what it paid; a draft nothing yet. */
    private static SortedMap<Integer, BigDecimal> committed(Convention convention, SortedMap<Integer, BigDecimal> paid) {
        if (convention == null || convention.status() == ConventionStatus.DRAFT) {
            return null;
        }
        return convention.status() == ConventionStatus.SIGNED ? convention.amounts() : paid;
    }
}
