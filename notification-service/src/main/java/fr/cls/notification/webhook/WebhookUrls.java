package fr.cls.notification.webhook;

import java.net.URI;
import java.net.URISyntaxException;

import fr.cls.platform.outbound.OutboundGuard;
import fr.cls.platform.outbound.OutboundUrlException;

/**
 * An endpoint is an absolute https URL (http only to a host the deployment allows) with a host, no credentials in it
 * and no fragment, whose host does not resolve to an internal address (the platform's outbound guard).
 */
final class WebhookUrls {

    private static final int MAX_LENGTH = 2000;

    private WebhookUrls() {
    }

    static String validate(String url, OutboundGuard guard) {
        if (url == null || url.isBlank()) {
            throw new InvalidWebhookException("url", "url-required", "the endpoint's url is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidWebhookException("url", "url-length", "the url is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidWebhookException("url", "url-syntax", "'" + url + "' is not a URL", url);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase();
        if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new InvalidWebhookException("url", "url-scheme", "the url must be absolute, http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidWebhookException("url", "url-host", "the url must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidWebhookException("url", "url-parts", "the url may carry neither credentials nor a fragment");
        }
        try {
            guard.checkUrl(uri);
        } catch (OutboundUrlException e) {
            throw new InvalidWebhookException("url", e.rule(), e.getMessage());
        }
        return uri.toString();
    }
}
