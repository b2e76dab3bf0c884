package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class YearlyInstalmentsTest {

    static final Set<Integer> NONE = Set.of();

    @Test
    void aYearsPaymentWaitsForThePreviousYearsAnnualReportWhenTheFunderRequiresIt() {
        YearlyInstalments bretagne = new YearlyInstalments(true);

        assertThat(bretagne.releasable(2027, NONE, NONE)).isFalse();
        assertThat(bretagne.releasable(2027, Set.of(2026), NONE)).isTrue();
        assertThat(bretagne.releasable(2026, 2026, NONE, NONE)).as("the first year has no report before it").isTrue();
        assertThat(bretagne.releasable(2028, 2026, Set.of(2026), NONE)).isFalse();
    }

    @Test
    void withoutTheConditionEveryYearIsPaid() {
        assertThat(new YearlyInstalments(false).releasable(2027, NONE, NONE)).isTrue();
        assertThat(new YearlyInstalments(false, false).releasable(2027, NONE, NONE)).isTrue();
    }

    @Test
    void whenTheCopilMustAdoptTheReportASubmittedReportIsNotEnough() {
        YearlyInstalments adoption = new YearlyInstalments(true, true);

        assertThat(adoption.releasable(2027, Set.of(2026), NONE)).as("submitted, not adopted").isFalse();
        assertThat(adoption.releasable(2027, Set.of(2026), Set.of(2025))).as("an older year adopted").isFalse();
        assertThat(adoption.releasable(2027, Set.of(2026), Set.of(2026))).as("submitted and adopted").isTrue();
        assertThat(adoption.releasable(2026, 2026, NONE, NONE)).as("the first year has no report before it").isTrue();
        assertThat(adoption.releasable(2028, 2026, Set.of(2026, 2027), Set.of(2026))).isFalse();
    }

    @Test
    void theAdoptionAloneMayBeTheCondition() {
        YearlyInstalments adoptionOnly = new YearlyInstalments(false, true);

        assertThat(adoptionOnly.releasable(2027, Set.of(2026), NONE)).isFalse();
        assertThat(adoptionOnly.releasable(2027, NONE, Set.of(2026))).isTrue();
    }

    @Test
    void withoutTheAdoptionOptionAReceivedReportStillReleasesAsBefore() {
        YearlyInstalments bretagne = new YearlyInstalments(true, false);

        assertThat(bretagne.releasable(2027, Set.of(2026), NONE)).isTrue();
        assertThat(bretagne.releasable(2027, NONE, Set.of(2026))).as("adopted but not received").isFalse();
    }

    @Test
    void paymentTermsAreNotCheckedWhenTheRequestIsMade() {
        assertThat(new YearlyInstalments(true).evaluate(aCase().build()).passed()).isTrue();
        assertThat(new YearlyInstalments(true, true).evaluate(aCase().build()).passed()).isTrue();
    }

    @Test
    void theExplanationSaysTheCopilMustAdoptTheReport() {
        RuleOutcome both = new YearlyInstalments(true, true).evaluate(aCase().build());
        assertThat(both.explanationFr()).contains("reçu et adopté par le COPIL");
        assertThat(both.explanationEn()).contains("received and adopted by the COPIL");
        RuleOutcome adoptionOnly = new YearlyInstalments(false, true).evaluate(aCase().build());
        assertThat(adoptionOnly.explanationFr()).contains("adoption par le COPIL");
        assertThat(adoptionOnly.explanationEn()).contains("COPIL has adopted");
        assertThat(new YearlyInstalments(true).evaluate(aCase().build()).explanationEn()).doesNotContain("COPIL");
    }

    @Test
    void aVersionStoredBeforeTheAdoptionOptionExistedReadsAsNotRequiringIt() {
        List<SchemeRule> stored = SchemeJson.readRules("[{\"type\": \"yearly-instalments\", \"previousAnnualReportRequired\": true}]");
        assertThat(stored).containsExactly(new YearlyInstalments(true, false));

        List<SchemeRule> published = SchemeJson.readRules("""
                [{"type": "yearly-instalments", "previousAnnualReportRequired": true, "previousAnnualReportAdoptionRequired": true}]""");
        assertThat(published).containsExactly(new YearlyInstalments(true, true));
        assertThat(SchemeJson.readRules(SchemeJson.writeRules(published))).isEqualTo(published);
        assertThat(SchemeJson.writeRules(published)).contains("\"previousAnnualReportAdoptionRequired\":true");
    }
}
