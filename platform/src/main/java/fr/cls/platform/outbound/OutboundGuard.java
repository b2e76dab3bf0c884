package fr.cls.platform.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Resolves a host once and refuses it when any of its addresses may not be called; the HTTP clients of
 * {@link OutboundHttp} connect to the addresses returned here, so a name cannot resolve to a public address when
 * checked and to an internal one when connected (DNS rebinding). Hosts the deployment allows are not checked.
 */
public class OutboundGuard {

    private final AddressPolicy policy;
    private final List<String> allowedHosts;
    private final HostResolver resolver;

    public OutboundGuard(OutboundSettings settings, HostResolver resolver) {
        this.policy = new AddressPolicy(settings.allowedCidrs().stream().map(Cidr::parse).toList());
        this.allowedHosts = settings.allowedHosts();
        this.resolver = resolver;
    }

    public boolean allowedHost(String host) {
        return host != null && allowedHosts.contains(normalise(host));
    }

    /** The addresses to connect to; {@link AddressNotAllowedException} when one of them may not be called. */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        if (allowedHost(host)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            var refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new AddressNotAllowedException(host, refusal.get());
            }
        }
        return addresses;
    }

    /**
     * Whether a URL someone registers may be called: https (http only to allowed hosts), a host, no credentials, and
     * a host that does not resolve to a forbidden address. A name that does not resolve yet is accepted: every call
     * checks again.
     */
    public void checkUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new OutboundUrlException("url-host", "the url must name a host (a name or a plain address)");
        }
        if (url.getRawUserInfo() != null) {
            throw new OutboundUrlException("url-userinfo", "the url may not carry credentials");
        }
        boolean allowed = allowedHost(host);
        if (!("https".equals(scheme) || "http".equals(scheme) && allowed)) {
            throw new OutboundUrlException("url-scheme", "the url must use https");
        }
        try {
            resolve(host);
        } catch (AddressNotAllowedException e) {
            throw new OutboundUrlException("url-address",
                    "the url's host resolves to a " + e.kind() + " address, which the platform does not call");
        } catch (UnknownHostException e) {
            // Not known yet: nothing to refuse now, and each call resolves and checks again.
        }
    }

    static String normalise(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
