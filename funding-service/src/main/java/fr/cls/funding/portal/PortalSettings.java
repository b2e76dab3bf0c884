package fr.cls.funding.portal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each tenant's submission portal answers its status API, e.g.
 * {@code cls.funding.portal.status-urls.ars-ara=https://portail.example/api/dossiers}, how long to wait for it, how
 * long its circuit stays open once it failed, and how long a call waits for a place in its bulkhead.
 */
@ConfigurationProperties("cls.funding.portal")
public record PortalSettings(Map<String, URI> statusUrls, Duration timeout, Duration circuitOpenFor, Duration bulkheadWait) {

    public PortalSettings {
        statusUrls = statusUrls == null ? Map.of() : Map.copyOf(statusUrls);
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        circuitOpenFor = circuitOpenFor == null ? Duration.ofMinutes(1) : circuitOpenFor;
        bulkheadWait = bulkheadWait == null ? Duration.ofMillis(500) : bulkheadWait;
    }

    public Optional<URI> statusUrl(String tenant) {
        return Optional.ofNullable(statusUrls.get(tenant));
    }
}
