package fr.cls.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a stack of tests or benchmarks, free when chosen and taken by their process seconds later. Chosen below
 * the kernel's ephemeral range: a port from {@code new ServerSocket(0)} lies inside it, where any outgoing connection
 * of any process (a JDBC or Kafka client) may take it as its local port before the service binds it ("Port … already
 * in use" in a system test). A port is never handed out twice by one JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 15_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** One free port. */
    public static int one() {
        return spaced(1, 1);
    }

    /** The first of {@code count} ports {@code step} apart, all free now. */
    public static int spaced(int count, int step) {
        int highest = ephemeralLow() - 1 - step * (count - 1);
        for (int attempt = 0; attempt < 500; attempt++) {
            int first = highest > LOWEST ? ThreadLocalRandom.current().nextInt(LOWEST, highest + 1) : anyFree();
            if (allFree(first, count, step)) {
                for (int n = 0; n < count; n++) {
                    GIVEN.add(first + n * step);
                }
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " free ports " + step + " apart");
    }

    private static boolean allFree(int first, int count, int step) {
        for (int n = 0; n < count; n++) {
            int port = first + n * step;
            if (port > 65_535 || GIVEN.contains(port) || !bindable(port)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bindable(int port) {
        // Bound on every address, as the services bind: a port taken on one address only is not free.
        try (ServerSocket socket = new ServerSocket(port, 1, (InetAddress) null)) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first port of {@code net.ipv4.ip_local_port_range} (32768 by default on Linux). */
    static int ephemeralLow() {
        // Read by line: Files.readString trusts the size /proc reports and returns a truncated text.
        try (BufferedReader in = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            return Integer.parseInt(in.readLine().strip().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}
