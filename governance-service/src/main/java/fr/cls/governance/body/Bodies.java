package fr.cls.governance.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contractref.ContractReference;
import fr.cls.contractref.ContractReferences;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Roles;

/**
 * The current tenant's bodies. Agents of the tenant write; everyone of the tenant reads; another tenant's body
 * answers 404. Every write is audited.
 */
@Service
public class Bodies {

    /** Statuses of a contract that has ended: its bodies close, and none is created for it. */
    static final Set<String> ENDED = Set.of("CLOSED", "RENEWED", "ABANDONED", "AGREEMENT_REFUSED", "CONVERTED");

    private final BodyRepository bodies;
    private final BodySearch search;
    private final ContractReferences contracts;
    private final GovernanceRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    Bodies(BodyRepository bodies, BodySearch search, ContractReferences contracts, GovernanceRules rules, AuditTrail audit,
            Clock clock) {
        this.bodies = bodies;
        this.search = search;
        this.contracts = contracts;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Body> list(UUID contractId, BodyKind kind, BodyStatus status) {
        List<Body> found = contractId == null
                ? bodies.findByOwnerTenantIdOrderByCreatedOnDescNameAsc(TenantContext.require())
                : bodies.findByContractIdAndOwnerTenantId(contractId, TenantContext.require());
        return found.stream().filter(b -> kind == null || b.kind() == kind)
                .filter(b -> status == null || b.status() == status)
                .filter(visible())
                .sorted(Comparator.comparing(Body::kind).thenComparing(Body::name))
                .map(Bodies::withMembers).toList();
    }

    /**
     * A page of the bodies the current actor reaches ({@link #visible()} in SQL: a confined coordinator's contracts
     * only, never a cross-contract group), narrowed by the filter, in the order of a validated sort.
     */
    @Transactional(readOnly = true)
    public Page<Body> page(BodyFilter filter, String sort, int page, int size) {
        return search.page(reach(), reachArgs(), filter, today(), sort, page, size);
    }

    /** The bodies of {@link #page} as CSV, with the columns chosen (unknown ones: 400 naming {@code columns}). */
    @Transactional(readOnly = true)
    public void export(BodyFilter filter, String sort, List<String> columns, java.io.Writer out) {
        search.csv(reach(), reachArgs(), filter, today(), sort, columns, out);
    }

    /** Refuses unknown export columns before the first byte is written. */
    public static void requireKnownColumns(List<String> columns) {
        fr.cls.platform.csv.CsvExport.requireKnown(columns, BodySearch.COLUMNS.keySet());
    }

    /** The SQL on {@code b} of the bodies the current actor reaches (see {@link #visible()}). */
    public String reach() {
        return CoordinatedContracts.confined() ? "b.owner_tenant_id = ? and b.contract_id = any (cast(? as uuid[]))"
                : "b.owner_tenant_id = ?";
    }

    /** The arguments of {@link #reach()}. */
    @Transactional(readOnly = true)
    public List<Object> reachArgs() {
        String tenant = TenantContext.require();
        if (!CoordinatedContracts.confined()) {
            return List.of(tenant);
        }
        return List.of(tenant, contracts.coordinatedBy(CurrentActor.get()).stream().map(UUID::toString).toArray(String[]::new));
    }

    @Transactional(readOnly = true)
    public Body get(BodyId id) {
        return withMembers(bodies.findByIdAndOwnerTenantId(id.value(), TenantContext.require())
                .filter(visible())
                .orElseThrow(() -> new NotFoundException("body", id)));
    }

    /**
     * Which of the tenant's bodies the current actor reaches: all of them, except for a confined coordinator
     * ({@link CoordinatedContracts}), who reaches only the bodies of the contracts naming them (issuer and
     * subject, kept from the profile event). A cross-contract group is tied to no contract and its members are
     * named people, not accounts: a coordinator never reaches it.
     */
    @Transactional(readOnly = true)
    public Predicate<Body> visible() {
        if (!CoordinatedContracts.confined()) {
            return body -> true;
        }
        Set<UUID> theirs = contracts.coordinatedBy(CurrentActor.get());
        return body -> body.contractId() != null && theirs.contains(body.contractId());
    }

    /** {@link #visible()} by body id, for meetings and follow-ups. */
    @Transactional(readOnly = true)
    public Predicate<UUID> visibleIds() {
        if (!CoordinatedContracts.confined()) {
            return id -> true;
        }
        Predicate<Body> visible = visible();
        Set<UUID> ids = bodies.findByOwnerTenantIdOrderByCreatedOnDescNameAsc(TenantContext.require()).stream()
                .filter(visible).map(b -> b.id().value()).collect(java.util.stream.Collectors.toSet());
        return ids::contains;
    }

    /** Bodies leave the transaction with their members read (the copy loads the lazy list): the API shows them. */
    private static Body withMembers(Body body) {
        body.members();
        return body;
    }

    /** A COPIL, COTECH or project group for a contract of the tenant that is still running. */
    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Body createForContract(UUID contractId, BodyKind kind, String name, QuorumRule quorum) {
        ContractReference contract = contracts.find(contractId).orElseThrow(() -> new NotFoundException("contract", contractId));
        if (ENDED.contains(contract.status())) {
            throw new RuleViolationException("contract-running", "the contract has ended (" + contract.status() + ")",
                    contract.status());
        }
        if (bodies.findByContractIdAndKindAndOwnerTenantId(contractId, kind, TenantContext.require()).isPresent()) {
            throw new RuleViolationException("one-body-per-kind", "the contract already has a " + kind, kind);
        }
        Body body = Body.ofContract(TenantContext.require(), contractId, kind,
                name == null || name.isBlank() ? defaultName(kind, contract.title()) : name, quorumOr(quorum), today());
        return created(body);
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Body createCrossContract(String name, QuorumRule quorum) {
        return created(Body.crossContract(TenantContext.require(), name, quorumOr(quorum), today()));
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Member addMember(BodyId id, Long seenVersion, String person, String organisation, MemberRole role,
            boolean voting, String substitute) {
        Member[] added = new Member[1];
        change(id, seenVersion, "governance.member-add", b -> added[0] = b.addMember(person, organisation, role, voting, substitute));
        return added[0];
    }

    /** Names the person of a seat (confirming a proposed one) or changes their role, vote or substitute. */
    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Member nameMember(BodyId id, UUID memberId, Long seenVersion, String person, MemberRole role, boolean voting,
            String substitute) {
        Member[] named = new Member[1];
        change(id, seenVersion, "governance.member-name", b -> named[0] = b.nameMember(memberId, person, role, voting, substitute));
        return named[0];
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Body removeMember(BodyId id, UUID memberId, Long seenVersion) {
        return change(id, seenVersion, "governance.member-remove", b -> b.removeMember(memberId));
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Body changeQuorum(BodyId id, Long seenVersion, QuorumRule quorum) {
        return change(id, seenVersion, "governance.quorum-change", b -> b.changeQuorum(quorum));
    }

    // ---- reactions to the contract's lifecycle (from events; the tenant is the event's)

    /** When a contract enters elaboration (or is imported running): its COPIL, COTECH and project group. */
    @Transactional
    public void openForContract(UUID contractId, String title, LocalDate on) {
        String tenant = TenantContext.require();
        for (BodyKind kind : List.of(BodyKind.COPIL, BodyKind.COTECH, BodyKind.PROJECT_GROUP)) {
            if (bodies.findByContractIdAndKindAndOwnerTenantId(contractId, kind, tenant).isEmpty()) {
                Body body = bodies.saveAndFlush(Body.ofContract(tenant, contractId, kind, defaultName(kind, title),
                        rules.of(tenant).defaultQuorum(), on));
                audit.record("governance.body-open", "body", body.id().toString(), null, body.version());
            }
        }
    }

    /** A new signatory is offered a seat in the contract's COPIL and COTECH. */
    @Transactional
    public void proposeSeats(UUID contractId, UUID signatoryId, String organisation) {
        for (Body body : bodies.findByContractIdAndOwnerTenantId(contractId, TenantContext.require())) {
            if (body.kind() != BodyKind.PROJECT_GROUP && body.proposeSeat(signatoryId, organisation).isPresent()) {
                long before = body.version();
                Body saved = bodies.saveAndFlush(body);
                audit.record("governance.seat-propose", "body", saved.id().toString(), before, saved.version());
            }
        }
    }

    /** When the contract ends: its bodies close (their history stays readable). */
    @Transactional
    public void closeForContract(UUID contractId, LocalDate on) {
        for (Body body : bodies.findByContractIdAndOwnerTenantId(contractId, TenantContext.require())) {
            long before = body.version();
            if (body.close(on)) {
                Body saved = bodies.saveAndFlush(body);
                audit.record("governance.body-close", "body", saved.id().toString(), before, saved.version());
            }
        }
    }

    private Body created(Body body) {
        Body saved = bodies.saveAndFlush(body);
        audit.record("governance.body-create", "body", saved.id().toString(), null, saved.version());
        return saved;
    }

    private Body change(BodyId id, Long seenVersion, String action, java.util.function.Consumer<Body> command) {
        Body body = get(id);
        Versions.check("body " + id, body.version(), seenVersion);
        long before = body.version();
        command.accept(body);
        Body saved = bodies.saveAndFlush(body);
        audit.record(action, "body", id.toString(), before, saved.version());
        return saved;
    }

    private QuorumRule quorumOr(QuorumRule given) {
        return given != null ? given : rules.of(TenantContext.require()).defaultQuorum();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String defaultName(BodyKind kind, String contractTitle) {
        String prefix = switch (kind) {
            case COPIL -> "COPIL";
            case COTECH -> "COTECH";
            case PROJECT_GROUP -> "Groupe projet";
            case CROSS_CONTRACT -> "Groupe";
        };
        String name = prefix + " — " + contractTitle;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
