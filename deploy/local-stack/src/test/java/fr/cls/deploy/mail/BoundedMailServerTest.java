package fr.cls.deploy.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The local mail server as the launcher runs it, in its own process, with a smaller heap than the launcher gives it:
 * plain GreenMail with 64 MB died after about 19,000 emails of this size; the bounded one takes 30,000 with 48 MB and
 * keeps answering.
 */
class BoundedMailServerTest {

    static final Path MAIL_JAR = Path.of("target/mail-server/greenmail-standalone.jar").toAbsolutePath();
    static final int KEPT = 1_000;
    static final int SENT = 30_000;
    static final int USERS = 10;

    final HttpClient http = HttpClient.newHttpClient();
    Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void keepsTheNewestEmailsOnlyAndSurvivesMoreEmailsThanItsHeapHolds() throws Exception {
        int smtpPort = freePort();
        int apiPort = freePort();
        start(smtpPort, apiPort);

        send(smtpPort, SENT);

        assertThat(server.isAlive()).as("the mail server survived " + SENT + " emails").isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(stored(apiPort)).isBetween(1, KEPT));
        List<String> lastSubjects = subjects(apiPort, "agent" + (SENT - 1) % USERS + "@demo.cls.local");
        assertThat(lastSubjects).as("the newest email is kept").contains("Email " + (SENT - 1));
        assertThat(lastSubjects).as("the oldest are dropped").doesNotContain("Email 0");
        long rss = residentKib(server.pid());
        System.out.printf("bounded mail server: %d emails sent, %d kept, RSS %d MiB%n", SENT, stored(apiPort), rss / 1024);
    }

    private void start(int smtpPort, int apiPort) throws Exception {
        assertThat(MAIL_JAR).as("copied by the build (generate-resources)").exists();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        String classpath = MAIL_JAR + java.io.File.pathSeparator + Path.of("target/classes").toAbsolutePath();
        server = new ProcessBuilder(javaCommand, "-Xmx48m", "-D" + BoundedMailServer.MAX_MESSAGES + "=" + KEPT,
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort, "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort, "-cp", classpath,
                BoundedMailServer.class.getName())
                .redirectErrorStream(true).redirectOutput(Files.createTempFile("mail-server", ".log").toFile()).start();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> get(apiPort, "/api/service/readiness").statusCode() == 200);
    }

    /** Plain SMTP on one connection, one reply line per command (GreenMail answers single lines after HELO). */
    private static void send(int port, int count) throws IOException {
        String text = "La convention du contrat local de santé a été signée. ".repeat(15);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, in, "HELO test", "250");
            for (int i = 0; i < count; i++) {
                command(out, in, "MAIL FROM:<noreply@cls.local>", "250");
                command(out, in, "RCPT TO:<agent" + i % USERS + "@demo.cls.local>", "250");
                command(out, in, "DATA", "354");
                command(out, in, "Subject: Email " + i + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text
                        + "\r\n.", "250");
            }
            command(out, in, "QUIT", "221");
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        expect(in, expected);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String reply = in.readLine();
        assertThat(reply).as("SMTP reply").startsWith(code);
    }

    private int stored(int apiPort) throws Exception {
        int total = 0;
        for (int user = 0; user < USERS; user++) {
            total += subjects(apiPort, "agent" + user + "@demo.cls.local").size();
        }
        return total;
    }

    private List<String> subjects(int apiPort, String address) throws Exception {
        JsonNode messages = new ObjectMapper().readTree(get(apiPort, "/api/user/" + address + "/messages/INBOX").body());
        return messages.findValuesAsText("subject");
    }

    private HttpResponse<String> get(int apiPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long residentKib(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
