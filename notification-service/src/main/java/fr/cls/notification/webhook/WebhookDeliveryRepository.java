package fr.cls.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface WebhookDeliveryRepository extends Repository<WebhookDelivery, UUID> {

    Optional<WebhookDelivery> findByIdAndTenantId(UUID id, String tenantId);

    List<WebhookDelivery> findByEndpointIdAndStatus(UUID endpointId, WebhookDeliveryStatus status);

    @Query("""
            select d from WebhookDelivery d where d.tenantId = :tenant
            and (:status is null or d.status = :status) and (:endpoint is null or d.endpointId = :endpoint)""")
    Page<WebhookDelivery> find(@Param("tenant") String tenant, @Param("status") WebhookDeliveryStatus status,
            @Param("endpoint") UUID endpoint, Pageable pageable);

    /** Due deliveries of active endpoints, locked; rows another dispatcher holds are skipped, not waited for. */
    @Query(value = """
            select d.* from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
            where d.tenant_id = :tenant and d.status = 'PENDING' and d.next_attempt_at <= :now and e.status = 'ACTIVE'
            order by d.next_attempt_at limit :limit for update of d skip locked""", nativeQuery = true)
    List<WebhookDelivery> lockDue(@Param("tenant") String tenant, @Param("now") Instant now, @Param("limit") int limit);
}
