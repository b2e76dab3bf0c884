package fr.cls.governance.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, UUID> {

    Optional<FollowUp> findByIdAndOwnerTenantId(UUID id, String tenantId);

    List<FollowUp> findByOwnerTenantIdOrderByDueOnAscOpenedOnAsc(String tenantId);
}
