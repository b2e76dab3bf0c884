package fr.cls.funding.scheme;

import static fr.cls.funding.scheme.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SchemeVersionTest {

    static SchemeVersion mayenne(int version, LocalDate from, LocalDate to, String capPerYear) {
        return new SchemeVersion("cd-53", "animateurs-sante", "Cofinancement des animateurs territoriaux de santé", version, from, to,
                List.of(new CapPerYear(new BigDecimal(capPerYear))), "test");
    }

    static final SchemeVersion V1 = mayenne(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "10000");
    static final SchemeVersion V2 = mayenne(2, LocalDate.of(2027, 1, 1), null, "12000");

    @Test
    void aVersionAppliesFromItsFirstToItsLastDayInclusive() {
        assertThat(V1.appliesOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(V1.appliesOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(V1.appliesOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(V1.appliesOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(V2.appliesOn(LocalDate.of(2040, 6, 1))).as("open-ended").isTrue();
    }

    @Test
    void theDecisionDatePicksTheVersionInEffect() {
        List<SchemeVersion> versions = List.of(V2, V1);

        assertThat(SchemeCatalogue.versionOn(versions, LocalDate.of(2026, 12, 31))).contains(V1);
        assertThat(SchemeCatalogue.versionOn(versions, LocalDate.of(2027, 1, 1))).contains(V2);
        assertThat(SchemeCatalogue.versionOn(versions, LocalDate.of(2023, 6, 1))).isEmpty();
    }

    @Test
    void aRequestIsJudgedByTheVersionInEffectOnItsDecisionDate() {
        FundingCase in2027 = aCase().beneficiary(BeneficiaryKind.EPCI, 30_000, "53").year(2027, "11000", "0")
                .on(LocalDate.of(2027, 2, 1)).build();

        Evaluation evaluation = RuleEvaluator.evaluate(List.of(V1, V2), in2027).orElseThrow();

        assertThat(evaluation.scheme().version()).isEqualTo(2);
        assertThat(evaluation.eligible()).isTrue();
        assertThatThrownBy(() -> V1.evaluate(in2027)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not apply");
    }

    @Test
    void twoVersionsOfASchemeInEffectOnTheSameDayAreRefused() {
        SchemeVersion overlapping = mayenne(2, LocalDate.of(2026, 12, 31), null, "12000");

        assertThatThrownBy(() -> new SchemeCatalogue(List.of(V1, overlapping))).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new SchemeCatalogue(List.of(V1, mayenne(1, LocalDate.of(2030, 1, 1), null, "1"))))
                .hasMessageContaining("share a number");
    }

    @Test
    void aVersionNeedsItsDatesInOrderANumberFromOneACodeAndDistinctRules() {
        assertThatThrownBy(() -> mayenne(1, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), "1"))
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> mayenne(0, LocalDate.of(2026, 1, 1), null, "1")).hasMessageContaining("version must be 1 or more");
        assertThatThrownBy(() -> new SchemeVersion("cd-53", " ", "x", 1, LocalDate.of(2026, 1, 1), null, List.of(), null))
                .hasMessageContaining("schemeCode");
        assertThatThrownBy(() -> new SchemeVersion("cd-53", "x", "x", 1, LocalDate.of(2026, 1, 1), null,
                List.of(new Parity(), new Parity()), null)).hasMessageContaining("parity twice");
    }

    @Test
    void theCatalogueListsAFundersSchemesInEffect() {
        assertThat(Seeds.CATALOGUE.inEffect("cd-53", CaseBuilder.DECISION)).extracting(SchemeVersion::schemeCode)
                .containsExactly("animateurs-sante");
        assertThat(Seeds.CATALOGUE.inEffect("cd-53", LocalDate.of(2023, 1, 1))).isEmpty();
    }
}
