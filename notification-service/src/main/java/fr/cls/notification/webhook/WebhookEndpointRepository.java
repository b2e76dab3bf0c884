package fr.cls.notification.webhook;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface WebhookEndpointRepository extends Repository<WebhookEndpoint, UUID> {

    WebhookEndpoint saveAndFlush(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> findByIdAndTenantId(UUID id, String tenantId);

    long countByTenantIdAndStatusNot(String tenantId, EndpointStatus status);

    Page<WebhookEndpoint> findByTenantIdAndStatusNot(String tenantId, EndpointStatus status, Pageable pageable);
}
