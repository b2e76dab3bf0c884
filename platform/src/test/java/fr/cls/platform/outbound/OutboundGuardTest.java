package fr.cls.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundGuardTest {

    /** Names the test controls; anything else goes to the system resolver (literals, localhost). */
    static final class Names implements HostResolver {

        final Map<String, String> addresses = new ConcurrentHashMap<>();

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String address = addresses.get(host);
            return address == null ? InetAddress.getAllByName(host) : new InetAddress[] {InetAddress.getByName(address)};
        }
    }

    private final Names names = new Names();
    private final OutboundGuard guard = new OutboundGuard(new OutboundSettings(List.of("Portal.Local"), List.of()), names);

    @ParameterizedTest
    @ValueSource(strings = {"https://169.254.169.254/latest/meta-data/", "https://127.0.0.1:8084/actuator",
            "https://[::1]:6379/", "https://2130706433/", "https://[::ffff:127.0.0.1]/", "https://localhost/",
            "https://LocalHost/", "https://[::127.0.0.1]/", "https://[64:ff9b::7f00:1]/", "https://10.0.0.5/",
            "https://[fd00:ec2::254]/", "https://100.64.1.1/", "https://0.0.0.0/", "https://[::]/"})
    void aUrlWhoseHostIsInternalIsRefusedForItsAddress(String url) {
        assertThatThrownBy(() -> guard.checkUrl(URI.create(url))).as(url)
                .isInstanceOfSatisfying(OutboundUrlException.class, e -> assertThat(e.rule()).isEqualTo("url-address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://0x7f.1/", "https://127.1/"})
    void aUrlWhoseHostIsNoHostNameIsRefused(String url) {
        assertThatThrownBy(() -> guard.checkUrl(URI.create(url))).as(url)
                .isInstanceOfSatisfying(OutboundUrlException.class, e -> assertThat(e.rule()).isEqualTo("url-host"));
    }

    @Test
    void plainHttpCredentialsAndInternalAddressesAreRefusedUnlessTheHostIsAllowed() {
        names.addresses.put("portal.example", "93.184.216.34");
        assertThatThrownBy(() -> guard.checkUrl(URI.create("http://portal.example/hooks")))
                .isInstanceOfSatisfying(OutboundUrlException.class, e -> assertThat(e.rule()).isEqualTo("url-scheme"));
        assertThatThrownBy(() -> guard.checkUrl(URI.create("https://user:pw@portal.example/hooks")))
                .isInstanceOfSatisfying(OutboundUrlException.class, e -> assertThat(e.rule()).isEqualTo("url-userinfo"));
        guard.checkUrl(URI.create("https://portal.example/hooks"));

        names.addresses.put("portal.local", "127.0.0.1");
        guard.checkUrl(URI.create("http://portal.local:8090/hooks"));
        guard.checkUrl(URI.create("https://PORTAL.local./hooks"));
    }

    @Test
    void aNameThatResolvesElsewhereAtCallTimeIsRefusedThen() throws Exception {
        names.addresses.put("rebind.example", "93.184.216.34");
        guard.checkUrl(URI.create("https://rebind.example/hooks"));
        assertThat(guard.resolve("rebind.example")).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");

        names.addresses.put("rebind.example", "127.0.0.1");
        assertThatThrownBy(() -> guard.resolve("rebind.example")).isInstanceOf(AddressNotAllowedException.class);
    }

    @Test
    void aNameWithOneInternalAddressAmongPublicOnesIsRefused() {
        HostResolver twoAddresses = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("10.0.0.7")};
        OutboundGuard strict = new OutboundGuard(new OutboundSettings(List.of(), List.of()), twoAddresses);
        assertThatThrownBy(() -> strict.resolve("mixed.example")).isInstanceOf(AddressNotAllowedException.class);
    }
}
