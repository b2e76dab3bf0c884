package fr.cls.governance.body;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A seat in a body: a person for an organisation, with a role and (or not) a vote. Part of the body aggregate. */
@Entity
@Table(name = "body_member")
public class Member {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    private String person;

    @Column(nullable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private boolean voting;

    private String substitute;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Column(name = "signatory_id", updatable = false)
    private UUID signatoryId;

    private int position;

    protected Member() {
    }

    Member(String ownerTenantId, String person, String organisation, MemberRole role, boolean voting,
            String substitute, MemberStatus status, UUID signatoryId, int position) {
        this.id = UUID.randomUUID();
        this.ownerTenantId = ownerTenantId;
        this.person = person == null ? null : person.strip();
        this.organisation = organisation.strip();
        this.role = role;
        this.voting = voting && role != MemberRole.GUEST;
        this.substitute = substitute == null || substitute.isBlank() ? null : substitute.strip();
        this.status = status;
        this.signatoryId = signatoryId;
        this.position = position;
    }

    void name(String person, MemberRole role, boolean voting, String substitute) {
        this.person = person.strip();
        this.role = role;
        this.voting = voting && role != MemberRole.GUEST;
        this.substitute = substitute == null || substitute.isBlank() ? null : substitute.strip();
        this.status = MemberStatus.ACTIVE;
    }

    void leave() {
        this.status = MemberStatus.LEFT;
    }

    public boolean activeVoter() {
        return status == MemberStatus.ACTIVE && voting;
    }

    public UUID id() {
        return id;
    }

    public String person() {
        return person;
    }

    public String organisation() {
        return organisation;
    }

    public MemberRole role() {
        return role;
    }

    public boolean voting() {
        return voting;
    }

    public String substitute() {
        return substitute;
    }

    public MemberStatus status() {
        return status;
    }

    public UUID signatoryId() {
        return signatoryId;
    }

    /** "person (organisation)", or the organisation alone while its seat is only proposed. */
    public String label() {
        return person == null ? organisation : person + " (" + organisation + ")";
    }
}
