package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static fr.cls.funding.scheme.Seeds.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AraClsSchemeTest {

    static final SchemeVersion ARA = Seeds.scheme("ars-ara", "cls");
    static final LocalDate CONVENTION_START = LocalDate.of(2025, 1, 1);
    static final LocalDate CONVENTION_END = LocalDate.of(2029, 12, 31);

    static CaseBuilder aClsWithItsConvention() {
        return aCase().beneficiary(BeneficiaryKind.EPCI, 80_000, "38").convention(CONVENTION_START, CONVENTION_END);
    }

    @Test
    void aClsFundedAtParityWithAConventionInForceIsEligible() {
        assertThat(ARA.evaluate(aClsWithItsConvention().year(2026, "30000", "30000").build()).eligible()).isTrue();
    }

    @Test
    void theArsPayingFortyThousandForThirtyThousandFromTheCollectiviteBreaksParity() {
        Evaluation evaluation = ARA.evaluate(aClsWithItsConvention().year(2026, "40000", "30000").build());

        assertThat(evaluation.failedCodes()).containsExactly("parity");
        assertThat(evaluation.maximumFor(2026)).contains(new BigDecimal("30000.00"));
        assertThat(plain(evaluation.outcome("parity").orElseThrow().explanationFr()))
                .isEqualTo("Parité non respectée en 2026 : 40 000,00 € demandés pour 30 000,00 € apportés par la collectivité");
    }

    @Test
    void aClsOnATerritoryWithAFundedClsmIsRefusedAndViceVersa() {
        Evaluation cls = ARA.evaluate(aClsWithItsConvention().alreadyFunded("CLSM").year(2026, "10000", "10000").build());
        Evaluation clsm = ARA.evaluate(aClsWithItsConvention().kind("CLSM").alreadyFunded("CLS").year(2026, "10000", "10000").build());

        assertThat(cls.failedCodes()).containsExactly("no-cls-and-clsm-on-same-territory");
        assertThat(cls.outcome("no-cls-and-clsm-on-same-territory").orElseThrow().explanationEn())
                .isEqualTo("No double CLS/CLSM funding: the territory already has a funded CLSM");
        assertThat(clsm.failedCodes()).containsExactly("no-cls-and-clsm-on-same-territory");
    }

    @Test
    void theRefusalNamesTheFundedContractAndTenOfTheCommunesItSharesCountingTheRest() {
        CaseCommune[] shared = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new CaseCommune("03" + (300 + i), "Commune " + i, "03")).toArray(CaseCommune[]::new);

        Evaluation cls = ARA.evaluate(aClsWithItsConvention().alreadyFundedOn("CLSM", "CLSM de Vichy", 12, shared)
                .year(2026, "10000", "10000").build());

        RuleOutcome refused = cls.outcome("no-cls-and-clsm-on-same-territory").orElseThrow();
        assertThat(refused.explanationEn()).startsWith("No double CLS/CLSM funding: the territory already has a funded CLSM, "
                + "\"CLSM de Vichy\" on 12 communes: 03300 Commune 0, ").endsWith("03309 Commune 9, and 2 more")
                .doesNotContain("03310");
        assertThat(refused.explanationFr()).contains("« CLSM de Vichy » sur 12 communes : 03300 Commune 0")
                .endsWith(", et 2 autres");
    }

    @Test
    void aConventionExpiredOnTheDecisionDateIsRefused() {
        Evaluation evaluation = ARA.evaluate(aClsWithItsConvention().convention(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))
                .year(2026, "10000", "10000").build());

        assertThat(evaluation.failedCodes()).containsExactly("valid-convention");
        RuleOutcome convention = evaluation.outcome("valid-convention").orElseThrow();
        assertThat(convention.explanationFr()).isEqualTo("La convention a expiré le 31 décembre 2025, avant la date de décision (15 mars 2026)");
        assertThat(convention.explanationEn()).isEqualTo("The convention expired on 31 December 2025, before the decision date (15 March 2026)");
    }

    @Test
    void noConventionOrOneNotYetInForceIsRefusedAndItsLastDayStillCounts() {
        ValidConventionRequired rule = new ValidConventionRequired();

        assertThat(rule.evaluate(aCase().build()).passed()).isFalse();
        assertThat(rule.evaluate(aCase().convention(LocalDate.of(2026, 6, 1), null).build()).explanationFr())
                .isEqualTo("La convention n'entre en vigueur que le 1er juin 2026, après la date de décision (15 mars 2026)");
        assertThat(rule.evaluate(aCase().convention(CONVENTION_START, CaseBuilder.DECISION).build()).passed()).isTrue();
    }

    @Test
    void aProtocoleDAccordIsNotAKindAraFunds() {
        assertThat(ARA.evaluate(aClsWithItsConvention().kind("PROTOCOLE_ACCORD").year(2026, "1000", "1000").build()).failedCodes())
                .containsExactly("contract-kinds");
    }
}
