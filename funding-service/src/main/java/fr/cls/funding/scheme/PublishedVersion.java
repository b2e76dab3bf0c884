package fr.cls.funding.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/**
 * A scheme version as the public terms show it, with its scheme's closing day when the funder closed it.
 *
 * @param schemeClosedFrom first day the scheme takes no new request; null while open
 */
public record PublishedVersion(SchemeVersion version, LocalDate schemeClosedFrom) {

    public boolean closedOn(LocalDate date) {
        return schemeClosedFrom != null && !date.isBefore(schemeClosedFrom);
    }

    /**
     * What a simulation says of a scheme closed on the date: its rules are not run, nothing can be granted, and
     * the one line names the scheme, the version that applied last and the closing day.
     */
    public Evaluation closedEvaluation(LocalDate on) {
        String ref = version.tenantId() + "/" + version.schemeCode();
        RuleOutcome closed = RuleOutcome.failed("scheme-closed",
                "Dispositif " + ref + " (version " + version.version() + ") clos aux nouvelles demandes depuis le "
                        + Formats.dateFr(schemeClosedFrom) + " : non simulé au " + Formats.dateFr(on),
                "Scheme " + ref + " (version " + version.version() + ") closed to new requests from "
                        + Formats.dateEn(schemeClosedFrom) + ": left out on " + Formats.dateEn(on));
        return new Evaluation(version, List.of(closed), new TreeMap<>());
    }
}
