package fr.cls.notification.reminder;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.notification.dispatch.Dispatcher;
import fr.cls.notification.dispatch.Message;
import fr.cls.notification.dispatch.Notification;
import fr.cls.notification.dispatch.Text;
import fr.cls.notification.dispatch.Text.Title;
import fr.cls.notification.setting.NotificationSettings;
import fr.cls.notification.setting.TenantSettings;
import fr.cls.notification.subscription.Topic;
import fr.cls.notification.tracking.ContractState;
import fr.cls.notification.tracking.FollowUps;
import fr.cls.notification.tracking.TrackedContract;
import fr.cls.platform.context.TenantContext;

/**
 * The current tenant's reminders due today. Each goes out once: its {@code reminder_sent} row (tenant, kind,
 * what, due date) is inserted in the same transaction as its fan-out, so a second run (or a second instance)
 * finds it and does nothing; a transaction-scoped advisory lock keeps two instances from even trying at once.
 */
@Service
class Reminders {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NotificationSettings settings;
    private final FollowUps followUps;
    private final ContractState contracts;
    private final Dispatcher dispatcher;

    Reminders(JdbcTemplate jdbc, Clock clock, NotificationSettings settings, FollowUps followUps, ContractState contracts,
            Dispatcher dispatcher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.followUps = followUps;
        this.contracts = contracts;
        this.dispatcher = dispatcher;
    }

    /** @return how many reminders went out */
    @Transactional
    public int sendDue() {
        String tenant = TenantContext.require();
        Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class,
                "cls.notification.reminders:" + tenant);
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        TenantSettings s = settings.current();
        int sent = 0;
        for (FollowUps.Meeting m : followUps.meetingsBetween(today, today.plusDays(s.copilDaysBefore()))) {
            Text ofContract = contracts.find(m.contractId()).map(TrackedContract::title)
                    .map(t -> Text.of("notification.value.of-contract", new Title(t))).orElse(null);
            Text place = m.place() == null ? null : Text.of("notification.value.place", m.place());
            sent += remind("COPIL", m.meetingId().toString(), m.scheduledOn(), Topic.REMINDER_COPIL, m.contractId(), Message.of(
                    Text.of("notification.reminder.copil.title", m.bodyName(), m.scheduledOn()),
                    Text.of("notification.reminder.copil.body", m.bodyName(), m.bodyKind(), ofContract, m.scheduledOn(), place)));
        }
        LocalDate horizon = today.plusMonths(s.endOfTermMonths());
        for (TrackedContract c : contracts.ownInForce()) {
            if (c.endDate() != null && !c.endDate().isBefore(today) && !c.endDate().isAfter(horizon)) {
                Title title = new Title(c.title());
                sent += remind("CONTRACT_END", c.contractId().toString(), c.endDate(), Topic.REMINDER_END_OF_TERM, c.contractId(),
                        Message.of(Text.of("notification.reminder.contract-end.title", title, c.endDate()),
                                Text.of("notification.reminder.contract-end.body", title, c.endDate())));
            }
        }
        for (FollowUps.Convention c : followUps.conventionsEndingBetween(today, horizon)) {
            Title title = new Title(contracts.find(c.contractId()).map(TrackedContract::title).orElse(null));
            sent += remind("CONVENTION_END", c.conventionId().toString(), c.validUntil(), Topic.REMINDER_END_OF_TERM,
                    c.contractId(), Message.of(Text.of("notification.reminder.convention-end.title", title, c.validUntil()),
                            Text.of("notification.reminder.convention-end.body", title, c.beneficiary(), c.validUntil())));
        }
        for (FollowUps.WaitingRequest r : followUps.waitingSince(today.minusDays(s.requestWaitingDays()))) {
            Title title = new Title(r.contractTitle());
            sent += remind("REQUEST_WAITING", r.requestId().toString(), r.submittedOn().plusDays(s.requestWaitingDays()),
                    Topic.REMINDER_REQUEST_WAITING, r.contractId(), Message.of(
                            Text.of("notification.reminder.request-waiting.title", title),
                            Text.of("notification.reminder.request-waiting.body", title, r.submittedOn(),
                                    String.valueOf(s.requestWaitingDays()))));
        }
        sent += annualReports(today, s);
        return sent;
    }

    private int annualReports(LocalDate today, TenantSettings s) {
        LocalDate due = LocalDate.of(today.getYear(), s.annualReportDueMonth(), s.annualReportDueDay());
        if (today.isBefore(due.minusDays(s.annualReportDaysBefore())) || today.isAfter(due)) {
            return 0;
        }
        int year = today.getYear() - 1;
        int sent = 0;
        for (TrackedContract c : contracts.ownInForce()) {
            boolean coversYear = c.startDate() != null && c.startDate().getYear() <= year;
            if (coversYear && !followUps.annualReportIn(c.contractId(), year)) {
                String y = String.valueOf(year);
                sent += remind("ANNUAL_REPORT", c.contractId().toString(), due, Topic.REMINDER_ANNUAL_REPORT, c.contractId(),
                        Message.of(Text.of("notification.reminder.annual-report.title", y, due),
                                Text.of("notification.reminder.annual-report.body", y, new Title(c.title()), due)));
            }
        }
        return sent;
    }

    /** @return 1 if this reminder went out now, 0 if it already had */
    private int remind(String kind, String ref, LocalDate due, Topic topic, UUID contractId, Message message) {
        String tenant = TenantContext.require();
        Instant now = clock.instant();
        int inserted = jdbc.update("""
                insert into reminder_sent (tenant_id, kind, ref, due_on, sent_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""", tenant, kind, ref, Date.valueOf(due), Timestamp.from(now));
        if (inserted == 0) {
            return 0;
        }
        UUID id = UUID.nameUUIDFromBytes(("reminder:" + tenant + ":" + kind + ":" + ref + ":" + due).getBytes(StandardCharsets.UTF_8));
        dispatcher.fanOut(new Notification(id, "cls.notification.reminder." + kind.toLowerCase().replace('_', '-'), ref, null,
                now, topic, contractId, message));
        return 1;
    }
}
