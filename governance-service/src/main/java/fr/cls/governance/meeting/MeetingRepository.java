package fr.cls.governance.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    Optional<Meeting> findByIdAndOwnerTenantId(UUID id, String tenantId);

    List<Meeting> findByBodyIdAndOwnerTenantIdOrderByScheduledOnDesc(UUID bodyId, String tenantId);

    List<Meeting> findByOwnerTenantIdAndScheduledOnBetweenAndStatusInOrderByScheduledOn(String tenantId, LocalDate from,
            LocalDate to, Collection<MeetingStatus> statuses);

    /** The last day each body of the tenant met: [body id, date]. */
    @Query("select m.bodyId, max(m.heldOn) from Meeting m where m.ownerTenantId = ?1 and m.status = 'HELD' group by m.bodyId")
    List<Object[]> lastHeldByBody(String tenantId);
}
