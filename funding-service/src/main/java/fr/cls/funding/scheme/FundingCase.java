package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * A funding request as the rules see it: the contract, its beneficiary and territory, the amounts asked of the
 * funder and brought by the collectivité year by year, what the territory already gets, and the convention.
 *
 * @param contractStatus          a contract-service status name (e.g. ELABORATION, IN_FORCE)
 * @param departementCodes        the départements of the territory's communes (e.g. 53 and 72 for CC du Pays Sabolien)
 * @param contractStart           null while the contract is not signed
 * @param requested               euros asked of the funder, by year
 * @param ownShare                euros the collectivité brings itself, by year
 * @param fundedKindsOnTerritory  contract kinds already funded on the same territory (e.g. CLSM)
 * @param conventionStart         null when there is no convention between the funder and the collectivité
 * @param conventionEnd           null when the convention has no end
 * @param evaluationDate          the decision date the rules are checked on
 */
public record FundingCase(String contractKind, String contractStatus, BeneficiaryKind beneficiaryKind, long population,
        Set<String> departementCodes, LocalDate contractStart, LocalDate contractEnd,
        SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> ownShare,
        Set<String> fundedKindsOnTerritory, LocalDate conventionStart, LocalDate conventionEnd, LocalDate evaluationDate) {

    public FundingCase {
        ContractVocabulary.kind("contractKind", contractKind);
        ContractVocabulary.status("contractStatus", contractStatus);
        if (beneficiaryKind == null) {
            throw new IllegalArgumentException("beneficiaryKind must be given");
        }
        if (population < 0) {
            throw new IllegalArgumentException("population cannot be negative (" + population + ")");
        }
        if (evaluationDate == null) {
            throw new IllegalArgumentException("evaluationDate must be given");
        }
        inOrder("contract", contractStart, contractEnd);
        inOrder("convention", conventionStart, conventionEnd);
        if (conventionStart == null && conventionEnd != null) {
            throw new IllegalArgumentException("a convention end (" + conventionEnd + ") needs a convention start");
        }
        departementCodes = departementCodes == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(departementCodes));
        requested = Money.byYear("requested amount", requested);
        ownShare = Money.byYear("collectivité's own amount", ownShare);
        fundedKindsOnTerritory = fundedKindsOnTerritory == null || fundedKindsOnTerritory.isEmpty() ? Set.of()
                : ContractVocabulary.kinds("fundedKindsOnTerritory", fundedKindsOnTerritory);
    }

    /** Euros the collectivité brings in the year; nothing written means nothing brought. */
    public BigDecimal ownShare(int year) {
        return ownShare.getOrDefault(year, BigDecimal.ZERO.setScale(2));
    }

    public BigDecimal requestedTotal() {
        return requested.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Years with a positive amount asked: a year asked at zero funds nothing and counts for no rule. */
    public List<Integer> fundedYears() {
        return requested.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey).toList();
    }

    /** Years whose requested amount is above the cap the function gives for that year. */
    List<Integer> yearsAbove(IntFunction<BigDecimal> cap) {
        return requested.entrySet().stream().filter(e -> e.getValue().compareTo(cap.apply(e.getKey())) > 0)
                .map(Map.Entry::getKey).toList();
    }

    private static void inOrder(String what, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(what + " ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
