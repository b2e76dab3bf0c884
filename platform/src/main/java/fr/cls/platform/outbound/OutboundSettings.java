package fr.cls.platform.outbound;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a deployment lets outbound calls reach beyond the public internet ({@code cls.outbound.*}).
 *
 * @param allowedHosts host names (or literal addresses, as written in URLs) called whatever they resolve to, and
 *        over plain http too: e.g. the local stack's simulated portal on 127.0.0.1 ({@code CLS_OUTBOUND_ALLOWED_HOSTS})
 * @param allowedCidrs address blocks that may be connected to although they are not public, e.g. a partner reached
 *        over a VPN ({@code CLS_OUTBOUND_ALLOWED_CIDRS})
 */
@ConfigurationProperties("cls.outbound")
public record OutboundSettings(List<String> allowedHosts, List<String> allowedCidrs) {

    public OutboundSettings {
        allowedHosts = allowedHosts == null ? List.of()
                : allowedHosts.stream().filter(h -> h != null && !h.isBlank()).map(OutboundGuard::normalise).toList();
        allowedCidrs = allowedCidrs == null ? List.of() : allowedCidrs.stream().filter(c -> c != null && !c.isBlank()).toList();
    }
}
