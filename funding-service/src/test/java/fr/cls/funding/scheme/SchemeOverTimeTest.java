package fr.cls.funding.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cls.platform.domain.RuleViolationException;

/**
 * Which version a date picks, and what a closing changes. Conventions: a version applies from its first to its last
 * day, both included; the filing date picks it; a scheme closed from a day refuses filings on that day and after.
 */
class SchemeOverTimeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static SchemeVersion version(int number, LocalDate from, LocalDate to) {
        return new SchemeVersion("cd-53", "animateurs-sante", "Cofinancement des animateurs territoriaux de santé", number, from,
                to, List.of(new CapPerYear(new BigDecimal(10_000 - number * 1_000))), "test");
    }

    static Scheme scheme(LocalDate closedFrom, SchemeVersion... versions) {
        return new Scheme("cd-53", "animateurs-sante", "Cofinancement", null, closedFrom, 3, List.of(versions));
    }

    static String ruleOf(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException e) {
            return e.violations().get(0).rule();
        }
        throw new AssertionError("no rule refused the call");
    }

    @Test
    void aVersionStartingTodayJudgesTheRequestsFiledToday() {
        Scheme scheme = scheme(null, version(1, LocalDate.of(2024, 1, 1), TODAY.minusDays(1)), version(2, TODAY, null));

        assertThat(scheme.versionForFiling(TODAY).version()).isEqualTo(2);
        assertThat(scheme.versionForFiling(TODAY.minusDays(1)).version()).as("its last day still the first version's").isEqualTo(1);
        assertThat(scheme.versions().get(0).statusOn(TODAY)).isEqualTo(VersionStatus.IN_FORCE);
        assertThat(scheme.versions().get(1).statusOn(TODAY)).isEqualTo(VersionStatus.ENDED);
        assertThat(scheme.upcoming(TODAY)).isEmpty();
    }

    @Test
    void aVersionStartingTomorrowIsUpcomingAndTodaysRequestsKeepThePreviousOne() {
        LocalDate tomorrow = TODAY.plusDays(1);
        Scheme scheme = scheme(null, version(1, LocalDate.of(2024, 1, 1), TODAY), version(2, tomorrow, null));

        assertThat(scheme.versionForFiling(TODAY).version()).isEqualTo(1);
        assertThat(scheme.versionForFiling(tomorrow).version()).isEqualTo(2);
        assertThat(scheme.upcoming(TODAY)).extracting(SchemeVersion::version).containsExactly(2);
        assertThat(scheme.versions().get(0).statusOn(TODAY)).isEqualTo(VersionStatus.UPCOMING);
        assertThat(scheme.versions().get(0).statusOn(tomorrow)).isEqualTo(VersionStatus.IN_FORCE);
    }

    @Test
    void aSchemeWhoseFirstVersionHasNotStartedRefusesFilingAndSaysWhenItStarts() {
        Scheme scheme = scheme(null, version(1, TODAY.plusDays(10), null));

        assertThatThrownBy(() -> scheme.versionForFiling(TODAY)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cd-53/animateurs-sante").hasMessageContaining("version 1 starts on " + TODAY.plusDays(10));
        assertThat(ruleOf(() -> scheme.versionForFiling(TODAY))).isEqualTo("scheme-in-effect");
    }

    @Test
    void theClosingDayItselfIsClosedAndTheDayBeforeIsTheLastDayToFile() {
        LocalDate closing = TODAY.plusDays(5);
        Scheme scheme = scheme(closing, version(1, LocalDate.of(2024, 1, 1), null));

        assertThat(scheme.versionForFiling(closing.minusDays(1)).version()).isEqualTo(1);
        assertThat(scheme.closedOn(closing.minusDays(1))).isFalse();
        assertThat(scheme.closedOn(closing)).isTrue();
        assertThatThrownBy(() -> scheme.versionForFiling(closing)).hasMessageContaining("cd-53/animateurs-sante")
                .hasMessageContaining("closed to new requests from " + closing);
        assertThat(ruleOf(() -> scheme.versionForFiling(closing.plusYears(1)))).isEqualTo("scheme-closed");
    }

    @Test
    void aVersionIsPublishedOnlyWhileTheSchemeIsOpenAndToStartBeforeItsClosingDay() {
        LocalDate closing = TODAY.plusDays(5);
        Scheme closing5 = scheme(closing, version(1, LocalDate.of(2024, 1, 1), null));

        closing5.requirePublishable(closing.minusDays(1), TODAY);
        assertThat(ruleOf(() -> closing5.requirePublishable(closing, TODAY))).isEqualTo("version-before-closing");
        assertThat(ruleOf(() -> scheme(TODAY, version(1, LocalDate.of(2024, 1, 1), null)).requirePublishable(TODAY.plusDays(1),
                TODAY))).isEqualTo("scheme-closed");
    }

    @Test
    void aSchemeClosesFromTodayOrLaterAfterItsPlannedVersionsStartAndOnlyOnce() {
        Scheme open = scheme(null, version(1, LocalDate.of(2024, 1, 1), TODAY.plusDays(9)), version(2, TODAY.plusDays(10), null));

        scheme(null, version(1, LocalDate.of(2024, 1, 1), null)).requireClosable(TODAY, TODAY);
        open.requireClosable(TODAY.plusDays(11), TODAY);
        assertThat(ruleOf(() -> open.requireClosable(TODAY.minusDays(1), TODAY))).isEqualTo("closing-not-in-past");
        assertThat(ruleOf(() -> open.requireClosable(TODAY.plusDays(10), TODAY))).as("version 2 would never apply")
                .isEqualTo("closing-after-planned-versions");
        Scheme closedToday = scheme(TODAY, version(1, LocalDate.of(2024, 1, 1), null));
        assertThat(ruleOf(() -> closedToday.requireClosable(TODAY.plusDays(3), TODAY))).isEqualTo("scheme-closed");
        scheme(TODAY.plusDays(3), version(1, LocalDate.of(2024, 1, 1), null)).requireClosable(TODAY.plusDays(1), TODAY);
    }

    @Test
    void aSimulationOnOrAfterTheClosingDayLeavesTheSchemeOutAndSaysSoNamingTheVersion() {
        LocalDate closing = TODAY.plusDays(5);
        PublishedVersion published = new PublishedVersion(version(2, LocalDate.of(2025, 1, 1), null), closing);

        assertThat(published.closedOn(closing.minusDays(1))).isFalse();
        assertThat(published.closedOn(closing)).isTrue();
        Evaluation closed = published.closedEvaluation(closing);
        assertThat(closed.eligible()).isFalse();
        assertThat(closed.maximumByYear()).isEmpty();
        assertThat(closed.failedCodes()).containsExactly("scheme-closed");
        RuleOutcome line = closed.outcomes().get(0);
        assertThat(line.explanationEn()).contains("cd-53/animateurs-sante (version 2)").contains("11 December 2026");
        assertThat(Seeds.plain(line.explanationFr())).contains("cd-53/animateurs-sante (version 2)").contains("11 décembre 2026");
    }
}
