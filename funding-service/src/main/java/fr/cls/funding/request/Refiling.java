package fr.cls.funding.request;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import fr.cls.platform.domain.RuleViolationException;

/**
 * A portal reference names one dossier. Filing it again with the same content is a safe retry (the request already
 * filed answers); filing it with other content is refused, so that a portal never believes a change was taken
 * into account when it was not: a filed request changes through its amendment (PUT), never through a second filing.
 */
public final class Refiling {

    public static final String RULE = "portal-reference-unique";

    private Refiling() {
    }

    /** The fields (as the API names them) in which the filing differs from the request as it stands. */
    public static List<String> differences(FundingRequest known, FundingRequests.Filing filing) {
        List<String> fields = new ArrayList<>();
        if (!known.contractId().equals(filing.contractId())) {
            fields.add("contractId");
        }
        if (!known.schemeCode().equals(filing.schemeCode())) {
            fields.add("schemeCode");
        }
        if (known.purpose() != filing.purpose()) {
            fields.add("purpose");
        }
        if (!sameAmounts(known.requested(), filing.requested())) {
            fields.add("amountsByYear");
        }
        if (!sameAmounts(known.ownShare(), filing.ownShare())) {
            fields.add("ownShareByYear");
        }
        return fields;
    }

    public static RuleViolationException refused(FundingRequest known, List<String> fields) {
        return new RuleViolationException(RULE, "portal reference " + known.portalReference() + " is already filed (request "
                + known.id() + ", " + known.status().name() + ") with another " + String.join(", ", fields)
                + "; nothing was changed. Change that dossier with PUT (If-Match: its version) while the funder has not"
                + " started instructing it, or file a new dossier under a new reference",
                known.portalReference(), known.id(), known.status().name(), String.join(", ", fields));
    }

    /** Exact euros, year by year; a year left out is a year at zero ("nothing written means nothing brought"). */
    static boolean sameAmounts(Map<Integer, BigDecimal> ours, Map<Integer, BigDecimal> theirs) {
        Map<Integer, BigDecimal> a = ours == null ? Map.of() : ours;
        Map<Integer, BigDecimal> b = theirs == null ? Map.of() : theirs;
        TreeSet<Integer> years = new TreeSet<>(a.keySet());
        years.addAll(b.keySet());
        for (Integer year : years) {
            BigDecimal x = Objects.requireNonNullElse(a.get(year), BigDecimal.ZERO);
            BigDecimal y = Objects.requireNonNullElse(b.get(year), BigDecimal.ZERO);
            if (x.compareTo(y) != 0) {
                return false;
            }
        }
        return true;
    }
}
