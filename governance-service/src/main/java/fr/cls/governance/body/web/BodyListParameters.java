package fr.cls.governance.body.web;

/** The descriptions of the body list's filters (OpenAPI). */
final class BodyListParameters {

    static final String CONTRACT = "Only the bodies of this contract.";
    static final String KIND = "Only bodies of this kind: COPIL, COTECH, PROJECT_GROUP or CROSS_CONTRACT.";
    static final String STATUS = "Only bodies in this status: ACTIVE or CLOSED.";
    static final String DORMANT = "true: only active bodies that have not met for a year (or never, created over a year ago);"
            + " false: only the others.";
    static final String Q = "Words of the name, whatever the case and accents (2 to 100 characters).";
    static final String SORT = "field,asc|desc with field among name, kind, status, createdOn; by kind then name by default.";
    static final String SORT_MESSAGE = "field,asc|desc with field among name, kind, status, createdOn";

    static final String COLUMNS = "Columns of the CSV, in order, among id, contractId, kind, name, status, createdOn, closedOn,"
            + " quorumPercent, activeMembers; by default id, contractId, kind, name, status, createdOn.";

    private BodyListParameters() {
    }
}
