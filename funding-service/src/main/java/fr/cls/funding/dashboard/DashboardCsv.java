package fr.cls.funding.dashboard;

import java.math.BigDecimal;

import fr.cls.platform.csv.CsvFormat;

/**
 * The dashboard as one CSV a French spreadsheet opens as is: UTF-8 with a byte-order mark, {@code ;} between
 * fields, a decimal comma and no thousands separator (12000,50), ISO dates, CRLF. The first column names the
 * section: {@code montants} (per year and scheme), {@code total}, {@code attente} (waiting requests),
 * {@code echeance} (conventions expiring). Written by the platform's {@link CsvFormat}: no cell runs as a formula.
 */
public final class DashboardCsv {

    public static final String HEADER = "rubrique;annee;dispositif;demande;accorde;verse;identifiant;contrat;objet;statut;date;jours";

    private DashboardCsv() {
    }

    public static String of(FunderDashboard d) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (FunderDashboard.Row row : d.byYearAndScheme()) {
            line(out, "montants", row.year(), row.schemeCode(), row.amounts());
        }
        line(out, "total", null, null, d.totals());
        for (FunderDashboard.WaitingRequest w : d.waiting().requests()) {
            line(out, "attente", null, w.schemeCode(), euros(w.requestedTotal()), null, null, w.id(),
                    w.contractTitle() == null ? w.contractId() : w.contractTitle(), w.purpose(), w.status(), w.submittedOn(), w.ageDays());
        }
        for (FunderDashboard.Expiring e : d.expiring()) {
            line(out, "echeance", null, null, null, null, null, e.id(), e.contractTitle() == null ? e.contractId() : e.contractTitle(),
                    e.beneficiary(), e.kind(), e.validUntil(), e.daysLeft());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String section, Integer year, String scheme, FunderDashboard.Amounts a) {
        line(out, section, year, scheme, euros(a.requested()), euros(a.granted()), euros(a.paid()), null, null, null, null, null, null);
    }

    private static void line(StringBuilder out, Object... fields) {
        out.append(CsvFormat.SEMICOLON.line(fields));
    }

    /** 12000,50: the decimal comma of fr-FR; never through a double. */
    static String euros(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString().replace('.', ',');
    }
}
