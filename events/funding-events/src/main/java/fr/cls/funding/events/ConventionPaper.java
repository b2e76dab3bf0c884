package fr.cls.funding.events;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the convention de financement of a granted request says, carried by {@link FundingRequestDecidedV1}: the
 * PDF funding-service serves for download and the one notification-service attaches to the grant email are both
 * rendered from it with the template {@code documents/convention-financement.html} (in this jar), so they are the
 * same for the same data.
 *
 * @param funder the funder's name; the paper is issued on its letterhead
 * @param owner the name of the contract's owner
 * @param purpose what the money pays for, in French
 * @param paymentTerms how the grant is paid, in French (the scheme's yearly-instalments rule)
 * @param note the approver's note, or null
 */
public record ConventionPaper(String funder, String owner, String contractTitle, LocalDate contractStart,
        LocalDate contractEnd, String purpose, List<Year> years, String paymentTerms, String schemeCode, String schemeName,
        int schemeVersion, List<Rule> rules, LocalDate decidedOn, String note) {

    public static final String TEMPLATE = "convention-financement";

    /** A year: asked, granted. */
    public record Year(int year, BigDecimal requested, BigDecimal granted) {
    }

    /** A rule of the scheme, how the granted amounts fared (respectée, non respectée, point d'attention), and why. */
    public record Rule(String code, String outcome, String explanation) {
    }

    public ConventionPaper {
        years = years == null ? List.of() : List.copyOf(years);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public String title() {
        return "Convention de financement — " + contractTitle;
    }

    /** {@code convention-financement-<scheme>-<decision date>.pdf} */
    public String fileName() {
        String ascii = Normalizer.normalize(schemeCode, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return "convention-financement-" + ascii + "-" + decidedOn + ".pdf";
    }

    public Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("funder", funder);
        model.put("owner", owner);
        model.put("contractTitle", contractTitle);
        model.put("contractStart", contractStart);
        model.put("contractEnd", contractEnd);
        model.put("purpose", purpose);
        model.put("years", years);
        model.put("totalRequested", years.stream().map(Year::requested).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.put("totalGranted", years.stream().map(Year::granted).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.put("paymentTerms", paymentTerms);
        model.put("schemeCode", schemeCode);
        model.put("schemeName", schemeName);
        model.put("schemeVersion", schemeVersion);
        model.put("rules", rules);
        model.put("decidedOn", decidedOn);
        model.put("note", note);
        return model;
    }
}
