package fr.cls.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy policy = new AddressPolicy(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "2130706433", "::1", "::ffff:127.0.0.1", "::127.0.0.1",
            "64:ff9b::7f00:1", "2002:7f00:1::", "0.0.0.0", "::", "10.1.2.3", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "fc00::1", "fd00:ec2::254", "fe80::1", "169.254.169.254", "100.64.0.1", "100.100.100.200",
            "192.0.0.192", "224.0.0.1", "ff02::1", "255.255.255.255", "64:ff9b:1::a00:1", "2001:0:4136:e378::1",
            "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe"})
    void internalAddressesInEveryNotationAreRefused(String literal) throws Exception {
        assertThat(policy.refusal(InetAddress.getByName(literal))).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
            "2a00:1450:4007:80f::200e", "64:ff9b::808:808", "2002:5db8:d822::1"})
    void publicAddressesPass(String literal) throws Exception {
        assertThat(policy.refusal(InetAddress.getByName(literal))).as(literal).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.20.0.1", "10.20.255.254", "::ffff:10.20.3.4"})
    void aBlockTheDeploymentAllowsPasses(String literal) throws Exception {
        AddressPolicy vpn = new AddressPolicy(List.of(Cidr.parse("10.20.0.0/16")));
        assertThat(vpn.refusal(InetAddress.getByName(literal))).as(literal).isEmpty();
        assertThat(vpn.refusal(InetAddress.getByName("10.21.0.1"))).isPresent();
        assertThat(vpn.refusal(InetAddress.getByName("127.0.0.1"))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "fd00:ec2::254", "100.100.100.200"})
    void cloudMetadataAddressesAreRefused(String literal) throws Exception {
        assertThat(policy.refusal(InetAddress.getByName(literal))).isPresent();
    }
}
