package fr.cls.funding.profile.web;

/** The descriptions and forms of the funding lists' filters on the contract (OpenAPI and validation). */
public final class ListParameters {

    public static final String CONTRACT_KIND = "Only requests or conventions on contracts of this kind: CLS, CLSM or"
            + " PROTOCOLE_ACCORD.";
    public static final String KINDS = "CLS|CLSM|PROTOCOLE_ACCORD";
    public static final String KINDS_MESSAGE = "CLS, CLSM or PROTOCOLE_ACCORD";
    public static final String TERRITORY = "INSEE code of a commune or SIREN of an EPCI that the contract's territory names"
            + " (as listed in the contract, EPCI not expanded into their communes).";
    public static final String TERRITORY_CODE = "[0-9][0-9AB][0-9]{3}|[0-9]{9}";
    public static final String TERRITORY_MESSAGE = "an INSEE commune code (5 characters) or an EPCI SIREN (9 digits)";
    public static final String COORDINATOR = "The account (subject) of a coordinator the contract names.";
    public static final String Q = "Words of the contract's title, whatever the case and accents (2 to 100 characters).";
    public static final String TENANT = "[a-z0-9-]{2,63}";

    private ListParameters() {
    }
}
