package fr.cls.contract.action;

import static fr.cls.contract.action.ActionRulesTest.ELABORATION;
import static fr.cls.contract.action.ActionRulesTest.IN_FORCE;
import static fr.cls.contract.action.ActionRulesTest.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.cls.platform.domain.RuleViolationException;

/** Each aggregate of the package raises one past-tense event per change, saying what it is now; a refused change none. */
class ActionEventsTest {

    static final LocalDate START = LocalDate.of(2016, 1, 1);
    static final LocalDate END = LocalDate.of(2016, 12, 31);

    @Test
    void anAxisRaisesItsCreationWhetherAddedOrImported() {
        Axis axis = Axis.create(IN_FORCE, " 1 ", " Accès aux soins ", 1);
        Axis imported = Axis.imported(IN_FORCE.id(), "ars-paca", 2, "Santé mentale");

        assertThat(Raised.by(axis)).containsExactly(new AxisCreated(IN_FORCE.id(), axis.id(), "1", "Accès aux soins"));
        assertThat(Raised.by(imported)).containsExactly(new AxisCreated(IN_FORCE.id(), imported.id(), "A2", "Santé mentale"));
    }

    @Test
    void anActionSheetRaisesItsCreationEachEditAndEachMeasureWithWhatItSaysAfterwards() {
        ActionSheet sheet = ActionSheet.create(ELABORATION, content(new BigDecimal("1200.5"), START, END));
        sheet.edit(IN_FORCE, content(new BigDecimal("900"), START, END));
        sheet.measure(IN_FORCE, "médecins installés", 2016, BigDecimal.ONE);

        List<Object> raised = Raised.by(sheet);
        assertThat(raised).extracting(e -> ((ActionSheetChanged) e).how()).containsExactly(ActionSheetChanged.How.CREATED,
                ActionSheetChanged.How.EDITED, ActionSheetChanged.How.MEASURED);
        assertThat(((ActionSheetChanged) raised.get(0)).budget()).isEqualByComparingTo("1200.50");
        assertThat(raised.get(2)).isEqualTo(new ActionSheetChanged(ActionSheetChanged.How.MEASURED, IN_FORCE.id(), sheet.id(),
                sheet.axisId(), "Maison de santé", ActionStatus.PLANNED, new BigDecimal("900.00"), List.of()));
    }

    @Test
    void aRefusedChangeRaisesNothing() {
        ActionSheet sheet = ActionSheet.create(ELABORATION, content(BigDecimal.TEN, START, END));
        assertThatThrownBy(() -> sheet.measure(ELABORATION, "médecins installés", 2016, BigDecimal.ONE))
                .isInstanceOf(RuleViolationException.class);
        Programming programming = Programming.draft(IN_FORCE, 2016, List.of(), List.of());
        assertThatThrownBy(() -> programming.submit(IN_FORCE, START)).isInstanceOf(RuleViolationException.class);

        assertThat(Raised.by(sheet)).hasSize(1);
        assertThat(Raised.by(programming)).hasSize(1);
        assertThat(programming.validate(START, null, null)).as("a draft is not validated").isFalse();
        assertThat(Raised.by(programming)).hasSize(1);
    }

    @Test
    void aProgrammingRaisesEachStepWithItsStatusAndPlannedSheets() {
        UUID sheet = UUID.randomUUID();
        Programming programming = Programming.draft(IN_FORCE, 2016, List.of(sheet, sheet), List.of(sheet));
        programming.submit(IN_FORCE, START);
        programming.validate(LocalDate.of(2016, 2, 1), UUID.randomUUID(), UUID.randomUUID());

        assertThat(Raised.by(programming)).containsExactly(
                new ProgrammingChanged(IN_FORCE.id(), 2016, ProgrammingStatus.DRAFT, List.of(sheet)),
                new ProgrammingChanged(IN_FORCE.id(), 2016, ProgrammingStatus.SUBMITTED, List.of(sheet)),
                new ProgrammingChanged(IN_FORCE.id(), 2016, ProgrammingStatus.VALIDATED, List.of(sheet)));
    }

    @Test
    void anAnnualReportRaisesEachWritingThenItsSubmissionButNotItsAdoption() {
        AnnualReport report = AnnualReport.draft(IN_FORCE, 2016, "", List.of(), BigDecimal.ONE);
        report.write(IN_FORCE, "Maison de santé ouverte", List.of(), BigDecimal.TEN);
        report.submit(IN_FORCE, LocalDate.of(2017, 1, 15));
        report.adopt(LocalDate.of(2017, 2, 1));

        assertThat(Raised.by(report)).containsExactly(new AnnualReportDrafted(IN_FORCE.id(), 2016),
                new AnnualReportDrafted(IN_FORCE.id(), 2016),
                new AnnualReportSubmitted(IN_FORCE.id(), 2016, LocalDate.of(2017, 1, 15)));
    }

    @Test
    void anAmendmentRaisesItsSignatureWithItsNumber() {
        Amendment amendment = Amendment.sign(IN_FORCE, 2, "Nouvel axe", LocalDate.of(2016, 3, 1), "{}",
                Instant.parse("2016-03-01T10:00:00Z"));

        assertThat(Raised.by(amendment)).containsExactly(
                new AmendmentSigned(IN_FORCE.id(), amendment.id(), 2, LocalDate.of(2016, 3, 1)));
    }
}
