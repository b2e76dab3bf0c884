package fr.cls.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.notification.delivery.Channel;
import fr.cls.notification.delivery.DeliveryLog;
import fr.cls.notification.delivery.DeliveryStatus;
import fr.cls.notification.email.EmailOutbox;
import fr.cls.notification.email.MailTemplates;
import fr.cls.notification.inbox.Inbox;
import fr.cls.notification.inbox.Written;
import fr.cls.notification.person.Person;
import fr.cls.notification.setting.Language;
import fr.cls.notification.setting.NotificationSettings;
import fr.cls.notification.setting.TenantSettings;
import fr.cls.notification.subscription.Recipient;
import fr.cls.notification.subscription.SubscriptionChannel;
import fr.cls.notification.subscription.Subscriptions;
import fr.cls.notification.tracking.ContractState;
import fr.cls.notification.tracking.TrackedContract;

/**
 * Fans a notification out to the current tenant's subscribers, in the caller's transaction. The delivery row
 * (unique per event, channel and recipient) is written first: when it already exists, this recipient was
 * already told on that channel and nothing more happens. Emails are only queued here (sent after commit).
 */
@Service
public class Dispatcher {

    private final Subscriptions subscriptions;
    private final ContractState contracts;
    private final DeliveryLog deliveries;
    private final Inbox inbox;
    private final EmailOutbox emails;
    private final MailTemplates templates;
    private final NotificationSettings settings;
    private final Writer writer;
    private final Clock clock;

    Dispatcher(Subscriptions subscriptions, ContractState contracts, DeliveryLog deliveries, Inbox inbox,
            EmailOutbox emails, MailTemplates templates, NotificationSettings settings, Writer writer, Clock clock) {
        this.writer = writer;
        this.subscriptions = subscriptions;
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.emails = emails;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many deliveries were new */
    @Transactional(propagation = Propagation.MANDATORY)
    public int fanOut(Notification n) {
        List<Person> coordinators = contracts.find(n.contractId()).map(TrackedContract::coordinatorPeople).orElse(List.of());
        List<Recipient> recipients = subscriptions.recipients(n.topic(), n.contractId(), coordinators);
        if (recipients.isEmpty()) {
            return 0;
        }
        TenantSettings tenant = settings.current();
        Instant now = clock.instant();
        DeliveryLog.Attempt attempt = new DeliveryLog.Attempt(n.eventId(), n.eventType(), n.subject(), n.correlationId(),
                n.eventTime(), n.contractId());
        String sourceKey = n.eventId().toString();
        Map<Language, Written> written = new EnumMap<>(Language.class);
        int delivered = 0;
        for (Recipient r : recipients) {
            if (r.channel() == SubscriptionChannel.INBOX) {
                UUID id = deliveries.recordOnce(attempt, Channel.INBOX, r.person(), DeliveryStatus.SENT, "dans la boîte de réception", now);
                if (id != null) {
                    // Both languages are kept: the inbox answers in the reader's language of the day.
                    inbox.add(r.person(), sourceKey, n.topic().name(), n.contractId(), in(Language.FR, n, written),
                            in(Language.EN, n, written), now);
                    delivered++;
                }
            } else if (r.email() == null || r.email().isBlank()) {
                delivered += deliveries.recordOnce(attempt, Channel.EMAIL, r.person(), DeliveryStatus.FAILED,
                        "no email address known for this person", now) == null ? 0 : 1;
            } else {
                UUID id = deliveries.recordOnce(attempt, Channel.EMAIL, r.person(), DeliveryStatus.PENDING, null, now);
                if (id != null) {
                    Language language = r.language() == null ? tenant.language() : r.language();
                    Written text = in(language, n, written);
                    emails.enqueue(id, r.person(), r.email(), sourceKey,
                            templates.render(tenant, r.displayName(), language, text.title(), text.body()),
                            n.attachment() == null ? null : new EmailOutbox.File(n.attachment().fileName(),
                                    n.attachment().content()), now);
                    delivered++;
                }
            }
        }
        return delivered;
    }

    private Written in(Language language, Notification n, Map<Language, Written> written) {
        return written.computeIfAbsent(language, l -> writer.write(n.message(), l));
    }
}
