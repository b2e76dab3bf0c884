package fr.cls.governance.meeting;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether a member came, was excused, absent, or gave a proxy. Part of the meeting aggregate. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    @Column(name = "proxy_holder_id")
    private UUID proxyHolderId;

    protected Attendance() {
    }

    Attendance(String ownerTenantId, UUID memberId, AttendanceStatus status, UUID proxyHolderId) {
        this.id = UUID.randomUUID();
        this.ownerTenantId = ownerTenantId;
        this.memberId = memberId;
        this.status = status;
        this.proxyHolderId = proxyHolderId;
    }

    public UUID memberId() {
        return memberId;
    }

    public AttendanceStatus status() {
        return status;
    }

    public UUID proxyHolderId() {
        return proxyHolderId;
    }
}
