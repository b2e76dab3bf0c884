package fr.cls.governance.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;

/**
 * A governance body and its members. A contract has one COPIL, one COTECH and one project group; a tenant may
 * also run cross-contract groups (e.g. the Mayenne group of all CLS animators). A closed body changes no more.
 */
@Entity
@Table(name = "governance_body")
public class Body {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(name = "contract_id", updatable = false)
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private BodyKind kind;

    private String name;

    @Embedded
    private QuorumRule quorum;

    @Enumerated(EnumType.STRING)
    private BodyStatus status;

    @Column(name = "created_on", updatable = false)
    private LocalDate createdOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "body_id", nullable = false)
    @OrderBy("position")
    private List<Member> members = new ArrayList<>();

    protected Body() {
    }

    private Body(String ownerTenantId, UUID contractId, BodyKind kind, String name, QuorumRule quorum, LocalDate on) {
        this.id = UUID.randomUUID();
        this.ownerTenantId = ownerTenantId;
        this.contractId = contractId;
        this.kind = kind;
        this.name = name.strip();
        this.quorum = quorum;
        this.status = BodyStatus.ACTIVE;
        this.createdOn = on;
    }

    /** A contract's COPIL, COTECH or project group. */
    public static Body ofContract(String tenantId, UUID contractId, BodyKind kind, String name, QuorumRule quorum, LocalDate on) {
        if (kind == BodyKind.CROSS_CONTRACT) {
            throw new RuleViolationException("body-kind", "a contract's body is a COPIL, a COTECH or a project group");
        }
        return new Body(tenantId, contractId, kind, name, quorum, on);
    }

    /** A group of the tenant spanning several contracts. */
    public static Body crossContract(String tenantId, String name, QuorumRule quorum, LocalDate on) {
        return new Body(tenantId, null, BodyKind.CROSS_CONTRACT, name, quorum, on);
    }

    public Member addMember(String person, String organisation, MemberRole role, boolean voting, String substitute) {
        requireActive();
        Member member = new Member(ownerTenantId, person, organisation, role, voting, substitute, MemberStatus.ACTIVE,
                null, members.size());
        members.add(member);
        return member;
    }

    /** A seat offered to a signatory of the contract; once per signatory (events may come twice). */
    public Optional<Member> proposeSeat(UUID signatoryId, String organisation) {
        if (status != BodyStatus.ACTIVE || members.stream().anyMatch(m -> signatoryId.equals(m.signatoryId()))) {
            return Optional.empty();
        }
        Member seat = new Member(ownerTenantId, null, organisation, MemberRole.MEMBER, kind != BodyKind.PROJECT_GROUP,
                null, MemberStatus.PROPOSED, signatoryId, members.size());
        members.add(seat);
        return Optional.of(seat);
    }

    public Member nameMember(UUID memberId, String person, MemberRole role, boolean voting, String substitute) {
        requireActive();
        Member member = member(memberId);
        if (member.status() == MemberStatus.LEFT) {
            throw new RuleViolationException("member-active", member.label() + " has left the body", member.label());
        }
        member.name(person, role, voting, substitute);
        return member;
    }

    public void removeMember(UUID memberId) {
        requireActive();
        member(memberId).leave();
    }

    void changeQuorum(QuorumRule rule) {
        requireActive();
        this.quorum = rule;
    }

    void rename(String newName) {
        requireActive();
        this.name = newName.strip();
    }

    /** When its contract ends. Returns false if it was already closed. */
    public boolean close(LocalDate on) {
        if (status == BodyStatus.CLOSED) {
            return false;
        }
        status = BodyStatus.CLOSED;
        closedOn = on;
        return true;
    }

    public void requireActive() {
        if (status != BodyStatus.ACTIVE) {
            throw new RuleViolationException("body-active", "the " + kind + " " + name + " was closed on " + closedOn,
                    kind, name, closedOn);
        }
    }

    public Member member(UUID memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    public List<Member> activeVoters() {
        return members.stream().filter(Member::activeVoter).toList();
    }

    public BodyId id() {
        return new BodyId(id);
    }

    public String ownerTenantId() {
        return ownerTenantId;
    }

    public UUID contractId() {
        return contractId;
    }

    public BodyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public QuorumRule quorum() {
        return quorum;
    }

    public BodyStatus status() {
        return status;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public long version() {
        return version;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }
}
