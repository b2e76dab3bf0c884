package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExplanationsTest {

    /** Every kind of rule, so that each speaks both languages whether it passes or fails. */
    static final List<SchemeRule> ALL_RULES = List.of(new BeneficiaryKinds(Set.of(BeneficiaryKind.EPCI)), new MinimumPopulation(50_000),
            new ContractKinds(Set.of("CLS")), new ContractStatuses(Set.of("IN_FORCE")), new FunderTerritory("53"),
            new CapPerFte(new BigDecimal("25000"), 150_000), new CapPerYear(new BigDecimal("10000")),
            new CapOverPeriod(new BigDecimal("30000")), new MaximumYears(3), new CoFinancingRequired(), new Parity(),
            new NoClsAndClsmOnSameTerritory(), new ValidConventionRequired(), new YearlyInstalments(true, true));

    static final FundingCase PASSING = aCase().status("IN_FORCE").beneficiary(BeneficiaryKind.EPCI, 60_000, "53")
            .convention(LocalDate.of(2025, 1, 1), null).year(2026, "10000", "10000").build();
    static final FundingCase FAILING = aCase().kind("CLSM").alreadyFunded("CLS").beneficiary(BeneficiaryKind.COMMUNE, 1_000, "72")
            .year(2026, "40000", "0").year(2027, "0", "0").year(2030, "1", "0").build();

    @Test
    void everyOutcomeIsExplainedInFrenchAndInEnglish() {
        SchemeVersion everything = new SchemeVersion("test", "everything", "Tout", 1, LocalDate.of(2024, 1, 1), null, ALL_RULES, null);

        for (FundingCase fundingCase : List.of(PASSING, FAILING)) {
            for (RuleOutcome outcome : everything.evaluate(fundingCase).outcomes()) {
                assertThat(outcome.explanationFr()).as(outcome.code()).isNotBlank().isNotEqualTo(outcome.explanationEn());
                assertThat(outcome.explanationEn()).as(outcome.code()).isNotBlank();
            }
        }
        assertThat(everything.evaluate(PASSING).eligible()).isTrue();
        assertThat(everything.evaluate(FAILING).failedCodes()).containsExactlyElementsOf(ALL_RULES.stream().map(SchemeRule::code)
                .filter(code -> !code.equals("yearly-instalments")).toList());
    }

    @Test
    void theSeedSchemesExplainEveryOutcomeInBothLanguages() {
        for (SchemeVersion scheme : SchemeJson.seeds()) {
            for (FundingCase fundingCase : List.of(PASSING, FAILING)) {
                assertThat(scheme.evaluate(fundingCase).outcomes()).hasSameSizeAs(scheme.rules())
                        .allSatisfy(o -> assertThat(List.of(o.explanationFr(), o.explanationEn())).allSatisfy(t -> assertThat(t).isNotBlank()));
            }
        }
    }

    @Test
    void moneyReadsTheFrenchAndTheBritishWay() {
        assertThat(Formats.eurosFr(new BigDecimal("12000"))).isEqualTo("12\u00a0000,00\u00a0€");
        assertThat(Formats.eurosEn(new BigDecimal("12000"))).isEqualTo("€12,000.00");
        assertThat(Formats.eurosFr(new BigDecimal("1234567.5"))).isEqualTo("1\u00a0234\u00a0567,50\u00a0€");
        assertThat(Formats.eurosEn(new BigDecimal("999.99"))).isEqualTo("€999.99");
        assertThat(Formats.eurosEn(new BigDecimal("0"))).isEqualTo("€0.00");
        assertThat(Formats.countEn(154_023)).isEqualTo("154,023");
        assertThat(Formats.dateFr(LocalDate.of(2026, 1, 1))).isEqualTo("1er janvier 2026");
        assertThat(Formats.dateEn(LocalDate.of(2026, 1, 1))).isEqualTo("1 January 2026");
    }
}
