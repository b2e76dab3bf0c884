package fr.cls.funding.scheme.web;

import java.time.LocalDate;
import java.util.List;

import fr.cls.funding.scheme.RuleTerm;
import fr.cls.funding.scheme.SchemeRule;
import fr.cls.funding.scheme.SchemeVersion;
import fr.cls.funding.scheme.VersionStatus;

/**
 * A published version as the public terms show it, with where it stands today, its scheme's closing day and, for
 * every rule, whether it is enforced, a point of attention or not checked, and why.
 */
record VersionResponse(String tenantId, String schemeCode, String name, int version, LocalDate effectiveFrom,
        LocalDate effectiveTo, VersionStatus status, LocalDate schemeClosedFrom, List<SchemeRule> rules, String source,
        List<RuleTerm> terms) {

    static VersionResponse of(SchemeVersion v, LocalDate schemeClosedFrom, LocalDate today) {
        return new VersionResponse(v.tenantId(), v.schemeCode(), v.name(), v.version(), v.effectiveFrom(), v.effectiveTo(),
                v.statusOn(today), schemeClosedFrom, v.rules(), v.source(), v.terms());
    }
}
