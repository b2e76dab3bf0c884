package fr.cls.funding.dashboard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The dashboard as one CSV a French spreadsheet opens as is: UTF-8 with a byte-order mark, {@code ;} between
 * fields, a decimal comma and no thousands separator (12000,50), ISO dates, CRLF. The first column names the
 * section: {@code montants} (per year and scheme), {@code total}, {@code attente} (waiting requests),
 * {@code echeance} (conventions expiring).
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
        out.append(Arrays.stream(fields).map(DashboardCsv::field).collect(Collectors.joining(";"))).append("\r\n");
    }

    /** 12000,50: the decimal comma of fr-FR; never through a double. */
    static String euros(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString().replace('.', ',');
    }

    /**
     * Quoted when it holds a separator, a quote or a line break; text a spreadsheet would run as a formula (=, +, -,
     * @ first: a contract title is typed by another tenant) is prefixed with an apostrophe.
     */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9]+(,[0-9]+)?")) {
            text = "'" + text;
        }
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
