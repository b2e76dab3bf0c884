package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OccitanieCoordinationSchemeTest {

    static final SchemeVersion OCCITANIE = Seeds.scheme("ars-occitanie", "coordination-cls");

    @Test
    void theSeedAsksTwoSignatoriesToFundTheCoordinatorPostAndNothingElse() {
        assertThat(OCCITANIE.rules()).containsExactly(new CoordinatorPostShared(2));
        assertThat(OCCITANIE.term(CoordinatorPostShared.CODE).orElseThrow().enforcement()).isEqualTo(Enforcement.ENFORCED);
    }

    @Test
    void acceptsAPostTheCollectiviteCoFundsEveryYear() {
        Evaluation evaluation = OCCITANIE.evaluate(aCase().year(2026, "20000", "15000").year(2027, "20000", "1").build());

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.outcome(CoordinatorPostShared.CODE).orElseThrow().explanationEn())
                .startsWith("The post's financing is shared with the collectivité in every requested year")
                .contains("at least 2 signatories fund the post");
    }

    @Test
    void refusesAYearTheArsWouldFundThePostAlone() {
        Evaluation evaluation = OCCITANIE.evaluate(aCase().year(2026, "20000", "15000").year(2027, "20000", "0").build());

        assertThat(evaluation.failedCodes()).containsExactly(CoordinatorPostShared.CODE);
        RuleOutcome outcome = evaluation.outcome(CoordinatorPostShared.CODE).orElseThrow();
        assertThat(outcome.explanationEn()).startsWith("The post's financing is not shared in 2027: the collectivité, a signatory, brings nothing");
        assertThat(outcome.explanationFr()).startsWith("Financement du poste non partagé en 2027");
    }

    @Test
    void aYearAskedAtZeroNeedsNoShare() {
        assertThat(OCCITANIE.evaluate(aCase().year(2026, "20000", "5000").year(2027, "0", "0").build()).eligible()).isTrue();
    }

    @Test
    void aPostSharedByFewerThanTwoIsNoRule() {
        assertThatThrownBy(() -> new CoordinatorPostShared(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumContributors is 2 or more");
        assertThat(SchemeJson.readRules("[{\"type\": \"coordinator-post-shared\", \"minimumContributors\": 3}]"))
                .containsExactly(new CoordinatorPostShared(3));
    }
}
