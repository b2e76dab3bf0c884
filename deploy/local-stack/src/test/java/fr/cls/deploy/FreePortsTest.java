package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAreBelowTheEphemeralRangeBindableAndNeverHandedOutTwice() throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (int n = 0; n < 200; n++) {
            int port = FreePorts.one();
            assertThat(port).isLessThan(FreePorts.ephemeralLow());
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
        int port = FreePorts.one();
        try (ServerSocket socket = new ServerSocket(port)) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void spacedPortsAreAllFreeAndStepApart() throws IOException {
        int first = FreePorts.spaced(3, 100);

        for (int n = 0; n < 3; n++) {
            try (ServerSocket socket = new ServerSocket(first + 100 * n)) {
                assertThat(socket.getLocalPort()).isEqualTo(first + 100 * n);
            }
        }
        assertThat(first + 200).isLessThan(FreePorts.ephemeralLow());
    }
}
