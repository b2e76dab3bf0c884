package fr.cls.contract.action;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface AmendmentRepository extends Repository<Amendment, UUID> {
    Amendment saveAndFlush(Amendment amendment);

    List<Amendment> findByContractIdOrderByNumber(UUID contractId);

    long countByContractId(UUID contractId);
}
