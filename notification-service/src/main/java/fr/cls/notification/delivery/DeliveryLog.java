package fr.cls.notification.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.notification.person.People;
import fr.cls.notification.person.Person;
import fr.cls.platform.context.TenantContext;

/** The current tenant's delivery log: read it, and record each delivery (once) and what became of it. */
@Service
public class DeliveryLog {

    private final DeliveryRepository repository;
    private final JdbcTemplate jdbc;
    private final People people;

    DeliveryLog(DeliveryRepository repository, JdbcTemplate jdbc, People people) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Page<Delivery> find(DeliveryFilter filter, Pageable pageable) {
        String tenant = TenantContext.require();
        boolean sentToWithoutIssuer = filter.sentTo() != null && people.ownsRecordsWithoutIssuer(filter.sentTo());
        Specification<Delivery> where = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.equal(root.get("tenantId"), tenant));
            if (filter.channel() != null) {
                p.add(cb.equal(root.get("channel"), filter.channel()));
            }
            if (filter.status() != null) {
                p.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.recipient() != null) {
                p.add(cb.equal(root.get("recipient"), filter.recipient()));
            }
            if (filter.sentTo() != null) {
                p.add(cb.equal(root.get("recipient"), filter.sentTo().subject()));
                Predicate sameIssuer = filter.sentTo().issuer() == null ? cb.disjunction()
                        : cb.equal(root.get("recipientIssuer"), filter.sentTo().issuer());
                p.add(sentToWithoutIssuer ? cb.or(sameIssuer, cb.isNull(root.get("recipientIssuer"))) : sameIssuer);
            }
            if (filter.subject() != null) {
                p.add(cb.equal(root.get("subject"), filter.subject()));
            }
            if (filter.contractId() != null) {
                p.add(cb.equal(root.get("contractId"), filter.contractId()));
            }
            if (filter.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("recordedAt"), filter.from()));
            }
            if (filter.to() != null) {
                p.add(cb.lessThan(root.get("recordedAt"), filter.to()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        return repository.findAll(where, pageable);
    }

    /**
     * Records that an event was received (the LOG channel, no recipient), in the caller's transaction, without
     * reading first: the consumer's inbox already makes it once per event (a JPA save of a new entity with its id
     * set read the row before inserting it: 8 % of the service's CPU under creations).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReceived(Attempt a, Instant now) {
        insert(a, Channel.LOG, null, null, DeliveryStatus.RECORDED, null, now);
    }

    /**
     * Records a delivery of an event to a recipient on a channel, in the caller's transaction, unless it was
     * already recorded: the unique key (tenant, event, channel, recipient issuer and subject) is what makes a
     * redelivery a no-op.
     *
     * @return the new delivery's id, or null when this delivery already exists
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID recordOnce(Attempt a, Channel channel, Person recipient, DeliveryStatus status, String result, Instant now) {
        return insert(a, channel, recipient.issuer(), recipient.subject(), status, result, now);
    }

    /** @return the new row's id, or null when the (tenant, event, channel, recipient) row exists; never for LOG rows */
    private UUID insert(Attempt a, Channel channel, String recipientIssuer, String recipient, DeliveryStatus status,
            String result, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.update("""
                insert into delivery (id, tenant_id, event_id, event_type, subject, correlation_id, channel, recipient_issuer,
                    recipient, status, event_time, recorded_at, contract_id, result, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, event_id, channel, recipient_issuer, recipient) where recipient is not null do nothing""",
                id, TenantContext.require(), a.eventId(), a.eventType(), a.subject(), a.correlationId(), channel.name(),
                recipientIssuer, recipient, status.name(), Timestamp.from(a.eventTime()), Timestamp.from(now), a.contractId(), result,
                status == DeliveryStatus.SENT ? Timestamp.from(now) : null);
        return inserted == 1 ? id : null;
    }

    /** What the channel answered, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void outcome(UUID deliveryId, DeliveryStatus status, String result, Instant at) {
        jdbc.update("update delivery set status = ?, result = ?, sent_at = ? where id = ? and tenant_id = ?",
                status.name(), result, status == DeliveryStatus.SENT ? Timestamp.from(at) : null, deliveryId,
                TenantContext.require());
    }

    /** What a delivery is about: an event, or a reminder (with a stable id derived from its key). */
    public record Attempt(UUID eventId, String eventType, String subject, String correlationId, Instant eventTime,
            UUID contractId) {
    }
}
