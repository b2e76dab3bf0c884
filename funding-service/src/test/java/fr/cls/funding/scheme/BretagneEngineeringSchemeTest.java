package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static fr.cls.funding.scheme.Seeds.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BretagneEngineeringSchemeTest {

    static final SchemeVersion BRETAGNE = Seeds.scheme("ars-bretagne", "ingenierie-territoriale");

    @Test
    void saintBrieucArmorAgglomerationAbove150000InhabitantsMayGetTwoFteOf25000AYear() {
        Evaluation evaluation = BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 154_023, "22")
                .year(2026, "50000", "20000").year(2027, "50000", "20000").build());

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.outcome(CapPerFte.CODE).orElseThrow().computedCap()).isEqualByComparingTo("50000");
        assertThat(evaluation.maximumFor(2026)).contains(new BigDecimal("50000.00"));
        assertThat(plain(evaluation.outcome(CapPerFte.CODE).orElseThrow().explanationFr()))
                .isEqualTo("2 ETP financés (154 023 habitants, 2 ETP à partir de 150 000) : 50 000,00 € par an au plus");
    }

    @Test
    void aGroupOfEpciOf60000InhabitantsGetsOneFteSoAt25000AndAsking30000FailsTheCapPerFte() {
        Evaluation evaluation = BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.GROUP_OF_EPCI, 60_000, "29")
                .year(2026, "30000", "15000").build());

        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.failedCodes()).containsExactly("cap-per-fte");
        assertThat(evaluation.maximumFor(2026)).contains(new BigDecimal("25000.00"));
        RuleOutcome cap = evaluation.outcome("cap-per-fte").orElseThrow();
        assertThat(plain(cap.explanationFr()))
                .isEqualTo("Plafond par ETP dépassé en 2026 : 30 000,00 € demandés pour 25 000,00 € au plus (1 ETP × 25 000,00 €)");
        assertThat(cap.explanationEn())
                .isEqualTo("Cap per FTE exceeded in 2026: €30,000.00 requested, at most €25,000.00 (1 FTE × €25,000.00)");
    }

    @Test
    void aSingleEpciOf42000InhabitantsIsNotEligible() {
        Evaluation evaluation = BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 42_000, "56")
                .year(2026, "20000", "10000").build());

        assertThat(evaluation.failedCodes()).containsExactly("minimum-population");
        assertThat(evaluation.outcome("minimum-population").orElseThrow().explanationEn())
                .isEqualTo("Population too small: 42,000 inhabitants, at least 50,000 required");
    }

    @Test
    void exactly150000InhabitantsGivesTwoFte() {
        CapPerFte rule = new CapPerFte(new BigDecimal("25000"), 150_000);

        assertThat(rule.fte(149_999)).isEqualTo(1);
        assertThat(rule.fte(150_000)).isEqualTo(2);
        assertThat(BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.GROUP_OF_EPCI, 150_000, "35")
                .year(2026, "50000", "1").build()).eligible()).isTrue();
    }

    @Test
    void theCollectiviteMustCoFinanceEveryRequestedYear() {
        Evaluation evaluation = BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.EPCI, 154_023, "22")
                .year(2026, "25000", "10000").year(2027, "25000", "0").build());

        assertThat(evaluation.failedCodes()).containsExactly("co-financing");
        assertThat(evaluation.outcome("co-financing").orElseThrow().explanationFr()).contains("manquant en 2027");
    }

    @Test
    void aCommuneIsNotACarrierOfABretagneCls() {
        assertThat(BRETAGNE.evaluate(aCase().beneficiary(BeneficiaryKind.COMMUNE, 210_000, "35").year(2026, "10000", "10000")
                .build()).failedCodes()).containsExactly("beneficiary-kinds");
    }
}
