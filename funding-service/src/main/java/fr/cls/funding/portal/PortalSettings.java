package fr.cls.funding.portal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each tenant's submission portal answers its status API, e.g.
 * {@code cls.funding.portal.status-urls.ars-ara=https://portail.example/api/dossiers}, and how long to wait for it.
 */
@ConfigurationProperties("cls.funding.portal")
public record PortalSettings(Map<String, URI> statusUrls, Duration timeout) {

    public PortalSettings {
        statusUrls = statusUrls == null ? Map.of() : Map.copyOf(statusUrls);
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
    }

    public Optional<URI> statusUrl(String tenant) {
        return Optional.ofNullable(statusUrls.get(tenant));
    }
}
