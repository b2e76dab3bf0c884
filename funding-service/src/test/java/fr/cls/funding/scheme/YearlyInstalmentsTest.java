package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class YearlyInstalmentsTest {

    @Test
    void aYearsPaymentWaitsForThePreviousYearsAnnualReportWhenTheFunderRequiresIt() {
        YearlyInstalments bretagne = new YearlyInstalments(true);

        assertThat(bretagne.releasable(2027, Set.of())).isFalse();
        assertThat(bretagne.releasable(2027, Set.of(2026))).isTrue();
        assertThat(bretagne.releasable(2026, 2026, Set.of())).as("the first year has no report before it").isTrue();
        assertThat(bretagne.releasable(2028, 2026, Set.of(2026))).isFalse();
    }

    @Test
    void withoutTheConditionEveryYearIsPaid() {
        assertThat(new YearlyInstalments(false).releasable(2027, Set.of())).isTrue();
    }

    @Test
    void paymentTermsAreNotCheckedWhenTheRequestIsMade() {
        assertThat(new YearlyInstalments(true).evaluate(aCase().build()).passed()).isTrue();
    }
}
