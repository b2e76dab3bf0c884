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
import fr.cls.funding.scheme.PublishedVersion;
import fr.cls.funding.scheme.SchemeVersion;
import fr.cls.funding.scheme.Schemes;
import fr.cls.platform.security.Roles;

/**
 * "What would this contract get?": every scheme in effect on a date (today unless asked) of every funder taking part
 * in the contract (its owner and its parties), evaluated rule by rule on the amounts given under the version in force
 * that day; a scheme closed by then is listed as closed, its rules not run. Nothing is recorded.
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

    /** One scheme's answer on a date; {@code closedFrom} set when the scheme was closed then (its rules not run). */
    public record Answer(Evaluation evaluation, LocalDate asOf, LocalDate closedFrom) {
    }

    /** @param asOf the day the request would be filed: it picks each scheme's version; null: today */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_FUNDING_FILER)
    public List<Answer> simulate(UUID contractId, Map<Integer, BigDecimal> requested, Map<Integer, BigDecimal> ownShare,
            LocalDate asOf) {
        ContractProfile contract = contracts.require(contractId);
        LocalDate on = asOf == null ? LocalDate.now(clock) : asOf;
        return schemes.allInEffect(on).stream().filter(p -> contract.involves(p.version().tenantId()))
                .map(p -> answer(contract, p, requested, ownShare, on)).toList();
    }

    private Answer answer(ContractProfile contract, PublishedVersion published, Map<Integer, BigDecimal> requested,
            Map<Integer, BigDecimal> ownShare, LocalDate on) {
        if (published.closedOn(on)) {
            return new Answer(published.closedEvaluation(on), on, published.schemeClosedFrom());
        }
        SchemeVersion s = published.version();
        return new Answer(s.evaluate(cases.of(contract, s.tenantId(), s.schemeCode(), null, requested, ownShare, on)), on, null);
    }
}
