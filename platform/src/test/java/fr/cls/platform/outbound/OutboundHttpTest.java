package fr.cls.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import com.sun.net.httpserver.HttpServer;

/** Real calls to a server on 127.0.0.1: what the guard lets through, and that a 302 is the answer. */
class OutboundHttpTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger redirectedTo = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/internal");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.createContext("/internal", exchange -> {
            redirectedTo.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aCallToALoopbackAddressIsNeverMade() {
        RestClient client = client(List.of(), host -> InetAddress.getAllByName(host));
        assertThatThrownBy(() -> client.get().uri(url("127.0.0.1")).retrieve().toBodilessEntity())
                .satisfies(e -> assertThat(OutboundFailures.classify(e)).isEqualTo(OutboundFailures.ADDRESS_NOT_ALLOWED));
        assertThat(requests).hasValue(0);
    }

    @Test
    void aNameThatRebindsToLoopbackIsRefusedAtConnectionTime() {
        RestClient client = client(List.of(), host -> "rebind.example".equals(host)
                ? new InetAddress[] {InetAddress.getByName("127.0.0.1")} : InetAddress.getAllByName(host));
        assertThatThrownBy(() -> client.get().uri(url("rebind.example")).retrieve().toBodilessEntity())
                .satisfies(e -> assertThat(OutboundFailures.classify(e)).isEqualTo(OutboundFailures.ADDRESS_NOT_ALLOWED));
        assertThat(requests).hasValue(0);
    }

    @Test
    void anAllowedHostIsCalledAndItsRedirectIsNotFollowed() {
        RestClient client = client(List.of("127.0.0.1"), host -> InetAddress.getAllByName(host));
        int status = client.get().uri(url("127.0.0.1")).exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(302);
        assertThat(requests).hasValue(1);
        assertThat(redirectedTo).hasValue(0);
    }

    @Test
    void aFailedCallIsDescribedByAFixedPhraseWithoutItsAddressOrPort() {
        RestClient client = client(List.of("127.0.0.1"), host -> InetAddress.getAllByName(host));
        int port = server.getAddress().getPort();
        server.stop(0);
        assertThatThrownBy(() -> client.get().uri(url("127.0.0.1")).retrieve().toBodilessEntity())
                .satisfies(e -> assertThat(OutboundFailures.classify(e)).isEqualTo("connection refused"))
                .satisfies(e -> assertThat(OutboundFailures.classify(e)).doesNotContain(Integer.toString(port)));
    }

    @Test
    void anErrorStatusIsDescribedByItsCodeOnly() {
        RestClient client = client(List.of("127.0.0.1"), host -> InetAddress.getAllByName(host));
        assertThatThrownBy(() -> client.get().uri(url("127.0.0.1").replace("/hooks", "/broken")).retrieve().toBodilessEntity())
                .satisfies(e -> assertThat(OutboundFailures.classify(e)).isEqualTo("HTTP 500"));
    }

    private String url(String host) {
        return "http://" + host + ":" + server.getAddress().getPort() + "/hooks";
    }

    private static RestClient client(List<String> allowedHosts, HostResolver resolver) {
        OutboundGuard guard = new OutboundGuard(new OutboundSettings(allowedHosts, List.of()), resolver);
        return RestClient.builder().requestFactory(new OutboundHttp(guard)
                .requestFactory(Duration.ofSeconds(2), Duration.ofSeconds(2))).build();
    }
}
