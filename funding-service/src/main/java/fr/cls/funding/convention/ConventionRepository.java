package fr.cls.funding.convention;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConventionRepository extends JpaRepository<Convention, UUID> {

    Optional<Convention> findByRequestId(UUID requestId);

    List<Convention> findByContractIdOrderByCreatedAt(UUID contractId);

    List<Convention> findByFunderTenantIdAndKindAndStatus(String funder, ConventionKind kind, ConventionStatus status);
}
