package fr.cls.notification.tracking;

import static fr.cls.notification.tracking.ContractState.date;
import static fr.cls.notification.tracking.ContractState.local;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.context.TenantContext;

/** The dated things reminders are computed from, for the current tenant. */
@Service
public class FollowUps {

    private final JdbcTemplate jdbc;

    FollowUps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void meeting(UUID meetingId, UUID contractId, String bodyKind, String bodyName, LocalDate scheduledOn, String place) {
        jdbc.update("""
                insert into tracked_meeting (tenant_id, meeting_id, contract_id, body_kind, body_name, scheduled_on, place)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, meeting_id) do update set scheduled_on = excluded.scheduled_on, place = excluded.place""",
                TenantContext.require(), meetingId, contractId, bodyKind, bodyName, date(scheduledOn), place);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void convention(UUID conventionId, UUID contractId, String beneficiary, LocalDate validUntil) {
        jdbc.update("""
                insert into tracked_convention (tenant_id, convention_id, contract_id, beneficiary, valid_until)
                values (?, ?, ?, ?, ?) on conflict (tenant_id, convention_id) do update set valid_until = excluded.valid_until""",
                TenantContext.require(), conventionId, contractId, beneficiary, date(validUntil));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void conventionCancelled(UUID conventionId) {
        jdbc.update("delete from tracked_convention where tenant_id = ? and convention_id = ?", TenantContext.require(),
                conventionId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void requestWaiting(UUID requestId, UUID contractId, String contractTitle, LocalDate submittedOn) {
        jdbc.update("""
                insert into tracked_request (tenant_id, request_id, contract_id, contract_title, submitted_on, status)
                values (?, ?, ?, ?, ?, 'WAITING') on conflict (tenant_id, request_id) do nothing""",
                TenantContext.require(), requestId, contractId, contractTitle, date(submittedOn));
    }

    /** Taken into instruction, withdrawn or decided: no longer waiting. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requestMoved(UUID requestId) {
        jdbc.update("update tracked_request set status = 'DONE' where tenant_id = ? and request_id = ?",
                TenantContext.require(), requestId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void annualReportSubmitted(UUID contractId, int year, LocalDate submittedOn) {
        jdbc.update("""
                insert into tracked_annual_report (tenant_id, contract_id, year, submitted_on) values (?, ?, ?, ?)
                on conflict (tenant_id, contract_id, year) do nothing""", TenantContext.require(), contractId, year,
                date(submittedOn));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean annualReportIn(UUID contractId, int year) {
        Integer n = jdbc.queryForObject("select count(*) from tracked_annual_report where tenant_id = ? and contract_id = ? and year = ?",
                Integer.class, TenantContext.require(), contractId, year);
        return n != null && n > 0;
    }

    /** Meetings on or after {@code from} and no later than {@code until}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Meeting> meetingsBetween(LocalDate from, LocalDate until) {
        return jdbc.query("""
                select * from tracked_meeting where tenant_id = ? and scheduled_on between ? and ? order by scheduled_on""",
                (rs, i) -> new Meeting(rs.getObject("meeting_id", UUID.class), rs.getObject("contract_id", UUID.class),
                        rs.getString("body_kind"), rs.getString("body_name"), local(rs.getDate("scheduled_on")),
                        rs.getString("place")), TenantContext.require(), date(from), date(until));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<Convention> conventionsEndingBetween(LocalDate from, LocalDate until) {
        return jdbc.query("""
                select * from tracked_convention where tenant_id = ? and valid_until between ? and ? order by valid_until""",
                (rs, i) -> new Convention(rs.getObject("convention_id", UUID.class), rs.getObject("contract_id", UUID.class),
                        rs.getString("beneficiary"), local(rs.getDate("valid_until"))), TenantContext.require(), date(from),
                date(until));
    }

    /** Requests still waiting that were submitted on or before {@code submittedBy}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WaitingRequest> waitingSince(LocalDate submittedBy) {
        return jdbc.query("""
                select * from tracked_request where tenant_id = ? and status = 'WAITING' and submitted_on <= ?
                order by submitted_on""",
                (rs, i) -> new WaitingRequest(rs.getObject("request_id", UUID.class), rs.getObject("contract_id", UUID.class),
                        rs.getString("contract_title"), local(rs.getDate("submitted_on"))), TenantContext.require(),
                date(submittedBy));
    }

    public record Meeting(UUID meetingId, UUID contractId, String bodyKind, String bodyName, LocalDate scheduledOn,
            String place) {
    }

    public record Convention(UUID conventionId, UUID contractId, String beneficiary, LocalDate validUntil) {
    }

    public record WaitingRequest(UUID requestId, UUID contractId, String contractTitle, LocalDate submittedOn) {
    }
}
