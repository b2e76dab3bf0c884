package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The seeded schemes' rules at their exact edge, and one inhabitant or one cent beyond (issue 13, point 11): the
 * edge is accepted, the step over it refused by that rule alone.
 */
class SeededRuleEdgesTest {

    static final SchemeVersion BRETAGNE = Seeds.scheme("ars-bretagne", "ingenierie-territoriale");
    static final SchemeVersion MAYENNE = Seeds.scheme("cd-53", "animateurs-sante");
    static final SchemeVersion ARA = Seeds.scheme("ars-ara", "cls");

    @Test
    void bretagneAccepts50000InhabitantsAndRefuses49999OnTheMinimumPopulationOnly() {
        assertThat(BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.GROUP_OF_EPCI, 50_000, "35")
                .year(2026, "25000", "1").build()).failedCodes()).isEmpty();
        assertThat(BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.GROUP_OF_EPCI, 49_999, "35")
                .year(2026, "25000", "1").build()).failedCodes()).containsExactly(MinimumPopulation.CODE);
    }

    @Test
    void bretagneGrants25000PerFteToTheCentAndRefusesOneCentMore() {
        assertThat(BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 149_999, "35")
                .year(2026, "25000.00", "1").build()).failedCodes()).as("1 FTE, at the cap").isEmpty();
        assertThat(BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 149_999, "35")
                .year(2026, "25000.01", "1").build()).failedCodes()).as("1 FTE, a cent over").containsExactly(CapPerFte.CODE);
        assertThat(BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 150_000, "35")
                .year(2026, "50000.00", "1").build()).failedCodes()).as("2 FTE from 150,000, at the cap").isEmpty();
        assertThat(BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 150_000, "35")
                .year(2026, "50000.01", "1").build()).failedCodes()).as("2 FTE, a cent over").containsExactly(CapPerFte.CODE);
    }

    @Test
    void mayenneAccepts10000AYearAndRefuses10000Point01OnTheYearlyCapOnly() {
        assertThat(MAYENNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 28_000, "53").year(2026, "10000.00", "0")
                .build()).failedCodes()).isEmpty();
        assertThat(MAYENNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 28_000, "53").year(2026, "10000.01", "0")
                .build()).failedCodes()).containsExactly(CapPerYear.CODE);
    }

    private static CaseBuilder anAraCls() {
        return aCase().beneficiary(BeneficiaryKind.EPCI, 80_000, "38").convention(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
    }

    @Test
    void araAcceptsTheArsPayingAsMuchAsTheCollectiviteAndRefusesOneCentMoreOnParityOnly() {
        assertThat(ARA.evaluate(anAraCls().year(2026, "30000.00", "30000.00").build()).failedCodes()).isEmpty();
        assertThat(ARA.evaluate(anAraCls().year(2026, "30000.01", "30000.00").build()).failedCodes())
                .containsExactly(Parity.CODE);
    }
}
