package fr.cls.notification.subscription;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;

/**
 * Subscribers of the current tenant and what they are told of. A subscriber appears the first time they call
 * the API (or from the demo seed) with the defaults of their roles; from then on their choices are theirs.
 */
@Service
public class Subscriptions {

    static final String RESOURCE = "subscriber";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    Subscriptions(JdbcTemplate jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** The caller's subscriptions; the first call materialises the defaults of their roles. */
    @Transactional
    public SubscriberView mine(Identity who) {
        String tenant = TenantContext.require();
        Timestamp now = Timestamp.from(clock.instant());
        int created = jdbc.update("""
                insert into subscriber (tenant_id, subject, email, display_name, roles, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, subject) do nothing""",
                tenant, who.subject(), who.email(), who.displayName(), String.join(",", who.roles()), now, now);
        if (created == 1) {
            write(tenant, who.subject(), RoleDefaults.of(who.roles()));
            audit.record("notification.subscriber-create", RESOURCE, who.subject(), null, null);
        } else {
            // The token is the source of truth for the address and roles; the choices stay the person's.
            jdbc.update("""
                    update subscriber set email = coalesce(?, email), display_name = coalesce(?, display_name), roles = ?,
                        updated_at = ? where tenant_id = ? and subject = ?""",
                    who.email(), who.displayName(), String.join(",", who.roles()), now, tenant, who.subject());
        }
        return view(tenant, who.subject());
    }

    /** Replaces all of the caller's subscriptions (an empty list: told of nothing). */
    @Transactional
    public SubscriberView replaceMine(Identity who, List<Choice> choices) {
        String tenant = TenantContext.require();
        mine(who);
        jdbc.update("delete from subscription where tenant_id = ? and subject = ?", tenant, who.subject());
        write(tenant, who.subject(), choices);
        audit.record("notification.subscriptions-replace", RESOURCE, who.subject(), null, null);
        return view(tenant, who.subject());
    }

    /** Every subscriber of the tenant, for its agents. */
    @Transactional(readOnly = true)
    public List<SubscriberView> ofTenant() {
        String tenant = TenantContext.require();
        return jdbc.queryForList("select subject from subscriber where tenant_id = ? order by subject", String.class, tenant)
                .stream().map(subject -> view(tenant, subject)).toList();
    }

    /**
     * Who of the current tenant is told of {@code topic} about {@code contractId}, per channel.
     *
     * @param coordinators the contract's coordinators (subjects), for {@link Scope#MINE}
     */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Topic topic, UUID contractId, Collection<String> coordinators) {
        String tenant = TenantContext.require();
        return jdbc.query("""
                select s.subject, s.email, s.display_name, s.roles, c.channel, c.scope, c.contract_id
                from subscription c join subscriber s on s.tenant_id = c.tenant_id and s.subject = c.subject
                where c.tenant_id = ? and c.topic = ? order by s.subject, c.channel""",
                (rs, i) -> {
                    Scope scope = Scope.valueOf(rs.getString("scope"));
                    boolean covered = switch (scope) {
                        case ALL -> true;
                        case ONE -> contractId != null && contractId.equals(rs.getObject("contract_id", UUID.class));
                        case MINE -> coordinators.contains(rs.getString("subject"));
                    };
                    if (RoleDefaults.coordinatorOnly(Arrays.asList(rs.getString("roles").split(",")))) {
                        // Whatever they chose: a coordinator hears only of the contracts they coordinate.
                        covered = covered && coordinators.contains(rs.getString("subject"));
                    }
                    return covered ? new Recipient(rs.getString("subject"), rs.getString("email"),
                            rs.getString("display_name"), SubscriptionChannel.valueOf(rs.getString("channel"))) : null;
                }, tenant, topic.name()).stream().filter(r -> r != null).toList();
    }

    private void write(String tenant, String subject, List<Choice> choices) {
        for (Choice c : choices) {
            jdbc.update("""
                    insert into subscription (tenant_id, subject, topic, channel, scope, contract_id) values (?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, subject, topic, channel) do update set scope = excluded.scope,
                        contract_id = excluded.contract_id""",
                    tenant, subject, c.topic().name(), c.channel().name(), c.scope().name(), c.contractId());
        }
    }

    private SubscriberView view(String tenant, String subject) {
        List<Choice> choices = jdbc.query("""
                select topic, channel, scope, contract_id from subscription where tenant_id = ? and subject = ?
                order by topic, channel""",
                (rs, i) -> new Choice(Topic.valueOf(rs.getString("topic")), SubscriptionChannel.valueOf(rs.getString("channel")),
                        Scope.valueOf(rs.getString("scope")), rs.getObject("contract_id", UUID.class)), tenant, subject);
        Map<String, Object> row = jdbc.queryForMap(
                "select email, display_name, roles from subscriber where tenant_id = ? and subject = ?", tenant, subject);
        String roles = (String) row.get("roles");
        return new SubscriberView(subject, (String) row.get("email"), (String) row.get("display_name"),
                roles.isEmpty() ? List.of() : Arrays.stream(roles.split(",")).collect(Collectors.toList()), choices);
    }
}
