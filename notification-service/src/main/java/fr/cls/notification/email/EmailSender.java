package fr.cls.notification.email;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.notification.delivery.DeliveryLog;
import fr.cls.notification.delivery.DeliveryStatus;
import fr.cls.notification.setting.NotificationSettings;
import fr.cls.notification.setting.TenantSettings;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.context.TenantJobs;
import fr.cls.platform.outbound.OutboundFailures;
import fr.cls.platform.tracing.TraceContexts;

/**
 * Sends the pending emails of a tenant, the emails of one event (or reminder) per transaction. Rows are claimed
 * with {@code for update skip locked}, so several instances never send the same email; the SMTP server's reply (or
 * error) goes to the delivery log. At least once: a crash after the SMTP server accepted an email and before the
 * commit sends it again (with the rest of its event's), with the same Message-ID ({@link MessageIds}). A failed
 * email is retried with a growing delay, at most {@code max-attempts} times, then marked FAILED.
 */
@Component
class EmailSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final JavaMailSenderImpl mail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DeliveryLog deliveries;
    private final NotificationSettings settings;
    private final TenantJobs jobs;
    private final Clock clock;
    private final String defaultFrom;
    private final int maxAttempts;
    private final Duration retryDelay;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "email-sender"));
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final EmailQueueFigures figures;
    private final TraceContexts traces;

    EmailSender(JavaMailSenderImpl mail, JdbcTemplate jdbc, TransactionTemplate tx, DeliveryLog deliveries,
            NotificationSettings settings, TenantJobs jobs, Clock clock, EmailQueueFigures figures, TraceContexts traces,
            @Value("${cls.notifications.mail-from:${CLS_MAIL_FROM:notifications@cls.local}}") String defaultFrom,
            @Value("${cls.notifications.email.max-attempts:5}") int maxAttempts,
            @Value("${cls.notifications.email.retry-delay:PT1M}") Duration retryDelay) {
        this.mail = mail;
        this.jdbc = jdbc;
        this.tx = tx;
        this.deliveries = deliveries;
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
        this.defaultFrom = defaultFrom;
        this.maxAttempts = maxAttempts;
        this.retryDelay = retryDelay;
        this.figures = figures;
        this.traces = traces;
        CachedTypesMessageHelper.nameStreamProvider();
    }

    /** Sends the tenant's pending emails soon, on the sender's thread; nudges arriving meanwhile coalesce. */
    void nudge(String tenant) {
        if (queued.add(tenant)) {
            executor.execute(() -> {
                queued.remove(tenant);
                try {
                    TenantContext.callAs(tenant, this::sendPending);
                } catch (RuntimeException e) {
                    log.warn("sending the pending emails of {} failed; the periodic run retries", tenant, e);
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${cls.notifications.email.poll-interval:PT15S}",
            initialDelayString = "${cls.notifications.email.poll-interval:PT15S}")
    void sendAllPending() {
        AtomicReference<EmailQueueFigures.Tally> tally = new AtomicReference<>(new EmailQueueFigures.Tally(0, null));
        jobs.forEachTenant("email-sender", tenant -> {
            sendPending();
            // Counted here, under the tenant, because the queue is under row-level security.
            tx.executeWithoutResult(status -> jdbc.query(
                    "select count(*), min(created_at) from email_outbox where tenant_id = ? and status = 'PENDING'",
                    rs -> {
                        Timestamp oldest = rs.getTimestamp(2);
                        tally.set(tally.get().plus(rs.getLong(1), oldest == null ? null : oldest.toInstant()));
                    }, tenant.id()));
        });
        figures.publish(tally.get());
    }

    /** @return how many emails were sent for the current tenant */
    int sendPending() {
        Set<UUID> tried = new HashSet<>();
        int sent = 0;
        Run run;
        try (SmtpSession smtp = new SmtpSession(mail)) {
            while ((run = tx.execute(status -> sendNextEvent(tried, smtp))).tried() > 0) {
                sent += run.sent();
            }
        }
        return sent;
    }

    /**
     * Claims, sends and marks the due emails of one event (the next due email and those queued with it for the other
     * recipients) in one short transaction: between the SMTP server's acceptances and the commit there are only the
     * updates of those rows, so a crash resends at most these emails, each to a different recipient and with the same
     * Message-ID. One commit per event rather than per email. An email tried in this run already (a retry due at
     * once) waits for the next run.
     */
    private Run sendNextEvent(Set<UUID> tried, SmtpSession smtp) {
        String tenant = TenantContext.require();
        Instant now = clock.instant();
        // One statement: the next due email (locked first), then the others queued with it for the same event.
        List<Pending> batch = jdbc.query("""
                with head as (
                    select source_key from email_outbox
                    where tenant_id = ? and status = 'PENDING' and next_attempt_at <= ?
                    order by next_attempt_at limit 1 for update skip locked)
                """ + SELECT_PENDING + """
                where tenant_id = ? and status = 'PENDING' and next_attempt_at <= ?
                    and source_key = (select source_key from head)
                order by next_attempt_at, id for update skip locked""", PENDING, tenant, Timestamp.from(now), tenant,
                Timestamp.from(now));
        int triedNow = 0;
        int sent = 0;
        for (Pending p : batch) {
            if (tried.add(p.id())) {
                triedNow++;
                // Sent in a span continuing the trace of the event that queued the email (its traceparent is in the message).
                Outcome outcome = traces.continueTrace(p.traceparent(), "email send", () -> attempt(tenant, p, now, smtp));
                sent += outcome == Outcome.SENT ? 1 : 0;
            }
        }
        return new Run(triedNow, sent);
    }

    private Outcome attempt(String tenant, Pending p, Instant now, SmtpSession smtp) {
        int attempts = p.attempts() + 1;
        try {
            String reply = send(tenant, settings.current(), p, smtp);
            jdbc.update("update email_outbox set status = 'SENT', attempts = ?, last_result = ?, sent_at = ? where id = ?",
                    attempts, reply, Timestamp.from(now), p.id());
            deliveries.outcome(p.deliveryId(), DeliveryStatus.SENT, reply, now);
            return Outcome.SENT;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            boolean last = attempts >= maxAttempts;
            jdbc.update("""
                    update email_outbox set status = ?, attempts = ?, last_result = ?, next_attempt_at = ? where id = ?""",
                    last ? "FAILED" : "PENDING", attempts, error, Timestamp.from(now.plus(retryDelay.multipliedBy(attempts))),
                    p.id());
            // The delivery log is shown to users: a fixed phrase, not the mail server's address or error text.
            deliveries.outcome(p.deliveryId(), last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, shown(e), now);
            log.warn("email {} to {} not sent (attempt {}/{}): {}", p.id(), p.address(), attempts, maxAttempts, error);
            return Outcome.NOT_SENT;
        }
    }

    private static String shown(Exception e) {
        if (e instanceof AddressException) {
            return "not sent: invalid email address";
        }
        return e instanceof SendFailedException ? "not sent: address refused by the mail server"
                : "not sent: mail server " + OutboundFailures.classify(e);
    }

    /** @return the SMTP server's reply to the message */
    private String send(String tenant, TenantSettings sender, Pending p, SmtpSession smtp)
            throws MessagingException, UnsupportedEncodingException {
        // The default sender's domain, not the tenant's: a changed setting must not change a resent email's id.
        MimeMessage message = new StableIdMimeMessage(mail.getSession(),
                MessageIds.of(tenant, p.sourceKey(), p.recipientIssuer(), p.recipient(), defaultFrom));
        MimeMessageHelper helper = new CachedTypesMessageHelper(message, "UTF-8");
        helper.setFrom(sender.mailFrom() == null ? defaultFrom : sender.mailFrom(), sender.tenantName());
        helper.setTo(p.address());
        helper.setSubject(p.subjectLine());
        helper.setText(p.text(), p.html());
        String traceparent = traces.currentTraceparent();
        if (traceparent != null) {
            message.setHeader(TraceContexts.TRACEPARENT, traceparent);
        }
        if (p.attachmentName() != null) {
            // Only generated PDFs are attached (EmailOutbox.File from a notification's Attachment).
            helper.addAttachment(p.attachmentName(), new org.springframework.core.io.ByteArrayResource(p.attachment()),
                    "application/pdf");
        }
        message.saveChanges();
        return smtp.send(message);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static final String SELECT_PENDING = """
            select id, delivery_id, source_key, recipient_issuer, recipient, address, subject_line, body_text,
                body_html, attempts, traceparent, attachment_name, attachment from email_outbox
            """;

    private static final RowMapper<Pending> PENDING = (rs, i) -> new Pending(rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11), rs.getString(12),
            rs.getBytes(13));

    private record Pending(UUID id, UUID deliveryId, String sourceKey, String recipientIssuer, String recipient,
            String address, String subjectLine, String text, String html, int attempts, String traceparent,
            String attachmentName, byte[] attachment) {
    }

    private record Run(int tried, int sent) {
    }

    private enum Outcome { SENT, NOT_SENT }
}
