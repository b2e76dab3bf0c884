package fr.cls.contract.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import fr.cls.contract.contract.ContractStatus;
import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.domain.Money;
import fr.cls.platform.domain.RuleViolationException;

class ActionRulesTest {

    static final UUID CONTRACT = UUID.randomUUID();
    static final ContractState IN_FORCE = new ContractState(CONTRACT, "ars-paca", ContractStatus.IN_FORCE,
            LocalDate.of(2015, 6, 15), LocalDate.of(2018, 6, 14));
    static final ContractState ELABORATION = new ContractState(CONTRACT, "ars-paca", ContractStatus.ELABORATION, null, null);
    static final ContractState EVALUATION = new ContractState(CONTRACT, "ars-paca", ContractStatus.EVALUATION,
            LocalDate.of(2015, 6, 15), LocalDate.of(2018, 6, 14));

    static ActionSheetContent content(BigDecimal budget, LocalDate start, LocalDate end) {
        return new ActionSheetContent(UUID.randomUUID(), "Maison de santé", "Attirer des médecins", "Ville", List.of("CPAM"),
                "habitants", start, end, budget, List.of(new Indicator("médecins installés", "nombre", new BigDecimal("4"), Map.of())),
                null);
    }

    static void violates(String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations()).extracting(RuleViolationException.Violation::rule)
                        .containsExactly(rule));
    }

    static void invalid(String field, String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).rule()).isEqualTo(rule))
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field));
    }

    @Test
    void moneyIsEurosWithAtMostTwoDecimalsAndNeverNegative() {
        assertThat(Money.euros("budget", new BigDecimal("1200.5"))).isEqualByComparingTo("1200.50").extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(Money.euros("budget", new BigDecimal("10.000"))).isEqualTo(new BigDecimal("10.00"));
        invalid("budget", "money-in-cents", () -> Money.euros("budget", new BigDecimal("10.005")));
        invalid("budget", "money-not-negative", () -> Money.euros("budget", new BigDecimal("-0.01")));
    }

    @Test
    void anActionSheetNeedsItsEndAfterItsStartAndAnExactBudget() {
        violates("schedule-in-order", () -> ActionSheet.create(ELABORATION,
                content(BigDecimal.TEN, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 1))));
        invalid("budget", "money-in-cents", () -> ActionSheet.create(ELABORATION,
                content(new BigDecimal("1.001"), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))));
        ActionSheet sheet = ActionSheet.create(ELABORATION, content(new BigDecimal("15000"), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        assertThat(sheet.budget()).isEqualTo(new BigDecimal("15000.00"));
        assertThat(sheet.status()).isEqualTo(ActionStatus.PLANNED);
    }

    @Test
    void sheetsAreWrittenInElaborationOrInForceAndMeasuredInForceOrEvaluationWithinTheContractYears() {
        violates("contract-status-allows", () -> ActionSheet.create(EVALUATION,
                content(BigDecimal.ONE, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))));
        ActionSheet sheet = ActionSheet.create(IN_FORCE, content(BigDecimal.ONE, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        violates("contract-status-allows", () -> sheet.measure(ELABORATION, "médecins installés", 2016, BigDecimal.ONE));
        violates("year-within-contract-dates", () -> sheet.measure(IN_FORCE, "médecins installés", 2019, BigDecimal.ONE));
        violates("indicator-of-the-sheet", () -> sheet.measure(IN_FORCE, "inconnu", 2016, BigDecimal.ONE));
        sheet.measure(EVALUATION, "médecins installés", 2018, new BigDecimal("3"));
        assertThat(sheet.indicators().get(0).measured()).containsEntry(2018, new BigDecimal("3"));
    }

    @Test
    void aProgrammingGoesFromDraftToSubmittedToValidatedOnlyInThatOrder() {
        UUID sheet = UUID.randomUUID();
        violates("year-within-contract-dates", () -> Programming.draft(IN_FORCE, 2014, List.of(sheet), List.of(sheet)));
        violates("contract-status-allows", () -> Programming.draft(EVALUATION, 2016, List.of(sheet), List.of(sheet)));
        violates("action-sheets-of-the-contract", () -> Programming.draft(IN_FORCE, 2016, List.of(UUID.randomUUID()), List.of(sheet)));
        Programming programming = Programming.draft(IN_FORCE, 2016, List.of(), List.of(sheet));
        violates("programming-not-empty", () -> programming.submit(IN_FORCE, LocalDate.of(2016, 1, 10)));
        assertThat(programming.validate(LocalDate.of(2016, 2, 1), null, null)).as("a draft is not validated").isFalse();
        programming.plan(IN_FORCE, List.of(sheet), List.of(sheet));
        programming.submit(IN_FORCE, LocalDate.of(2016, 1, 10));
        assertThat(programming.status()).isEqualTo(ProgrammingStatus.SUBMITTED);
        violates("programming-status-allows", () -> programming.plan(IN_FORCE, List.of(), List.of(sheet)));
        violates("programming-status-allows", () -> programming.submit(IN_FORCE, LocalDate.of(2016, 1, 11)));
        assertThat(programming.validate(LocalDate.of(2016, 2, 1), UUID.randomUUID(), UUID.randomUUID())).isTrue();
        assertThat(programming.status()).isEqualTo(ProgrammingStatus.VALIDATED);
        assertThat(programming.validate(LocalDate.of(2016, 3, 1), null, null)).as("validated once").isFalse();
        assertThat(programming.validatedOn()).isEqualTo(LocalDate.of(2016, 2, 1));
    }

    @Test
    void anAnnualReportIsForAYearOfTheContractAndIsSubmittedOnce() {
        violates("year-within-contract-dates", () -> AnnualReport.draft(IN_FORCE, 2019, "fait", List.of(), BigDecimal.ONE));
        invalid("creditsUsed", "money-not-negative", () -> AnnualReport.draft(IN_FORCE, 2016, "fait", List.of(), new BigDecimal("-5")));
        AnnualReport report = AnnualReport.draft(IN_FORCE, 2016, "", List.of(), new BigDecimal("1234.56"));
        violates("achievements-written", () -> report.submit(IN_FORCE, LocalDate.of(2017, 1, 15)));
        report.write(IN_FORCE, "trois médecins installés", List.of(), new BigDecimal("1234.56"));
        report.submit(IN_FORCE, LocalDate.of(2017, 1, 15));
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        violates("annual-report-status-allows", () -> report.submit(IN_FORCE, LocalDate.of(2017, 1, 16)));
    }

    @Test
    void anAmendmentIsSignedOnAContractInForceAfterItsStart() {
        violates("contract-status-allows", () -> Amendment.sign(ELABORATION, 1, "x", LocalDate.of(2016, 1, 1), "{}", java.time.Instant.now()));
        violates("amendment-signed-after-the-contract", () -> Amendment.sign(IN_FORCE, 1, "x", LocalDate.of(2015, 1, 1), "{}", java.time.Instant.now()));
        assertThat(Amendment.sign(IN_FORCE, 2, "ajout d'une fiche", LocalDate.of(2016, 1, 1), "{}", java.time.Instant.now()).number()).isEqualTo(2);
    }
}
