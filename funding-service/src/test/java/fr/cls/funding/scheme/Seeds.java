package fr.cls.funding.scheme;

/** The seed schemes, as the platform loads them. */
final class Seeds {

    static final SchemeCatalogue CATALOGUE = new SchemeCatalogue(SchemeJson.seeds());

    private Seeds() {
    }

    static SchemeVersion scheme(String tenantId, String schemeCode) {
        return CATALOGUE.versionOn(tenantId, schemeCode, CaseBuilder.DECISION).orElseThrow();
    }

    /** Explanations carry no-break spaces; tests read them with plain ones. */
    static String plain(String text) {
        return text.replace(Formats.NBSP, ' ');
    }
}
