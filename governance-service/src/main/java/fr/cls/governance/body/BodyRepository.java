package fr.cls.governance.body;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BodyRepository extends JpaRepository<Body, UUID> {

    Optional<Body> findByIdAndOwnerTenantId(UUID id, String tenantId);

    List<Body> findByOwnerTenantIdOrderByCreatedOnDescNameAsc(String tenantId);

    List<Body> findByContractIdAndOwnerTenantId(UUID contractId, String tenantId);

    Optional<Body> findByContractIdAndKindAndOwnerTenantId(UUID contractId, BodyKind kind, String tenantId);
}
