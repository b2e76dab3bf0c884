package fr.cls.notification.email;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.cls.notification.person.Person;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.tracing.TraceContexts;

/**
 * Emails to send, written in the fan-out's transaction (never sent inside it): once committed, the sender is
 * nudged for the tenant; the periodic run picks up whatever a nudge missed (a crash, a down SMTP server).
 */
@Service
public class EmailOutbox {

    private final JdbcTemplate jdbc;
    private final EmailSender sender;
    private final TraceContexts traces;

    EmailOutbox(JdbcTemplate jdbc, EmailSender sender, TraceContexts traces) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.traces = traces;
    }

    /** A PDF attached to the email, kept with it so that a retry sends the same one. */
    public record File(String name, byte[] content) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(UUID deliveryId, Person recipient, String address, String sourceKey, MailContent mail, Instant now) {
        enqueue(deliveryId, recipient, address, sourceKey, mail, null, now);
    }

    /** @param attachment null for none */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(UUID deliveryId, Person recipient, String address, String sourceKey, MailContent mail, File attachment,
            Instant now) {
        String tenant = TenantContext.require();
        jdbc.update("""
                insert into email_outbox (id, tenant_id, delivery_id, recipient_issuer, recipient, address, source_key,
                    subject_line, body_text, body_html, attachment_name, attachment, status, next_attempt_at, created_at,
                    traceparent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) on conflict on constraint email_outbox_once do nothing""",
                UUID.randomUUID(), tenant, deliveryId, recipient.issuer(), recipient.subject(), address, sourceKey, mail.subjectLine(), mail.text(),
                mail.html(), attachment == null ? null : attachment.name(), attachment == null ? null : attachment.content(),
                Timestamp.from(now), Timestamp.from(now), traces.currentTraceparent());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.nudge(tenant);
            }
        });
    }
}
