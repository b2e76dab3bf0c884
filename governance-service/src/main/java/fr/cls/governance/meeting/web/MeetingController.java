package fr.cls.governance.meeting.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.governance.body.Body;
import fr.cls.governance.body.BodyId;
import fr.cls.governance.meeting.GovernanceOverview;
import fr.cls.governance.meeting.Meeting;
import fr.cls.governance.meeting.MeetingFilter;
import fr.cls.governance.meeting.MeetingStatus;
import fr.cls.governance.meeting.Meetings;
import fr.cls.governance.meeting.MinutesDocument;
import fr.cls.platform.web.IfMatch;
import fr.cls.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * Meetings: schedule, agenda, convocation, holding with attendance, decisions, minutes. Writes take
 * {@code If-Match} with the meeting's version; a stale one answers 409 and changes nothing.
 */
@Validated
@RestController
@RequestMapping("/api/v1/governance")
class MeetingController {

    record DormantBodyResponse(UUID bodyId, UUID contractId, String kind, String name, LocalDate createdOn, LocalDate lastMetOn) {
    }

    private final Meetings meetings;
    private final GovernanceOverview overview;

    MeetingController(Meetings meetings, GovernanceOverview overview) {
        this.meetings = meetings;
        this.overview = overview;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/bodies/{bodyId}/meetings")
    ResponseEntity<MeetingResponse> schedule(@PathVariable UUID bodyId, @Valid @RequestBody MeetingRequests.NewMeeting request) {
        Meeting meeting = meetings.schedule(new BodyId(bodyId), request.scheduledOn(), request.place());
        return ResponseEntity.created(URI.create("/api/v1/governance/meetings/" + meeting.id()))
                .eTag(Long.toString(meeting.version())).body(MeetingResponse.of(meeting, meetings.bodyOf(meeting)));
    }

    @GetMapping("/bodies/{bodyId}/meetings")
    List<MeetingResponse> ofBody(@PathVariable UUID bodyId) {
        return responses(meetings.ofBody(new BodyId(bodyId)));
    }

    /** The meetings of the bodies the caller reaches, filtered and paged; soonest first by default. */
    @GetMapping("/meetings")
    PageResponse<MeetingResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size,
            @Parameter(description = MeetingListParameters.BODY) @RequestParam(required = false) UUID bodyId,
            @Parameter(description = MeetingListParameters.CONTRACT) @RequestParam(required = false) UUID contractId,
            @Parameter(description = MeetingListParameters.STATUS) @RequestParam(required = false) MeetingStatus status,
            @Parameter(description = MeetingListParameters.FROM) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = MeetingListParameters.TO) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = MeetingListParameters.YEAR) @RequestParam(required = false) @Range(min = 1900, max = 2200) Integer year,
            @Parameter(description = MeetingListParameters.Q) @RequestParam(required = false) @Size(min = 2, max = 100) String q,
            @Parameter(description = MeetingListParameters.SORT) @RequestParam(required = false)
            @Pattern(regexp = MeetingFilter.SORT, message = MeetingListParameters.SORT_MESSAGE) String sort) {
        var found = meetings.page(new MeetingFilter(bodyId, contractId, status, from, to, year, q), sort, page, size);
        Map<UUID, Body> bodies = new HashMap<>();
        return PageResponse.of(found, m -> MeetingResponse.of(m, bodies.computeIfAbsent(m.bodyId(), b -> meetings.bodyOf(m))));
    }

    /** CSV of the meetings of the list, with its filters and order: {@code columns=scheduledOn,place,status}. */
    @GetMapping(value = "/meetings/export", produces = "text/csv")
    void export(@Parameter(description = MeetingListParameters.COLUMNS) @RequestParam(required = false) List<String> columns,
            @Parameter(description = MeetingListParameters.BODY) @RequestParam(required = false) UUID bodyId,
            @Parameter(description = MeetingListParameters.CONTRACT) @RequestParam(required = false) UUID contractId,
            @Parameter(description = MeetingListParameters.STATUS) @RequestParam(required = false) MeetingStatus status,
            @Parameter(description = MeetingListParameters.FROM) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = MeetingListParameters.TO) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = MeetingListParameters.YEAR) @RequestParam(required = false) @Range(min = 1900, max = 2200) Integer year,
            @Parameter(description = MeetingListParameters.Q) @RequestParam(required = false) @Size(min = 2, max = 100) String q,
            @Parameter(description = MeetingListParameters.SORT) @RequestParam(required = false)
            @Pattern(regexp = MeetingFilter.SORT, message = MeetingListParameters.SORT_MESSAGE) String sort,
            HttpServletResponse response) throws IOException {
        MeetingFilter filter = new MeetingFilter(bodyId, contractId, status, from, to, year, q);
        // Checked before the first byte: a refusal must still be a clean problem.
        Meetings.requireExportable(filter, columns);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"governance-meetings.csv\"");
        meetings.export(filter, sort, columns, response.getWriter());
    }

    @GetMapping("/dormant-bodies")
    List<DormantBodyResponse> dormant() {
        return overview.dormantBodies().stream().map(d -> new DormantBodyResponse(d.body().id().value(), d.body().contractId(),
                d.body().kind().name(), d.body().name(), d.body().createdOn(), d.lastMetOn())).toList();
    }

    @GetMapping("/meetings/{id}")
    ResponseEntity<MeetingResponse> get(@PathVariable UUID id) {
        return response(id);
    }

    @PostMapping("/meetings/{id}/agenda")
    ResponseEntity<MeetingResponse> addItem(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody MeetingRequests.NewAgendaItem request) {
        meetings.addAgendaItem(id, IfMatch.version(ifMatch), request.title(), request.purpose(), request.contractId(),
                request.year(), request.minutesOfMeetingId());
        return response(id);
    }

    @PostMapping("/meetings/{id}/convocation")
    ResponseEntity<MeetingResponse> convene(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch) {
        meetings.convene(id, IfMatch.version(ifMatch));
        return response(id);
    }

    @PostMapping("/meetings/{id}/cancellation")
    ResponseEntity<MeetingResponse> cancel(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody MeetingRequests.Cancellation request) {
        meetings.cancel(id, IfMatch.version(ifMatch), request.reason());
        return response(id);
    }

    /** Records the meeting as held, with the attendance; answers whether the quorum was reached. */
    @PostMapping("/meetings/{id}/holding")
    ResponseEntity<MeetingResponse> hold(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody MeetingRequests.Holding request) {
        meetings.hold(id, IfMatch.version(ifMatch), request.heldOn(),
                request.attendance().stream().map(MeetingRequests.AttendanceBody::toLine).toList());
        return response(id);
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/decision")
    ResponseEntity<MeetingResponse> decide(@PathVariable UUID id, @PathVariable UUID itemId,
            @RequestHeader(IfMatch.HEADER) String ifMatch, @Valid @RequestBody MeetingRequests.Decision request) {
        meetings.decide(id, itemId, IfMatch.version(ifMatch), request.mode(), request.votes(),
                Boolean.TRUE.equals(request.proposal()), request.text());
        return response(id);
    }

    @PutMapping("/meetings/{id}/minutes")
    ResponseEntity<MeetingResponse> draftMinutes(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody MeetingRequests.Minutes request) {
        meetings.draftMinutes(id, IfMatch.version(ifMatch), request.text());
        return response(id);
    }

    /** The compte rendu as a Markdown document, to download or to print. */
    @GetMapping(value = "/meetings/{id}/minutes", produces = "text/markdown;charset=UTF-8")
    ResponseEntity<String> minutes(@PathVariable UUID id) {
        Meeting meeting = meetings.get(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"compte-rendu-" + id + ".md\"")
                .body(MinutesDocument.markdown(meeting, meetings.bodyOf(meeting)));
    }

    /** One read of each body, however many of its meetings are listed. */
    private List<MeetingResponse> responses(List<Meeting> found) {
        Map<UUID, Body> bodies = new HashMap<>();
        return found.stream().map(m -> MeetingResponse.of(m, bodies.computeIfAbsent(m.bodyId(), b -> meetings.bodyOf(m)))).toList();
    }

    private ResponseEntity<MeetingResponse> response(UUID id) {
        Meeting meeting = meetings.get(id);
        return ResponseEntity.ok().eTag(Long.toString(meeting.version()))
                .body(MeetingResponse.of(meeting, meetings.bodyOf(meeting)));
    }
}
