package fr.cls.platform.outbound;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which addresses an outbound call may connect to: public unicast ones only. Loopback, unspecified, private (RFC 1918,
 * ULA), link-local (with the cloud metadata address 169.254.169.254), CGNAT, multicast, reserved blocks and IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4) judged by the address they carry. Blocks a deployment
 * allows ({@code cls.outbound.allowed-cidrs}) pass.
 */
public final class AddressPolicy {

    private static final Map<String, List<Cidr>> FORBIDDEN_V4 = Map.of(
            "unspecified", blocks("0.0.0.0/8"),
            "loopback", blocks("127.0.0.0/8"),
            "private", blocks("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"),
            "link-local or cloud metadata", blocks("169.254.0.0/16"),
            // 100.100.100.200 (a cloud's metadata) is in CGNAT; 192.0.0.192 (another's) in the IETF block.
            "shared (CGNAT)", blocks("100.64.0.0/10"),
            "reserved", blocks("192.0.0.0/24", "198.18.0.0/15", "240.0.0.0/4"),
            "multicast", blocks("224.0.0.0/4"));

    private static final Map<String, List<Cidr>> FORBIDDEN_V6 = Map.of(
            "unspecified", blocks("::/128"),
            "loopback", blocks("::1/128"),
            "private", blocks("fc00::/7", "fec0::/10"),
            "link-local or cloud metadata", blocks("fe80::/10"),
            // Local-use NAT64 and Teredo hide the IPv4 address they lead to.
            "reserved", blocks("64:ff9b:1::/48", "2001::/32", "100::/64"),
            "multicast", blocks("ff00::/8"));

    // ::ffff:0:0/96 is written by hand: the JDK turns that literal into an IPv4 address.
    private static final Cidr MAPPED = new Cidr(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0}, 96);
    private static final Cidr COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private final List<Cidr> allowed;

    public AddressPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Why the address may not be called, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (allowed.stream().anyMatch(block -> block.contains(bytes))) {
            return Optional.empty();
        }
        return refusal(bytes);
    }

    private Optional<String> refusal(byte[] bytes) {
        if (bytes.length == 4) {
            return match(FORBIDDEN_V4, bytes);
        }
        Optional<String> v6 = match(FORBIDDEN_V6, bytes);
        if (v6.isPresent()) {
            return v6;
        }
        if (MAPPED.contains(bytes) || COMPATIBLE.contains(bytes) || NAT64.contains(bytes)) {
            return refusalOfCarried(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return refusalOfCarried(Arrays.copyOfRange(bytes, 2, 6));
        }
        return Optional.empty();
    }

    private Optional<String> refusalOfCarried(byte[] v4) {
        if (allowed.stream().anyMatch(block -> block.contains(v4))) {
            return Optional.empty();
        }
        return match(FORBIDDEN_V4, v4);
    }

    private static Optional<String> match(Map<String, List<Cidr>> forbidden, byte[] bytes) {
        return forbidden.entrySet().stream()
                .filter(kind -> kind.getValue().stream().anyMatch(block -> block.contains(bytes)))
                .map(Map.Entry::getKey).findFirst();
    }

    private static List<Cidr> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(Cidr::parse).toList();
    }
}
