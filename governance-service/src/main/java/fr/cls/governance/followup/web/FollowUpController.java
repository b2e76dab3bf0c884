package fr.cls.governance.followup.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

import fr.cls.governance.body.BodyId;
import fr.cls.governance.followup.FollowUp;
import fr.cls.governance.followup.FollowUpKind;
import fr.cls.governance.followup.FollowUpStatus;
import fr.cls.governance.followup.FollowUps;
import fr.cls.platform.web.IfMatch;

/** The follow-up of difficulties and actions. A status change takes {@code If-Match} with the item's version. */
@RestController
@RequestMapping("/api/v1/governance")
class FollowUpController {

    record NewFollowUp(UUID meetingId, @NotNull FollowUpKind kind, @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String owner, LocalDate dueOn) {
    }

    record StatusChange(@NotNull FollowUpStatus status) {
    }

    record FollowUpResponse(UUID id, UUID bodyId, UUID meetingId, String kind, String title, String owner, LocalDate dueOn,
            String status, boolean overdue, LocalDate openedOn, LocalDate closedOn, long version) {

        static FollowUpResponse of(FollowUp i, LocalDate today) {
            return new FollowUpResponse(i.id(), i.bodyId(), i.meetingId(), i.kind().name(), i.title(), i.ownerName(), i.dueOn(),
                    i.status().name(), i.overdue(today), i.openedOn(), i.closedOn(), i.version());
        }
    }

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/follow-ups")
    List<FollowUpResponse> list(@RequestParam(required = false) UUID bodyId, @RequestParam(required = false) FollowUpStatus status,
            @RequestParam(defaultValue = "false") boolean overdue) {
        LocalDate today = followUps.today();
        return followUps.list(bodyId, status, overdue).stream().map(i -> FollowUpResponse.of(i, today)).toList();
    }

    /** One item with its version (ETag), to move it with If-Match. */
    @GetMapping("/follow-ups/{id}")
    ResponseEntity<FollowUpResponse> get(@PathVariable UUID id) {
        FollowUp item = followUps.get(id);
        return ResponseEntity.ok().eTag(Long.toString(item.version())).body(FollowUpResponse.of(item, followUps.today()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/bodies/{bodyId}/follow-ups")
    ResponseEntity<FollowUpResponse> open(@PathVariable UUID bodyId, @Valid @RequestBody NewFollowUp request) {
        FollowUp item = followUps.open(new BodyId(bodyId), request.meetingId(), request.kind(), request.title(),
                request.owner(), request.dueOn());
        return ResponseEntity.created(URI.create("/api/v1/governance/follow-ups/" + item.id()))
                .eTag(Long.toString(item.version())).body(FollowUpResponse.of(item, followUps.today()));
    }

    @PutMapping("/follow-ups/{id}/status")
    ResponseEntity<FollowUpResponse> move(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody StatusChange request) {
        FollowUp item = followUps.move(id, IfMatch.version(ifMatch), request.status());
        return ResponseEntity.ok().eTag(Long.toString(item.version())).body(FollowUpResponse.of(item, followUps.today()));
    }
}
