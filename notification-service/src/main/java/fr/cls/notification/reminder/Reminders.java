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
import fr.cls.notification.dispatch.FrenchFormat;
import fr.cls.notification.dispatch.Notification;
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
            String title = contracts.find(m.contractId()).map(TrackedContract::title).orElse(null);
            sent += remind("COPIL", m.meetingId().toString(), m.scheduledOn(), Topic.REMINDER_COPIL, m.contractId(),
                    "Rappel : " + m.bodyName() + " le " + FrenchFormat.date(m.scheduledOn()),
                    "La réunion du " + m.bodyName() + " (" + m.bodyKind() + ")"
                            + (title == null ? "" : " du contrat " + FrenchFormat.quoted(title)) + " se tiendra le "
                            + FrenchFormat.date(m.scheduledOn()) + (m.place() == null ? "" : ", lieu : " + m.place())
                            + ". Pensez à préparer les documents de séance.");
        }
        LocalDate horizon = today.plusMonths(s.endOfTermMonths());
        for (TrackedContract c : contracts.ownInForce()) {
            if (c.endDate() != null && !c.endDate().isBefore(today) && !c.endDate().isAfter(horizon)) {
                sent += remind("CONTRACT_END", c.contractId().toString(), c.endDate(), Topic.REMINDER_END_OF_TERM, c.contractId(),
                        "Fin du contrat " + FrenchFormat.quoted(c.title()) + " le " + FrenchFormat.date(c.endDate()),
                        "Le contrat " + FrenchFormat.quoted(c.title()) + " arrive à échéance le " + FrenchFormat.date(c.endDate())
                                + ". Pensez à son évaluation et à son éventuel renouvellement.");
            }
        }
        for (FollowUps.Convention c : followUps.conventionsEndingBetween(today, horizon)) {
            String title = contracts.find(c.contractId()).map(TrackedContract::title).orElse(null);
            sent += remind("CONVENTION_END", c.conventionId().toString(), c.validUntil(), Topic.REMINDER_END_OF_TERM,
                    c.contractId(), "Fin de la convention financière " + FrenchFormat.quoted(title) + " le " + FrenchFormat.date(c.validUntil()),
                    "La convention financière du contrat " + FrenchFormat.quoted(title) + " (bénéficiaire : " + c.beneficiary()
                            + ") arrive à échéance le " + FrenchFormat.date(c.validUntil()) + ".");
        }
        for (FollowUps.WaitingRequest r : followUps.waitingSince(today.minusDays(s.requestWaitingDays()))) {
            sent += remind("REQUEST_WAITING", r.requestId().toString(), r.submittedOn().plusDays(s.requestWaitingDays()),
                    Topic.REMINDER_REQUEST_WAITING, r.contractId(),
                    "Demande de financement en attente d'instruction : " + FrenchFormat.quoted(r.contractTitle()),
                    "La demande de financement du contrat " + FrenchFormat.quoted(r.contractTitle()) + " reçue le "
                            + FrenchFormat.date(r.submittedOn()) + " attend son instruction depuis plus de "
                            + s.requestWaitingDays() + " jours.");
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
                sent += remind("ANNUAL_REPORT", c.contractId().toString(), due, Topic.REMINDER_ANNUAL_REPORT, c.contractId(),
                        "Bilan annuel " + year + " attendu pour le " + FrenchFormat.date(due),
                        "Le bilan annuel " + year + " du contrat " + FrenchFormat.quoted(c.title()) + " est attendu pour le "
                                + FrenchFormat.date(due) + ".");
            }
        }
        return sent;
    }

    /** @return 1 if this reminder went out now, 0 if it already had */
    private int remind(String kind, String ref, LocalDate due, Topic topic, UUID contractId, String title, String body) {
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
                now, topic, contractId, title, body));
        return 1;
    }
}
