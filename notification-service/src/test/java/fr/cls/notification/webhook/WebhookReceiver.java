package fr.cls.notification.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver for tests: records every request, answers the queued status codes first and then 204 ({@link
 * #HANG}: no answer until the receiver closes); can be down (nothing listening on its port) and come back on the
 * same port.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(Map<String, String> headers, String body, int answered) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** Queued instead of a status code: the receiver reads the request and never answers it. */
    static final int HANG = -1;

    private final int port;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private HttpServer server;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    static WebhookReceiver started(Integer... firstAnswers) {
        WebhookReceiver receiver = new WebhookReceiver(freePort());
        receiver.answers.addAll(List.of(firstAnswers));
        receiver.start();
        return receiver;
    }

    /** A receiver whose port is known but where nothing listens yet. */
    static WebhookReceiver down() {
        return new WebhookReceiver(freePort());
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hooks", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Requests answered 2xx that carried this webhook-id. */
    long deliveredWithId(Object id) {
        return received.stream().filter(r -> r.answered() >= 200 && r.answered() < 300)
                .filter(r -> id.toString().equals(r.header("webhook-id"))).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        Integer queued = answers.poll();
        int status = queued == null ? 204 : queued;
        received.add(new Received(headers, body, status));
        if (status == HANG) {
            awaitClosing();
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private void awaitClosing() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        closing.countDown();
        if (server != null) {
            server.stop(0);
        }
        handlers.shutdownNow();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
