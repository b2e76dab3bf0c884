package fr.cls.funding.request;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.funding.profile.ContractProfile;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.funding.scheme.Evaluation;
import fr.cls.funding.scheme.Schemes;
import fr.cls.platform.web.NotFoundException;

/**
 * "What would this contract get?": every scheme in effect today of every funder taking part in the contract (its
 * owner and its parties), evaluated rule by rule on the amounts given. Nothing is recorded.
 */
@Service
public class Simulations {

    private final ContractProfiles contracts;
    private final Schemes schemes;
    private final FundingCases cases;
    private final Clock clock;

    Simulations(ContractProfiles contracts, Schemes schemes, FundingCases cases, Clock clock) {
        this.contracts = contracts;
        this.schemes = schemes;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(FundingRequests.FILERS)
    public List<Evaluation> simulate(UUID contractId, Map<Integer, BigDecimal> requested, Map<Integer, BigDecimal> ownShare) {
        ContractProfile contract = contracts.reachable(contractId).orElseThrow(() -> new NotFoundException("contract", contractId));
        LocalDate today = LocalDate.now(clock);
        return schemes.allInEffect(today).stream().filter(s -> contract.involves(s.tenantId()))
                .map(s -> s.evaluate(cases.of(contract, s.tenantId(), s.schemeCode(), null, requested, ownShare, today))).toList();
    }
}
