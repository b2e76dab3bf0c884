package fr.cls.governance.meeting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import fr.cls.governance.meeting.AgendaPurpose;
import fr.cls.governance.meeting.AttendanceLine;
import fr.cls.governance.meeting.AttendanceStatus;
import fr.cls.governance.meeting.DecisionMode;
import fr.cls.governance.meeting.VoteCount;

/** Bodies of the meeting writes; a missing or malformed field answers 400 naming it. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    record NewMeeting(@NotNull LocalDate scheduledOn, @NotBlank @Size(max = 300) String place) {
    }

    /**
     * @param contractId optional: the contract the item is about, which must be the body's
     * @param year for a programming or an annual report
     * @param minutesOfMeetingId for APPROVE_MINUTES
     */
    record NewAgendaItem(@NotBlank @Size(max = 300) String title, @NotNull AgendaPurpose purpose, UUID contractId,
            @Range(min = 2000, max = 2100) Integer year, UUID minutesOfMeetingId) {
    }

    record Cancellation(@NotBlank @Size(max = 1000) String reason) {
    }

    record AttendanceBody(@NotNull UUID memberId, @NotNull AttendanceStatus status, UUID proxyHolderId) {

        AttendanceLine toLine() {
            return new AttendanceLine(memberId, status, proxyHolderId);
        }
    }

    /** @param heldOn defaults to today */
    record Holding(LocalDate heldOn, @NotNull @Size(max = 500) List<@Valid @NotNull AttendanceBody> attendance) {
    }

    /** @param proposal a COTECH proposing a validation to the COPIL */
    record Decision(@NotNull DecisionMode mode, @PositiveOrZero Integer votesFor, @PositiveOrZero Integer votesAgainst,
            @PositiveOrZero Integer abstentions, Boolean proposal, @Size(max = 5000) String text) {

        VoteCount votes() {
            return new VoteCount(votesFor, votesAgainst, abstentions);
        }
    }

    record Minutes(@NotBlank @Size(max = 100_000) String text) {
    }
}
