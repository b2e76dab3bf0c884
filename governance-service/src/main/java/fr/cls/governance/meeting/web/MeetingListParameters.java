package fr.cls.governance.meeting.web;

/** The descriptions of the meeting list's filters (OpenAPI). */
final class MeetingListParameters {

    static final String BODY = "Only the meetings of this body.";
    static final String CONTRACT = "Only the meetings of this contract's bodies.";
    static final String STATUS = "Only meetings in this status: PLANNED, CONVENED, HELD or CANCELLED.";
    static final String FROM = "Meetings scheduled on or after this day (ISO date).";
    static final String TO = "Meetings scheduled on or before this day (ISO date; not before from).";
    static final String YEAR = "Meetings scheduled during this year.";
    static final String Q = "Words of the place or of an agenda item's title, whatever the case and accents (2 to 100"
            + " characters).";
    static final String SORT = "field,asc|desc with field among scheduledOn, status, place; soonest first by default.";
    static final String SORT_MESSAGE = "field,asc|desc with field among scheduledOn, status, place";

    static final String COLUMNS = "Columns of the CSV, in order, among id, bodyId, bodyKind, bodyName, contractId, scheduledOn,"
            + " place, status, convenedOn, heldOn, quorumReached, minutesStatus, agendaItems; by default id, bodyName,"
            + " contractId, scheduledOn, place, status.";

    private MeetingListParameters() {
    }
}
