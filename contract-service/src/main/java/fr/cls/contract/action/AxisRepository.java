package fr.cls.contract.action;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface AxisRepository extends Repository<Axis, UUID> {
    Axis saveAndFlush(Axis axis);

    List<Axis> findByContractIdOrderByPositionAscCodeAsc(UUID contractId);

    Optional<Axis> findByIdAndContractId(UUID id, UUID contractId);

    boolean existsByContractIdAndCodeIgnoreCase(UUID contractId, String code);
}
