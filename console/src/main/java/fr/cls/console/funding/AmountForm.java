package fr.cls.console.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * Amounts by year as a form carries them: rows of year, amount and own share, typed the French way ("12 000,50").
 * Errors are kept per row, the console's own (an amount it cannot read) and the API's ({@code amountsByYear[2026]}),
 * so that each shows next to its field.
 */
public final class AmountForm {

    public static final int ROWS = 3;
    private static final Pattern EUROS = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern YEAR = Pattern.compile("20\\d\\d");
    private static final String UNREADABLE = "Saisissez un montant en euros, par exemple 12 000,50.";

    /** @param index the row's place, which names its fields' ids */
    public record Row(int index, String year, String amount, String ownShare, String yearError, String amountError,
            String ownShareError) {

        boolean blank() {
            return amount.isBlank() && ownShare.isBlank();
        }

        Row withErrors(String yearErr, String amountErr, String ownShareErr) {
            return new Row(index, year, amount, ownShare, first(yearError, yearErr), first(amountError, amountErr),
                    first(ownShareError, ownShareErr));
        }

        private static String first(String a, String b) {
            return a != null ? a : b;
        }
    }

    private final List<Row> rows;
    private final String generalError;

    private AmountForm(List<Row> rows, String generalError) {
        this.rows = List.copyOf(rows);
        this.generalError = generalError;
    }

    /** Empty rows for the given year and the next ones. */
    public static AmountForm blank(int firstYear) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row(i, Integer.toString(firstYear + i), "", "", null, null, null));
        }
        return new AmountForm(rows, null);
    }

    /** Rows filled with the given amounts (e.g. a grant form proposing what was asked). */
    public static AmountForm of(SortedMap<Integer, BigDecimal> amounts) {
        List<Row> rows = new ArrayList<>();
        amounts.forEach((year, amount) -> rows.add(new Row(rows.size(), year.toString(), typed(amount), "", null, null, null)));
        int next = amounts.isEmpty() ? java.time.Year.now().getValue() : amounts.lastKey() + 1;
        while (rows.size() < ROWS) {
            rows.add(new Row(rows.size(), Integer.toString(next++), "", "", null, null, null));
        }
        return new AmountForm(rows, null);
    }

    /** The rows a form sent ({@code annee}, {@code montant}, {@code partPropre}, repeated), checked. */
    public static AmountForm read(MultiValueMap<String, String> form) {
        List<String> years = values(form, "annee");
        List<String> amounts = values(form, "montant");
        List<String> shares = values(form, "partPropre");
        int count = Math.min(10, Math.max(years.size(), Math.max(amounts.size(), shares.size())));
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Row row = new Row(i, at(years, i), at(amounts, i), at(shares, i), null, null, null);
            if (!row.blank()) {
                String yearError = !YEAR.matcher(row.year()).matches() ? "Saisissez une année sur quatre chiffres, de 2000 à 2099."
                        : !seen.add(row.year()) ? "Cette année figure déjà sur une autre ligne." : null;
                String amountError = row.amount().isBlank() ? "Saisissez le montant de cette année."
                        : euros(row.amount()) == null ? UNREADABLE : null;
                String shareError = !row.ownShare().isBlank() && euros(row.ownShare()) == null ? UNREADABLE : null;
                row = row.withErrors(yearError, amountError, shareError);
            }
            rows.add(row);
        }
        return new AmountForm(rows, null);
    }

    /** The API's field errors put next to their rows; those of no row (e.g. no amount at all) at the amounts' head. */
    public AmountForm withApiErrors(Map<String, String> fieldErrors) {
        List<Row> marked = new ArrayList<>();
        for (Row row : rows) {
            marked.add(row.withErrors(null, fieldErrors.get("amountsByYear[" + row.year() + "]"),
                    fieldErrors.get("ownShareByYear[" + row.year() + "]")));
        }
        String general = first(fieldErrors.get("amountsByYear"), fieldErrors.get("ownShareByYear"));
        return new AmountForm(marked, general == null ? generalError : general);
    }

    public boolean hasErrors() {
        return generalError != null || rows.stream().anyMatch(r -> r.yearError() != null || r.amountError() != null
                || r.ownShareError() != null);
    }

    public List<Row> rows() {
        return rows;
    }

    public String generalError() {
        return generalError;
    }

    /** Only once {@link #hasErrors()} is false. */
    public Map<Integer, BigDecimal> amountsByYear() {
        Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.blank()).forEach(r -> amounts.put(Integer.valueOf(r.year()), euros(r.amount())));
        return amounts;
    }

    public Map<Integer, BigDecimal> ownShareByYear() {
        Map<Integer, BigDecimal> shares = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.blank() && !r.ownShare().isBlank())
                .forEach(r -> shares.put(Integer.valueOf(r.year()), euros(r.ownShare())));
        return shares;
    }

    /** "12 000,50 €", "12000.5" and "12 000" read as euros; anything else is null. */
    public static BigDecimal euros(String typed) {
        String plain = typed.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        return EUROS.matcher(plain).matches() ? new BigDecimal(plain) : null;
    }

    private static String typed(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
