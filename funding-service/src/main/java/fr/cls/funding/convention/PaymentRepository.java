package fr.cls.funding.convention;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, UUID> {

    List<Payment> findByConventionIdOrderByYear(UUID conventionId);

    List<Payment> findByContractIdOrderByYear(UUID contractId);
}
