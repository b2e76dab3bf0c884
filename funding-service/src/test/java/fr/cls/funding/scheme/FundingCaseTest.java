package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.cls.platform.domain.InvalidFieldException;

class FundingCaseTest {

    @Test
    void anAmountWithThreeDecimalsIsRefused() {
        assertThatThrownBy(() -> aCase().year(2026, "10000.005", "0").build()).isInstanceOf(InvalidFieldException.class)
                .hasMessage("amountsByYear[2026] has more than two decimals (10000.005)")
                .extracting(e -> ((InvalidFieldException) e).rule()).isEqualTo("money-in-cents");
    }

    @Test
    void aNegativeAmountIsRefusedOnEitherSide() {
        assertThatThrownBy(() -> aCase().year(2026, "-1", "0").build()).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).rule()).isEqualTo("money-not-negative");
        assertThatThrownBy(() -> aCase().year(2026, "1", "-0.01").build()).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("ownShareByYear[2026] cannot be negative")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("ownShareByYear[2026]");
    }

    @Test
    void amountsAreKeptInCentsSoThatTrailingZerosDoNotMatter() {
        FundingCase fundingCase = aCase().year(2026, "10000.000", "5000.5").build();

        assertThat(fundingCase.requested().get(2026)).isEqualTo(new BigDecimal("10000.00"));
        assertThat(fundingCase.ownShare(2026)).isEqualTo(new BigDecimal("5000.50"));
        assertThat(fundingCase.ownShare(2030)).isEqualTo(new BigDecimal("0.00"));
        assertThat(aCase().year(2026, "10000.000", "5000.5").build()).isEqualTo(aCase().year(2026, "10000", "5000.50").build());
    }

    @Test
    void aCaseNeedsKnownContractVocabularyAndDatesInOrder() {
        assertThatThrownBy(() -> aCase().kind("CLSX").build()).hasMessageContaining("contractKind must be one of");
        assertThatThrownBy(() -> aCase().status("SIGNED").build()).hasMessageContaining("contractStatus must be one of");
        assertThatThrownBy(() -> aCase().convention(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)).build())
                .hasMessageContaining("convention ends");
        assertThatThrownBy(() -> aCase().convention(null, LocalDate.of(2025, 1, 1)).build())
                .hasMessageContaining("needs a convention start");
    }

    @Test
    void aSchemeCapMustBeEurosToo() {
        assertThatThrownBy(() -> new CapPerYear(new BigDecimal("-10000"))).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new CapPerFte(new BigDecimal("25000.001"), 150_000)).isInstanceOf(InvalidFieldException.class);
    }
}
