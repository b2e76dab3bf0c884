package fr.cls.notification.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.notification.person.People;
import fr.cls.notification.person.Person;
import fr.cls.notification.setting.Language;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;

/**
 * A person's inbox within the current tenant: everything is looked up by (tenant, recipient issuer and subject);
 * items recorded without issuer are the subject's while the tenant trusts that one issuer alone.
 */
@Service
public class Inbox {

    /** In English when the item has its English text (items written before it was kept have none), else in French. */
    private static RowMapper<InboxItem> item(Language language) {
        return (rs, i) -> {
            boolean english = language == Language.EN && rs.getString("title_en") != null;
            return new InboxItem(rs.getObject("id", UUID.class), rs.getString("topic"), rs.getObject("contract_id", UUID.class),
                    rs.getString(english ? "title_en" : "title"), rs.getString(english ? "body_en" : "body"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant());
        };
    }

    private static final String MINE = " recipient = ? and (recipient_issuer = ? or (recipient_issuer is null and ?))";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final People people;

    Inbox(JdbcTemplate jdbc, Clock clock, People people) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.people = people;
    }

    /** Adds an item in the caller's transaction; the same source for the same person is added once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(Person recipient, String sourceKey, String topic, UUID contractId, Written french, Written english,
            Instant at) {
        jdbc.update("""
                insert into inbox_item (id, tenant_id, recipient_issuer, recipient, source_key, topic, contract_id, title, body,
                    title_en, body_en, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict on constraint inbox_item_once do nothing""",
                UUID.randomUUID(), TenantContext.require(), recipient.issuer(), recipient.subject(), sourceKey, topic,
                contractId, french.title(), french.body(), english.title(), english.body(), Timestamp.from(at));
    }

    @Transactional(readOnly = true)
    public Page<InboxItem> list(Person recipient, boolean unreadOnly, Pageable page, Language language) {
        String tenant = TenantContext.require();
        String unread = unreadOnly ? " and read_at is null" : "";
        boolean legacy = people.ownsRecordsWithoutIssuer(recipient);
        List<InboxItem> items = jdbc.query("select * from inbox_item where tenant_id = ? and" + MINE + unread
                + " order by created_at desc, id limit ? offset ?", item(language), tenant, recipient.subject(), recipient.issuer(),
                legacy, page.getPageSize(), page.getOffset());
        Long total = jdbc.queryForObject("select count(*) from inbox_item where tenant_id = ? and" + MINE + unread,
                Long.class, tenant, recipient.subject(), recipient.issuer(), legacy);
        return new PageImpl<>(items, page, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public long unreadCount(Person recipient) {
        Long count = jdbc.queryForObject(
                "select count(*) from inbox_item where tenant_id = ? and" + MINE + " and read_at is null", Long.class,
                TenantContext.require(), recipient.subject(), recipient.issuer(), people.ownsRecordsWithoutIssuer(recipient));
        return count == null ? 0 : count;
    }

    /** Marks the person's own item read (again: no change); anyone else's is not found. */
    @Transactional
    public InboxItem markRead(Person recipient, UUID id, Language language) {
        String tenant = TenantContext.require();
        boolean legacy = people.ownsRecordsWithoutIssuer(recipient);
        jdbc.update("update inbox_item set read_at = coalesce(read_at, ?) where tenant_id = ? and" + MINE + " and id = ?",
                Timestamp.from(clock.instant()), tenant, recipient.subject(), recipient.issuer(), legacy, id);
        return jdbc.query("select * from inbox_item where tenant_id = ? and" + MINE + " and id = ?", item(language), tenant,
                recipient.subject(), recipient.issuer(), legacy, id).stream().findFirst().orElseThrow(() -> new NotFoundException("inbox item", id));
    }
}
