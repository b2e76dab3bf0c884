package fr.cls.funding.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security limits every query to requests the current tenant funds or owns the contract of. */
interface FundingRequestRepository extends JpaRepository<FundingRequest, UUID> {

    List<FundingRequest> findByContractIdOrderByCreatedAt(UUID contractId);

    Page<FundingRequest> findByFunderTenantIdAndStatusIn(String funder, List<RequestStatus> statuses, Pageable pageable);

    Page<FundingRequest> findByFunderTenantIdOrOwnerTenantId(String funder, String owner, Pageable pageable);

    Page<FundingRequest> findByOwnerTenantIdAndContractIdIn(String owner, List<UUID> contractIds, Pageable pageable);

    Page<FundingRequest> findByFunderTenantIdAndContractIdInAndStatusIn(String funder, List<UUID> contractIds,
            List<RequestStatus> statuses, Pageable pageable);

    Optional<FundingRequest> findByFunderTenantIdAndPortalReference(String funder, String portalReference);
}
