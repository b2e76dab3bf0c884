package fr.cls.notification.webhook;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface WebhookAttemptRepository extends Repository<WebhookAttempt, UUID> {

    WebhookAttempt save(WebhookAttempt attempt);

    List<WebhookAttempt> findByTenantIdAndDeliveryIdOrderByAttemptedAt(String tenantId, UUID deliveryId);
}
