package fr.cls.funding.scheme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;

/**
 * A funder's scheme over time: its versions and, once the funder closes it, the first day it takes no new request.
 * The filing date picks the version a request is judged by (it keeps it afterwards); the closing day itself is
 * closed, the day before it is the last day to file.
 *
 * @param closedFrom first day closed to new requests (inclusive); null while open
 * @param revision   grows with every change of the scheme (a version published, a closing): its ETag
 * @param versions   newest first
 */
public record Scheme(String tenantId, String code, String name, String source, LocalDate closedFrom, long revision,
        List<SchemeVersion> versions) {

    public Scheme {
        versions = versions.stream().sorted(Comparator.comparingInt(SchemeVersion::version).reversed()).toList();
        if (!versions.isEmpty()) {
            new SchemeCatalogue(versions); // never two versions on one day
        }
    }

    /** Public reference in explanations and problems, e.g. {@code cd-53/animateurs-sante}. */
    public String reference() {
        return tenantId + "/" + code;
    }

    public boolean closedOn(LocalDate date) {
        return closedFrom != null && !date.isBefore(closedFrom);
    }

    public Optional<SchemeVersion> versionOn(LocalDate date) {
        return versions.stream().filter(v -> v.appliesOn(date)).findFirst();
    }

    /** The versions published to start after the date, soonest first. */
    public List<SchemeVersion> upcoming(LocalDate date) {
        return versions.stream().filter(v -> v.effectiveFrom().isAfter(date))
                .sorted(Comparator.comparing(SchemeVersion::effectiveFrom)).toList();
    }

    /** The version a request filed that day is judged by; refused when the scheme is closed or not yet in effect. */
    public SchemeVersion versionForFiling(LocalDate filedOn) {
        if (closedOn(filedOn)) {
            throw new RuleViolationException("scheme-closed", "scheme " + reference() + " is closed to new requests from "
                    + closedFrom + " (the closing day included); requests filed before then run on", reference(), closedFrom);
        }
        return versionOn(filedOn).orElseThrow(() -> new RuleViolationException(upcoming(filedOn).stream().findFirst()
                .map(v -> Violation.variant("scheme-in-effect", "upcoming", "scheme " + reference() + " has no version in effect on "
                        + filedOn + "; version " + v.version() + " starts on " + v.effectiveFrom(), tenantId, code, filedOn,
                        v.version(), v.effectiveFrom()))
                .orElseGet(() -> Violation.of("scheme-in-effect", "scheme " + reference() + " has no version in effect on " + filedOn,
                        tenantId, code, filedOn))));
    }

    /** A version may be published while the scheme is open, to start before the closing day. */
    public void requirePublishable(LocalDate effectiveFrom, LocalDate today) {
        if (closedOn(today)) {
            throw new RuleViolationException(Violation.variant("scheme-closed", "no-version", "scheme " + reference()
                    + " is closed since " + closedFrom + "; it takes no new version", reference(), closedFrom));
        }
        if (closedOn(effectiveFrom)) {
            throw new RuleViolationException("version-before-closing", "scheme " + reference() + " closes on " + closedFrom
                    + "; a version starting on " + effectiveFrom + " would never judge a request", reference(), closedFrom,
                    effectiveFrom);
        }
    }

    /**
     * Closing from a day not in the past, while the scheme is still open; a closing already set may be moved until it
     * takes effect. A version planned to start on or after the closing day would never apply: it is refused.
     */
    public void requireClosable(LocalDate from, LocalDate today) {
        if (closedOn(today)) {
            throw new RuleViolationException(Violation.variant("scheme-closed", "already", "scheme " + reference()
                    + " is already closed since " + closedFrom, reference(), closedFrom));
        }
        if (from.isBefore(today)) {
            throw new RuleViolationException("closing-not-in-past", "a scheme closes today or later (not " + from
                    + "): requests filed until now were filed while it was open", from);
        }
        upcoming(today).stream().filter(v -> !v.effectiveFrom().isBefore(from)).findFirst().ifPresent(v -> {
            throw new RuleViolationException("closing-after-planned-versions", "version " + v.version() + " of scheme "
                    + reference() + " starts on " + v.effectiveFrom() + ", on or after the closing day " + from
                    + "; close the scheme after it", v.version(), reference(), v.effectiveFrom(), from);
        });
    }
}
