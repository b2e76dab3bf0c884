package fr.cls.contract.contract.web;

/** The descriptions of the contract list's filters, shared by the list and its CSV export (OpenAPI). */
public final class ContractListParameters {

    public static final String STATUS = "Only contracts in this status (LETTER_OF_INTENT_RECEIVED … ABANDONED).";
    public static final String KIND = "Only contracts of this kind: CLS, CLSM or PROTOCOLE_ACCORD.";
    public static final String COMMUNE = "INSEE code of a commune: contracts whose territory contains it, named or as a"
            + " member of a named EPCI.";
    public static final String COMMUNE_CODE = "[0-9][0-9AB][0-9]{3}";
    public static final String EPCI = "SIREN of an EPCI: contracts whose territory names it.";
    public static final String EPCI_CODE = "[0-9]{9}";
    public static final String COORDINATOR = "The account (subject) of the coordinator the contracts name.";
    public static final String YEAR = "Contracts in force during this year (start date to end date).";
    public static final String Q = "Words of the title, whatever the case and accents (2 to 100 characters).";
    public static final String ENDING_BEFORE = "Contracts ending strictly before this day (ISO date).";
    public static final String SORT = "field,asc|desc with field among createdAt, title, kind, status, startDate, endDate;"
            + " newest first by default.";
    public static final String SORT_MESSAGE = "field,asc|desc with field among createdAt, title, kind, status, startDate, endDate";

    private ContractListParameters() {
    }
}
