package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** A funding case eligible by default for nothing in particular; each test says what matters to it. */
final class CaseBuilder {

    static final LocalDate DECISION = LocalDate.of(2026, 3, 15);

    private String kind = "CLS";
    private String status = "ELABORATION";
    private BeneficiaryKind beneficiary = BeneficiaryKind.EPCI;
    private long population = 60_000;
    private Set<String> departements = Set.of("22");
    private final SortedMap<Integer, BigDecimal> requested = new TreeMap<>();
    private final SortedMap<Integer, BigDecimal> own = new TreeMap<>();
    private final SortedMap<Integer, BigDecimal> committed = new TreeMap<>();
    private final Set<String> fundedKinds = new HashSet<>();
    private LocalDate conventionStart;
    private LocalDate conventionEnd;
    private LocalDate on = DECISION;
    private final List<CaseCommune> communes = new ArrayList<>();
    private final List<FundedOverlap> overlaps = new ArrayList<>();
    private final SortedMap<String, Integer> aligned = new TreeMap<>();

    static CaseBuilder aCase() {
        return new CaseBuilder();
    }

    CaseBuilder kind(String kind) {
        this.kind = kind;
        return this;
    }

    CaseBuilder status(String status) {
        this.status = status;
        return this;
    }

    CaseBuilder beneficiary(BeneficiaryKind beneficiary, long population, String... departements) {
        this.beneficiary = beneficiary;
        this.population = population;
        this.departements = Set.of(departements);
        return this;
    }

    /** The funder is asked for the amount, the collectivité brings its own share. */
    CaseBuilder year(int year, String requested, String ownShare) {
        this.requested.put(year, new BigDecimal(requested));
        this.own.put(year, new BigDecimal(ownShare));
        return this;
    }

    /** The funder's other requests for the contract already hold this amount of the year. */
    CaseBuilder committed(int year, String amount) {
        committed.put(year, new BigDecimal(amount));
        return this;
    }

    CaseBuilder alreadyFunded(String kind) {
        fundedKinds.add(kind);
        return this;
    }

    /** The communes the territory covers, as contract-service resolved them. */
    CaseBuilder communes(CaseCommune... covered) {
        communes.addAll(List.of(covered));
        departements = communes.stream().map(CaseCommune::departement).collect(java.util.stream.Collectors.toSet());
        return this;
    }

    /** The funder already funds a contract of the kind on some of the territory's communes. */
    CaseBuilder alreadyFundedOn(String kind, String title, int communeCount, CaseCommune... shared) {
        fundedKinds.add(kind);
        overlaps.add(new FundedOverlap(kind, title, communeCount, List.of(shared)));
        return this;
    }

    CaseBuilder convention(LocalDate start, LocalDate end) {
        conventionStart = start;
        conventionEnd = end;
        return this;
    }

    CaseBuilder on(LocalDate date) {
        on = date;
        return this;
    }

    /** Live action sheets of the contract aligned with a funder plan ("funder/code"). */
    CaseBuilder aligned(String plan, int actionSheets) {
        aligned.put(plan, actionSheets);
        return this;
    }

    FundingCase build() {
        return new FundingCase(kind, status, beneficiary, population, departements, null, null, requested, own, fundedKinds,
                conventionStart, conventionEnd, on, committed, communes, overlaps, aligned);
    }
}
