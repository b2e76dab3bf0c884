package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static fr.cls.funding.scheme.Seeds.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class MayenneAnimatorsSchemeTest {

    static final SchemeVersion MAYENNE = Seeds.scheme("cd-53", "animateurs-sante");

    static CaseBuilder anEpciOfMayenne() {
        return aCase().beneficiary(BeneficiaryKind.EPCI, 28_000, "53");
    }

    @Test
    void tenThousandAYearForThreeYearsIsAccepted() {
        Evaluation evaluation = MAYENNE.evaluate(anEpciOfMayenne()
                .year(2026, "10000", "20000").year(2027, "10000", "20000").year(2028, "10000", "20000").build());

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.failedCodes()).isEmpty();
        assertThat(evaluation.maximumByYear()).containsExactlyEntriesOf(new TreeMap<>(Map.of(2026, new BigDecimal("10000.00"),
                2027, new BigDecimal("10000.00"), 2028, new BigDecimal("10000.00"))));
    }

    @Test
    void twelveThousandInOneYearBreaksTheYearlyCapOnly() {
        Evaluation evaluation = MAYENNE.evaluate(anEpciOfMayenne()
                .year(2026, "12000", "20000").year(2027, "9000", "20000").year(2028, "9000", "20000").build());

        assertThat(evaluation.failedCodes()).containsExactly("cap-per-year");
        RuleOutcome cap = evaluation.outcome("cap-per-year").orElseThrow();
        assertThat(plain(cap.explanationFr())).isEqualTo("Plafond annuel dépassé en 2026 : 12 000,00 € demandés pour 10 000,00 € au plus");
        assertThat(cap.explanationEn()).isEqualTo("Yearly cap exceeded in 2026: €12,000.00 requested, at most €10,000.00");
    }

    @Test
    void aFourthYearBreaksTheMaximumYearsAndGetsNothing() {
        Evaluation evaluation = MAYENNE.evaluate(anEpciOfMayenne().year(2026, "7500", "10000").year(2027, "7500", "10000")
                .year(2028, "7500", "10000").year(2029, "7500", "10000").build());

        assertThat(evaluation.failedCodes()).containsExactly("maximum-years");
        assertThat(evaluation.maximumFor(2029)).contains(new BigDecimal("0.00"));
        assertThat(evaluation.outcome("maximum-years").orElseThrow().explanationEn())
                .isEqualTo("Maximum duration exceeded: request over 4 years (2026 to 2029), at most 3");
    }

    @Test
    void thirtyOneThousandInThreeYearsBreaksTheCapOverThePeriodAndThe11000YearTheYearlyCap() {
        Evaluation evaluation = MAYENNE.evaluate(anEpciOfMayenne()
                .year(2026, "10000", "0").year(2027, "10000", "0").year(2028, "11000", "0").build());

        assertThat(evaluation.failedCodes()).containsExactly("cap-per-year", "cap-over-period");
        assertThat(evaluation.maximumFor(2028)).contains(new BigDecimal("10000.00"));
    }

    @Test
    void theCapOverThePeriodAloneRefuses31000AndExplainsIt() {
        FundingCase fundingCase = anEpciOfMayenne().year(2026, "10000", "0").year(2027, "10000", "0").year(2028, "11000", "0").build();

        RuleOutcome outcome = new CapOverPeriod(new BigDecimal("30000")).evaluate(fundingCase);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.computedCap()).isEqualByComparingTo("30000");
        assertThat(plain(outcome.explanationFr())).isEqualTo("Plafond sur la période dépassé : 31 000,00 € demandés au total pour 30 000,00 € au plus");
        assertThat(outcome.explanationEn()).isEqualTo("Cap over the period exceeded: €31,000.00 requested in total, at most €30,000.00");
    }

    @Test
    void theMaximumOfALaterYearIsWhatThePeriodCapLeaves() {
        SchemeVersion periodOnly = new SchemeVersion("cd-53", "test", "Test", 1, CaseBuilder.DECISION, null,
                java.util.List.of(new CapOverPeriod(new BigDecimal("30000"))), null);

        Evaluation evaluation = periodOnly.evaluate(anEpciOfMayenne()
                .year(2026, "18000", "0").year(2027, "8000", "0").year(2028, "9000", "0").build());

        assertThat(evaluation.maximumByYear()).containsExactlyEntriesOf(new TreeMap<>(Map.of(2026, new BigDecimal("30000.00"),
                2027, new BigDecimal("12000.00"), 2028, new BigDecimal("4000.00"))));
    }

    @Test
    void aSecondRequestCountsWhatTheFirstAlreadyHoldsInTheYear() {
        Evaluation evaluation = MAYENNE.evaluate(anEpciOfMayenne().committed(2026, "8000").year(2026, "4000", "20000").build());

        assertThat(evaluation.failedCodes()).containsExactly("cap-per-year");
        assertThat(plain(evaluation.outcome("cap-per-year").orElseThrow().explanationFr()))
                .isEqualTo("Plafond annuel dépassé en 2026 : 4 000,00 € demandés + 8 000,00 € déjà engagés pour 10 000,00 € au plus");
        assertThat(evaluation.maximumFor(2026)).contains(new BigDecimal("2000.00"));
    }

    @Test
    void aFourthYearAskedInASecondRequestBreaksTheMaximumYears() {
        Evaluation evaluation = MAYENNE.evaluate(anEpciOfMayenne()
                .committed(2026, "10000").committed(2027, "10000").committed(2028, "5000").year(2029, "5000", "20000").build());

        assertThat(evaluation.failedCodes()).containsExactly("maximum-years");
        assertThat(evaluation.maximumFor(2029)).contains(new BigDecimal("0.00"));
        assertThat(evaluation.outcome("maximum-years").orElseThrow().explanationEn())
                .isEqualTo("Maximum duration exceeded: requests together over 4 years (2026 to 2029), at most 3");
    }

    @Test
    void theCapOverThePeriodHoldsAcrossRequests() {
        Evaluation evaluation = MAYENNE.evaluate(anEpciOfMayenne()
                .committed(2026, "10000").committed(2027, "10000").year(2028, "10000.01", "20000").build());

        assertThat(evaluation.failedCodes()).containsExactly("cap-per-year", "cap-over-period");
        assertThat(evaluation.outcome("cap-over-period").orElseThrow().explanationEn())
                .isEqualTo("Cap over the period exceeded: €10,000.01 requested + €20,000.00 already committed in total, at most €30,000.00");
        assertThat(evaluation.maximumFor(2028)).contains(new BigDecimal("10000.00"));
    }

    @Test
    void aCommuneIsRefusedAsBeneficiary() {
        Evaluation evaluation = MAYENNE.evaluate(aCase().beneficiary(BeneficiaryKind.COMMUNE, 50_000, "53").year(2026, "10000", "0").build());

        assertThat(evaluation.failedCodes()).containsExactly("beneficiary-kinds");
        assertThat(evaluation.outcome("beneficiary-kinds").orElseThrow().explanationFr())
                .isEqualTo("Bénéficiaire non accepté : commune ; ce dispositif finance : EPCI");
    }

    @Test
    void aTerritoryOutsideMayenneIsRefusedButOneAcrossItsBorderIsAccepted() {
        Evaluation sarthe = MAYENNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 60_000, "72").year(2026, "10000", "0").build());
        Evaluation sabolien = MAYENNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 34_000, "53", "72").year(2026, "10000", "0").build());

        assertThat(sarthe.failedCodes()).containsExactly("funder-territory");
        assertThat(sarthe.outcome("funder-territory").orElseThrow().explanationEn())
                .isEqualTo("The territory has no municipality in département 53 (territory's départements: 72)");
        assertThat(sabolien.eligible()).as("CC du Pays Sabolien spans 53 and 72").isTrue();
    }

    @Test
    void theFunderTerritoryCountsTheCommunesOfTheTerritoryInTheDepartement() {
        CaseCommune sable = new CaseCommune("72264", "Sablé-sur-Sarthe", "72");
        CaseCommune bouessay = new CaseCommune("53037", "Bouessay", "53");
        Evaluation sabolien = MAYENNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 34_000).communes(sable, bouessay)
                .year(2026, "10000", "0").build());
        Evaluation sarthe = MAYENNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 34_000).communes(sable)
                .year(2026, "10000", "0").build());

        assertThat(sabolien.outcome("funder-territory").orElseThrow().passed()).isTrue();
        assertThat(sabolien.outcome("funder-territory").orElseThrow().explanationEn())
                .isEqualTo("Territory in département 53 (1 of its 2 communes)");
        assertThat(sarthe.failedCodes()).containsExactly("funder-territory");
        assertThat(sarthe.outcome("funder-territory").orElseThrow().explanationEn())
                .isEqualTo("The territory has no municipality in département 53 (its commune lies in: 72)");
    }
}
