package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanAlignmentTest {

    static final SchemeVersion MAYENNE = Seeds.scheme("cd-53", "animateurs-sante");
    static final String BIEN_VIEILLIR = "cd-53/bien-vieillir-en-mayenne";
    static final String AMBITION_SANTE = "cd-53/plan-ambition-sante-53";

    static CaseBuilder tenThousandAYear() {
        return aCase().beneficiary(BeneficiaryKind.EPCI, 28_000, "53").year(2026, "10000", "20000");
    }

    @Test
    void mayenneShowsAContractWithoutAlignedActionsAsAPointOfAttentionAndStillAccepts() {
        Evaluation evaluation = MAYENNE.evaluate(tenThousandAYear().aligned("cd-53/another-plan", 2).build());

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.failedCodes()).isEmpty();
        assertThat(evaluation.attentionCodes()).containsExactly(PlanAlignment.CODE);
        RuleOutcome outcome = evaluation.outcome(PlanAlignment.CODE).orElseThrow();
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.attention()).isTrue();
        assertThat(outcome.explanationEn()).isEqualTo("No action sheet of the contract is aligned with the plans "
                + BIEN_VIEILLIR + ", " + AMBITION_SANTE);
    }

    @Test
    void anActionAlignedWithOneOfThePlansMeetsIt() {
        Evaluation evaluation = MAYENNE.evaluate(tenThousandAYear().aligned(AMBITION_SANTE, 2).build());

        assertThat(evaluation.attentionCodes()).isEmpty();
        assertThat(evaluation.outcome(PlanAlignment.CODE).orElseThrow().explanationFr())
                .isEqualTo("Fiches actions alignées sur les plans du financeur : " + AMBITION_SANTE + " (2)");
    }

    @Test
    void aFunderThatRequiresAlignmentRefusesWithoutIt() {
        List<RuleTerm> terms = new ArrayList<>(MAYENNE.terms());
        terms.replaceAll(t -> t.rule().equals(PlanAlignment.CODE)
                ? new RuleTerm(PlanAlignment.CODE, Enforcement.ENFORCED, "Exigé", "Required") : t);
        SchemeVersion required = new SchemeVersion("cd-53", "animateurs-sante", MAYENNE.name(), 2, CaseBuilder.DECISION, null,
                MAYENNE.rules(), MAYENNE.source(), terms);

        Evaluation evaluation = required.evaluate(tenThousandAYear().build());

        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.failedCodes()).containsExactly(PlanAlignment.CODE);
        assertThat(evaluation.attentionCodes()).isEmpty();
    }

    @Test
    void refusesAPlanNotNamedAsFunderSlashCode() {
        assertThatThrownBy(() -> new PlanAlignment(List.of("Plan Ambition Santé 53"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("funder/code");
        assertThatThrownBy(() -> new PlanAlignment(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
