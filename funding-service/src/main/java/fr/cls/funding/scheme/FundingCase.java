package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

import fr.cls.platform.domain.Money;

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
 * @param committed               euros by year this funder already granted or has under instruction for the same
 *                                contract and scheme in other requests: caps hold across requests, not per request
 * @param communes                the communes the territory covers (empty when the contract's profile predates
 *                                them: rules then fall back on {@code departementCodes})
 * @param fundedOverlaps          the other contracts this funder funds on some of those communes, naming them
 * @param alignedActions          per funder plan ("funder/code"), the contract's live action sheets aligned with it
 */
public record FundingCase(String contractKind, String contractStatus, BeneficiaryKind beneficiaryKind, long population,
        Set<String> departementCodes, LocalDate contractStart, LocalDate contractEnd,
        SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> ownShare,
        Set<String> fundedKindsOnTerritory, LocalDate conventionStart, LocalDate conventionEnd, LocalDate evaluationDate,
        SortedMap<Integer, BigDecimal> committed, List<CaseCommune> communes, List<FundedOverlap> fundedOverlaps,
        SortedMap<String, Integer> alignedActions) {

    /** Without what the action sheets are aligned with (none known). */
    public FundingCase(String contractKind, String contractStatus, BeneficiaryKind beneficiaryKind, long population,
            Set<String> departementCodes, LocalDate contractStart, LocalDate contractEnd,
            SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> ownShare,
            Set<String> fundedKindsOnTerritory, LocalDate conventionStart, LocalDate conventionEnd, LocalDate evaluationDate,
            SortedMap<Integer, BigDecimal> committed, List<CaseCommune> communes, List<FundedOverlap> fundedOverlaps) {
        this(contractKind, contractStatus, beneficiaryKind, population, departementCodes, contractStart, contractEnd, requested,
                ownShare, fundedKindsOnTerritory, conventionStart, conventionEnd, evaluationDate, committed, communes,
                fundedOverlaps, null);
    }

    /** Without the territory's communes (a profile from before they were published). */
    public FundingCase(String contractKind, String contractStatus, BeneficiaryKind beneficiaryKind, long population,
            Set<String> departementCodes, LocalDate contractStart, LocalDate contractEnd,
            SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> ownShare,
            Set<String> fundedKindsOnTerritory, LocalDate conventionStart, LocalDate conventionEnd, LocalDate evaluationDate,
            SortedMap<Integer, BigDecimal> committed) {
        this(contractKind, contractStatus, beneficiaryKind, population, departementCodes, contractStart, contractEnd, requested,
                ownShare, fundedKindsOnTerritory, conventionStart, conventionEnd, evaluationDate, committed, null, null);
    }

    /** A first request: nothing committed elsewhere. */
    public FundingCase(String contractKind, String contractStatus, BeneficiaryKind beneficiaryKind, long population,
            Set<String> departementCodes, LocalDate contractStart, LocalDate contractEnd,
            SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> ownShare,
            Set<String> fundedKindsOnTerritory, LocalDate conventionStart, LocalDate conventionEnd, LocalDate evaluationDate) {
        this(contractKind, contractStatus, beneficiaryKind, population, departementCodes, contractStart, contractEnd, requested,
                ownShare, fundedKindsOnTerritory, conventionStart, conventionEnd, evaluationDate, null);
    }

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
        requested = Money.byYear("amountsByYear", requested);
        ownShare = Money.byYear("ownShareByYear", ownShare);
        committed = committed == null ? Collections.emptySortedMap() : Money.byYear("committedByYear", committed);
        alignedActions = alignedActions == null ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(alignedActions));
        fundedKindsOnTerritory = fundedKindsOnTerritory == null || fundedKindsOnTerritory.isEmpty() ? Set.of()
                : ContractVocabulary.kinds("fundedKindsOnTerritory", fundedKindsOnTerritory);
        communes = communes == null ? List.of() : List.copyOf(communes);
        fundedOverlaps = fundedOverlaps == null ? List.of() : List.copyOf(fundedOverlaps);
    }

    /** The funded contracts of this kind sharing communes with the territory. */
    List<FundedOverlap> fundedOverlaps(String kind) {
        return fundedOverlaps.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    /** The contract's live action sheets aligned with a funder plan ("funder/code"). */
    public int alignedActions(String plan) {
        return alignedActions.getOrDefault(plan, 0);
    }

    /** The same case, knowing what the contract's action sheets are aligned with. */
    public FundingCase withAlignedActions(SortedMap<String, Integer> aligned) {
        return new FundingCase(contractKind, contractStatus, beneficiaryKind, population, departementCodes, contractStart,
                contractEnd, requested, ownShare, fundedKindsOnTerritory, conventionStart, conventionEnd, evaluationDate,
                committed, communes, fundedOverlaps, aligned);
    }

    /** Euros the collectivité brings in the year; nothing written means nothing brought. */
    public BigDecimal ownShare(int year) {
        return ownShare.getOrDefault(year, BigDecimal.ZERO.setScale(2));
    }

    public BigDecimal requestedTotal() {
        return requested.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Euros of the year already committed by this funder in other requests. */
    public BigDecimal committed(int year) {
        return committed.getOrDefault(year, BigDecimal.ZERO.setScale(2));
    }

    public BigDecimal committedTotal() {
        return committed.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What a cap of the year leaves for this request once the funder's other requests are counted. */
    BigDecimal leftInYear(int year, BigDecimal cap) {
        return cap.subtract(committed(year)).max(BigDecimal.ZERO.setScale(2));
    }

    /** What the funder would pay in the year if this request were granted as asked. */
    BigDecimal cumulative(int year) {
        return requested.getOrDefault(year, BigDecimal.ZERO.setScale(2)).add(committed(year));
    }

    /** Years with a positive amount asked: a year asked at zero funds nothing and counts for no rule. */
    public List<Integer> fundedYears() {
        return requested.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey).toList();
    }

    /** Years with a positive amount asked here or committed in the funder's other requests. */
    List<Integer> fundedYearsTogether() {
        TreeSet<Integer> years = new TreeSet<>(fundedYears());
        committed.forEach((year, amount) -> {
            if (amount.signum() > 0) {
                years.add(year);
            }
        });
        return List.copyOf(years);
    }

    /** Years whose requested amount is above the amount the function gives for that year (this request alone). */
    List<Integer> yearsAbove(IntFunction<BigDecimal> limit) {
        return requested.entrySet().stream().filter(e -> e.getValue().compareTo(limit.apply(e.getKey())) > 0)
                .map(Map.Entry::getKey).toList();
    }

    /** Years whose amount, with what the funder's other requests hold, is above the cap the function gives. */
    List<Integer> yearsAboveTogether(IntFunction<BigDecimal> cap) {
        return requested.keySet().stream().filter(year -> cumulative(year).compareTo(cap.apply(year)) > 0).toList();
    }

    /** "12 000 € demandés", or "4 000 € demandés + 8 000 € déjà engagés" when other requests hold some of the year. */
    String askedFr(int year) {
        String asked = Formats.eurosFr(requested.getOrDefault(year, BigDecimal.ZERO.setScale(2))) + " demandés";
        return committed(year).signum() > 0 ? asked + " + " + Formats.eurosFr(committed(year)) + " déjà engagés" : asked;
    }

    String askedEn(int year) {
        String asked = Formats.eurosEn(requested.getOrDefault(year, BigDecimal.ZERO.setScale(2))) + " requested";
        return committed(year).signum() > 0 ? asked + " + " + Formats.eurosEn(committed(year)) + " already committed" : asked;
    }

    private static void inOrder(String what, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(what + " ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
