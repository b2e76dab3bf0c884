package fr.cls.notification.delivery;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

interface DeliveryRepository extends Repository<Delivery, UUID> {

    Delivery save(Delivery delivery);

    Page<Delivery> findAll(Specification<Delivery> where, Pageable pageable);
}
