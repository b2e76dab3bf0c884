package fr.cls.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A person in a real browser (headless Chromium): logs in at the real development identity provider (its jar, as
 * the local stack runs it), sees "Mes contrats" from a stub gateway, opens a contract. Skipped when Chromium,
 * ChromeDriver or the identity provider's jar are missing; a screenshot is saved under target/ when it fails.
 */
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ID = "7d0c1a52-9d0e-4b4f-8d7b-3f1f2b1c0a11";

    private static Process identityProvider;
    private static StubGateway gateway;
    private static ConfigurableApplicationContext console;
    private static WebDriver browser;
    private static String consoleUrl;

    @BeforeAll
    static void start() throws Exception {
        Path jar = identityProviderJar();
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        assumeTrue(jar != null, "the identity provider's jar is not built (deploy/identity-provider)");
        int idpPort = freePort();
        int consolePort = freePort();
        // Both on 127.0.0.1, as the local stack runs them: cookies ignore ports, so the console's session cookie must
        // not be the issuer's JSESSIONID.
        String issuer = "http://127.0.0.1:" + idpPort;
        consoleUrl = "http://127.0.0.1:" + consolePort;
        ProcessBuilder idp = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString());
        idp.environment().putAll(java.util.Map.of("SERVER_PORT", Integer.toString(idpPort), "CLS_IDP_ISSUER", issuer,
                "CLS_IDP_BROWSER_REDIRECTS", consoleUrl + "/login/oauth2/code/cls",
                "CLS_IDP_POST_LOGOUT_REDIRECTS", consoleUrl + "/au-revoir", "CLS_LOG_FORMAT", ""));
        identityProvider = idp.redirectErrorStream(true)
                .redirectOutput(Path.of("target", "identity-provider.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await("the identity provider").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(URI.create(issuer + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);

        gateway = new StubGateway();
        gateway.answer("GET /api/v1/contracts", 200, StubGateway.page(StubGateway.contract(ID, "CLS de Marseille", "ELABORATION", 5)))
                .answer("GET /api/v1/contracts/" + ID, 200, StubGateway.contract(ID, "CLS de Marseille", "ELABORATION", 5))
                .answer("GET /api/v1/contracts/" + ID + "/parties", 200, "[{\"tenantId\":\"cd-13\",\"role\":\"CO_FUNDER\"}]")
                .answer("GET /api/v1/contracts/" + ID + "/signatories", 200, """
                        [{"id":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","organisation":"ARS Provence-Alpes-Côte d'Azur","kind":"ARS",
                          "carrier":false,"signedOn":null},
                         {"id":"1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","organisation":"Ville de Marseille","kind":"COLLECTIVITE",
                          "carrier":true,"signedOn":null}]""")
                .answer("GET /api/v1/contracts/" + ID + "/next-step", 200, """
                        {"step":"submission","violations":[{"rule":"copil-validated",
                         "message":"le COPIL n’a pas encore validé le contrat"}]}""");
        console = new SpringApplicationBuilder(ConsoleApplication.class).run("--server.port=" + consolePort,
                "--spring.security.oauth2.client.provider.cls.issuer-uri=" + issuer,
                "--cls.console.gateway-url=" + gateway.url(), "--logging.structured.format.console=");

        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("console-chromium"));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (console != null) {
            console.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (identityProvider != null) {
            identityProvider.destroy();
        }
    }

    @Test
    void logsInAtTheIssuerSeesMyContractsAndOpensOne() throws IOException {
        try {
            browser.get(consoleUrl + "/contrats");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("agent.paca");
            browser.findElement(By.name("password")).sendKeys("demo");
            browser.findElement(By.cssSelector("button[type=submit]")).click();

            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mes contrats"));
            assertThat(browser.getCurrentUrl()).startsWith(consoleUrl + "/contrats");
            assertThat(browser.getTitle()).isEqualTo("Mes contrats — Contrats locaux de santé");
            browser.findElement(By.linkText("CLS de Marseille")).click();

            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "CLS de Marseille"));
            assertThat(browser.findElement(By.id("cycle-titre")).getText()).isEqualTo("Cycle de vie");
            assertThat(browser.findElements(By.cssSelector("form.action button")).stream().map(e -> e.getText()))
                    .contains("Soumettre aux signatures");
            assertThat(browser.findElement(By.id("blocages")).getText()).contains("le COPIL n’a pas encore validé le contrat");
            // The DSFR's stylesheet applies (its Marianne font), so the files are served under the CSP.
            assertThat(browser.findElement(By.tagName("body")).getCssValue("font-family")).contains("Marianne");
            // The stub saw the person's own access token, issued by the identity provider.
            List<StubGateway.Call> calls = gateway.calls();
            assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call.authorization()).startsWith("Bearer ey"));
            save("console-contract.png");
            publishScreenshot();

            // A mistyped address: a French page with the site's landmarks, no stack trace (MockMvc has no error pages).
            browser.get(consoleUrl + "/nulle-part");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Page introuvable"));
            assertThat(browser.getPageSource()).doesNotContain("Exception", "Whitelabel");
        } catch (AssertionError | RuntimeException e) {
            save("console-browser-failure.png");
            throw e;
        }
    }

    private static void save(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** {@code -Dcls.console.screenshot=true} refreshes the README's picture of a contract's page (docs/images). */
    private static void publishScreenshot() throws IOException {
        if (Boolean.getBoolean("cls.console.screenshot")) {
            Files.copy(Path.of("target", "console-contract.png"), Path.of("..", "docs", "images", "console-contract.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path identityProviderJar() throws IOException {
        Path target = Path.of("..", "deploy", "identity-provider", "target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("identity-provider.*\\.jar")
                    && !f.getFileName().toString().endsWith("-sources.jar")).findFirst().orElse(null);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
