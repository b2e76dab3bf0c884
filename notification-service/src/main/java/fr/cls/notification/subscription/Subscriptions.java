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

import fr.cls.notification.person.People;
import fr.cls.notification.person.Person;
import fr.cls.notification.setting.Language;
import fr.cls.notification.tracking.ContractState;
import fr.cls.notification.tracking.TrackedContract;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.Actor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.tenancy.TenantDirectory;

/**
 * Subscribers of the current tenant and what they are told of. A subscriber is a person (issuer and subject) and
 * appears the first time they call the API (or from the demo seed) with the defaults of their roles; from then on
 * their choices are theirs.
 */
@Service
public class Subscriptions {

    static final String RESOURCE = "subscriber";
    private static final String PERSON = "tenant_id = ? and subject = ? and issuer is not distinct from ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final People people;
    private final ContractState contracts;
    private final TenantDirectory tenants;

    Subscriptions(JdbcTemplate jdbc, Clock clock, AuditTrail audit, People people, ContractState contracts,
            TenantDirectory tenants) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.people = people;
        this.contracts = contracts;
        this.tenants = tenants;
    }

    /** The caller's subscriptions; the first call materialises the defaults of their roles. */
    @Transactional
    public SubscriberView mine(Identity who) {
        String tenant = TenantContext.require();
        Person person = who.person();
        Timestamp now = Timestamp.from(clock.instant());
        adoptRecordWithoutIssuer(tenant, person);
        int created = jdbc.update("""
                insert into subscriber (tenant_id, issuer, subject, email, display_name, roles, language, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict on constraint subscriber_person do nothing""",
                tenant, person.issuer(), person.subject(), who.email(), who.displayName(), String.join(",", who.roles()),
                tag(who.language()), now, now);
        if (created == 1) {
            write(tenant, person, RoleDefaults.of(who.roles()));
            audit.record("notification.subscriber-create", RESOURCE, person.subject(), null, null);
        } else {
            // The token is the source of truth for the address and roles; the choices stay the person's.
            jdbc.update("update subscriber set email = coalesce(?, email), display_name = coalesce(?, display_name), roles = ?,"
                    + " language = coalesce(?, language), updated_at = ? where " + PERSON,
                    who.email(), who.displayName(), String.join(",", who.roles()), tag(who.language()), now, tenant,
                    person.subject(), person.issuer());
        }
        return view(tenant, person);
    }

    /**
     * Replaces all of the caller's subscriptions (an empty list: told of nothing), from the version the caller read:
     * subscriptions keep no version column, it is computed from what they are ({@link Versions#versionOf}).
     */
    @Transactional
    public SubscriberView replaceMine(Identity who, Long seenVersion, List<Choice> choices) {
        String tenant = TenantContext.require();
        Person person = who.person();
        choices.stream().filter(c -> c.scope() == Scope.ONE).forEach(c -> requireVisible(who, c.contractId()));
        // In the transaction: a refused change (412/428) leaves no subscriber created on the way.
        Versions.check("your subscriptions", Versions.versionOf(mine(who)), seenVersion);
        jdbc.update("delete from subscription where " + PERSON, tenant, person.subject(), person.issuer());
        write(tenant, person, choices);
        audit.record("notification.subscriptions-replace", RESOURCE, person.subject(), null, null);
        return view(tenant, person);
    }

    /**
     * A subscription to one contract names a contract the subscriber may see: one this tenant knows (its own or one
     * it takes part in, from the owner's profile) and, for a confined coordinator, one they coordinate. Anything else
     * answers 404, as the contract itself would.
     */
    private void requireVisible(Identity who, UUID contractId) {
        Actor actor = new Actor(who.issuer(), who.subject(), who.roles());
        contracts.find(contractId)
                .filter(c -> CoordinatedContracts.reaches(actor, c.ownerTenant(), c.namedCoordinators(), tenants))
                .orElseThrow(() -> new NotFoundException("contract", contractId));
    }

    /** Every subscriber of the tenant, for its agents. */
    @Transactional(readOnly = true)
    public List<SubscriberView> ofTenant() {
        String tenant = TenantContext.require();
        return jdbc.query("select issuer, subject from subscriber where tenant_id = ? order by subject, issuer nulls first",
                (rs, i) -> new Person(rs.getString("issuer"), rs.getString("subject")), tenant)
                .stream().map(person -> view(tenant, person)).toList();
    }

    /**
     * Who of the current tenant is told of {@code topic} about {@code contractId}, per channel.
     *
     * @param coordinators the contract's coordinators, for {@link Scope#MINE}
     */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Topic topic, UUID contractId, Collection<Person> coordinators) {
        String tenant = TenantContext.require();
        return jdbc.query("""
                select s.issuer, s.subject, s.email, s.display_name, s.roles, s.language, c.channel, c.scope, c.contract_id
                from subscription c join subscriber s on s.tenant_id = c.tenant_id and s.subject = c.subject
                    and s.issuer is not distinct from c.issuer
                where c.tenant_id = ? and c.topic = ? order by s.subject, s.issuer, c.channel""",
                (rs, i) -> {
                    Person person = new Person(rs.getString("issuer"), rs.getString("subject"));
                    boolean coordinator = coordinators.stream().anyMatch(c -> people.same(c, person));
                    Scope scope = Scope.valueOf(rs.getString("scope"));
                    boolean covered = switch (scope) {
                        case ALL -> true;
                        case ONE -> contractId != null && contractId.equals(rs.getObject("contract_id", UUID.class));
                        case MINE -> coordinator;
                    };
                    if (CoordinatedContracts.confined(Arrays.asList(rs.getString("roles").split(",")))) {
                        // Whatever they chose: a coordinator hears only of the contracts they coordinate.
                        covered = covered && coordinator;
                    }
                    return covered ? new Recipient(person, rs.getString("email"), rs.getString("display_name"),
                            SubscriptionChannel.valueOf(rs.getString("channel")),
                            Language.of(rs.getString("language")).orElse(null)) : null;
                }, tenant, topic.name()).stream().filter(r -> r != null).toList();
    }

    /**
     * A subscriber recorded without issuer (from before they were kept) becomes the caller's, with their choices,
     * when the tenant trusts the caller's issuer alone and the caller has no record of their own yet.
     */
    private void adoptRecordWithoutIssuer(String tenant, Person person) {
        if (!people.ownsRecordsWithoutIssuer(person)) {
            return;
        }
        int adopted = jdbc.update("""
                update subscriber set issuer = ? where tenant_id = ? and subject = ? and issuer is null
                    and not exists (select 1 from subscriber o where o.tenant_id = ? and o.subject = ? and o.issuer = ?)""",
                person.issuer(), tenant, person.subject(), tenant, person.subject(), person.issuer());
        if (adopted == 1) {
            jdbc.update("update subscription set issuer = ? where tenant_id = ? and subject = ? and issuer is null",
                    person.issuer(), tenant, person.subject());
        }
    }

    private static String tag(Language language) {
        return language == null ? null : language.tag();
    }

    private void write(String tenant, Person person, List<Choice> choices) {
        for (Choice c : choices) {
            jdbc.update("""
                    insert into subscription (tenant_id, issuer, subject, topic, channel, scope, contract_id)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict on constraint subscription_choice do update set scope = excluded.scope,
                        contract_id = excluded.contract_id""",
                    tenant, person.issuer(), person.subject(), c.topic().name(), c.channel().name(), c.scope().name(),
                    c.contractId());
        }
    }

    private SubscriberView view(String tenant, Person person) {
        List<Choice> choices = jdbc.query("select topic, channel, scope, contract_id from subscription where " + PERSON
                + " order by topic, channel",
                (rs, i) -> new Choice(Topic.valueOf(rs.getString("topic")), SubscriptionChannel.valueOf(rs.getString("channel")),
                        Scope.valueOf(rs.getString("scope")), rs.getObject("contract_id", UUID.class)),
                tenant, person.subject(), person.issuer());
        Map<String, Object> row = jdbc.queryForMap("select email, display_name, roles from subscriber where " + PERSON,
                tenant, person.subject(), person.issuer());
        String roles = (String) row.get("roles");
        return new SubscriberView(person.issuer(), person.subject(), (String) row.get("email"),
                (String) row.get("display_name"),
                roles.isEmpty() ? List.of() : Arrays.stream(roles.split(",")).collect(Collectors.toList()), choices);
    }
}
