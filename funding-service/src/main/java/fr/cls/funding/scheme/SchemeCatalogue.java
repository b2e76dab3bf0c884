package fr.cls.funding.scheme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All the versions of all the schemes known, checked so that a scheme never has two versions in effect on the
 * same day: the version that judges a request must be unambiguous.
 */
public record SchemeCatalogue(List<SchemeVersion> versions) {

    public SchemeCatalogue {
        versions = List.copyOf(versions);
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                SchemeVersion a = versions.get(i);
                SchemeVersion b = versions.get(j);
                if (a.sameScheme(b) && (a.version() == b.version() || a.overlaps(b))) {
                    throw new IllegalArgumentException(a.tenantId() + "/" + a.schemeCode() + ": versions " + a.version()
                            + " and " + b.version() + " " + (a.version() == b.version() ? "share a number" : "overlap"));
                }
            }
        }
    }

    /** The version of one scheme's versions in effect on the date; all must belong to the same scheme. */
    public static Optional<SchemeVersion> versionOn(List<SchemeVersion> versions, LocalDate date) {
        if (versions.stream().anyMatch(v -> !v.sameScheme(versions.get(0)))) {
            throw new IllegalArgumentException("versions of several schemes given; pick one scheme's versions first");
        }
        return new SchemeCatalogue(versions).versions.stream().filter(v -> v.appliesOn(date)).findFirst();
    }

    public Optional<SchemeVersion> versionOn(String tenantId, String schemeCode, LocalDate date) {
        return versions.stream().filter(v -> v.tenantId().equals(tenantId) && v.schemeCode().equals(schemeCode))
                .filter(v -> v.appliesOn(date)).findFirst();
    }

    /** The schemes a funder has in effect on the date, by code. */
    public List<SchemeVersion> inEffect(String tenantId, LocalDate date) {
        return versions.stream().filter(v -> v.tenantId().equals(tenantId) && v.appliesOn(date))
                .sorted(Comparator.comparing(SchemeVersion::schemeCode)).toList();
    }
}
