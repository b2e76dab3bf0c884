package fr.cls.contract.action;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Insert and read only: a signed version is never changed nor deleted. */
interface SignedVersionRepository extends Repository<SignedVersion, UUID> {

    SignedVersion saveAndFlush(SignedVersion version);

    Optional<SignedVersion> findByContractId(UUID contractId);

    boolean existsByContractId(UUID contractId);
}
