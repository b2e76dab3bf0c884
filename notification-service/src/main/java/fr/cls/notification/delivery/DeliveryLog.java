package fr.cls.notification.delivery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.context.TenantContext;

/** Reads the current tenant's delivery log. */
@Service
public class DeliveryLog {

    private final DeliveryRepository repository;

    DeliveryLog(DeliveryRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Page<Delivery> find(String subject, Pageable pageable) {
        String tenant = TenantContext.require();
        return subject == null ? repository.findByTenantId(tenant, pageable)
                : repository.findByTenantIdAndSubject(tenant, subject, pageable);
    }
}
