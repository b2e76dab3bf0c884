package fr.cls.portal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("portal")
public record PortalProperties(URI gatewayUrl, URI tokenUrl, String clientId, String clientSecret, String webhookSecret,
        Duration pollInterval) {
}
