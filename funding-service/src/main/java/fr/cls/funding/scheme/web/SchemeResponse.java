package fr.cls.funding.scheme.web;

import java.time.LocalDate;
import java.util.List;

import fr.cls.funding.scheme.Scheme;

/**
 * A scheme: open or closed today, the version in force today (null if none yet), the next one published to start
 * later (null if none), and every version, newest first.
 */
record SchemeResponse(String funder, String code, String name, String source, LocalDate closedFrom, boolean open,
        Integer versionInForce, Upcoming upcoming, List<VersionResponse> versions) {

    record Upcoming(int version, LocalDate effectiveFrom) {
    }

    static SchemeResponse of(Scheme s, LocalDate today) {
        return new SchemeResponse(s.tenantId(), s.code(), s.name(), s.source(), s.closedFrom(), !s.closedOn(today),
                s.versionOn(today).map(v -> v.version()).orElse(null),
                s.upcoming(today).stream().findFirst().map(v -> new Upcoming(v.version(), v.effectiveFrom())).orElse(null),
                s.versions().stream().map(v -> VersionResponse.of(v, s.closedFrom(), today)).toList());
    }
}
