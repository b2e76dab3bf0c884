package fr.cls.funding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DashboardCsvTest {

    @Test
    void writesSemicolonsADecimalCommaAndOneSectionPerLine() {
        FunderDashboard.Amounts amounts = new FunderDashboard.Amounts(new BigDecimal("12000.50"), new BigDecimal("10000.00"),
                new BigDecimal("0.00"));
        UUID request = UUID.randomUUID();
        FunderDashboard d = new FunderDashboard("cd-53", LocalDate.of(2026, 11, 23), null,
                List.of(new FunderDashboard.Row(2026, "animateurs-sante", amounts)), List.of(), List.of(), amounts,
                new FunderDashboard.Waiting(1, 12, List.of(new FunderDashboard.WaitingRequest(request, UUID.randomUUID(),
                        "CLS du Pays de Craon; \"Sud\"", "animateurs-sante", "ACTIONS", "SUBMITTED", LocalDate.of(2026, 11, 11), 12,
                        new BigDecimal("5000.00")))),
                3, List.of());
        String csv = DashboardCsv.of(d);
        assertThat(csv).startsWith("\uFEFF" + DashboardCsv.HEADER + "\r\n");
        assertThat(csv).contains("montants;2026;animateurs-sante;12000,50;10000,00;0,00;;;;;;\r\n");
        assertThat(csv).contains("total;;;12000,50;10000,00;0,00;;;;;;\r\n");
        assertThat(csv).contains("attente;;animateurs-sante;5000,00;;;" + request
                + ";\"CLS du Pays de Craon; \"\"Sud\"\"\";ACTIONS;SUBMITTED;2026-11-11;12\r\n");
    }

    @Test
    void aTitleOrPurposeThatASpreadsheetWouldRunIsWrittenAsTextAndANegativeAmountStaysANumber() {
        FunderDashboard.Amounts amounts = new FunderDashboard.Amounts(new BigDecimal("-150.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"));
        UUID request = UUID.randomUUID();
        FunderDashboard d = new FunderDashboard("cd-53", LocalDate.of(2026, 11, 23), null,
                List.of(new FunderDashboard.Row(2026, "animateurs-sante", amounts)), List.of(), List.of(), amounts,
                new FunderDashboard.Waiting(1, 12, List.of(new FunderDashboard.WaitingRequest(request, UUID.randomUUID(),
                        "=HYPERLINK(\"http://evil.example\")", "animateurs-sante", "@SUM(A1)", "SUBMITTED",
                        LocalDate.of(2026, 11, 11), 12, new BigDecimal("5000.00")))),
                3, List.of());

        String csv = DashboardCsv.of(d);

        assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://evil.example\"\")\";'@SUM(A1);SUBMITTED;");
        assertThat(csv).contains("montants;2026;animateurs-sante;-150,00;0,00;0,00;");
        assertThat(DashboardCsv.euros(new BigDecimal("1234567.5"))).isEqualTo("1234567,50");
    }
}
