package fr.cls.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cls.platform.test.TestPdfs;

/**
 * Issue 19: one CLS from the letter of intent to its entry into force through the console, in headless Chromium,
 * against the whole local stack. ARS PACA's approver drives it; the Département de la Mayenne, a signatory party,
 * sees it and what still blocks it in its own console and deposits its deliberation; an agent of another ARS sees nothing of it.
 * The COPIL's validation goes through the console's governance pages too: the approver names the person of each
 * seat, schedules today's meeting with "Valider le contrat" on its agenda, convenes it, records everyone present
 * and the decision by consensus. Skipped without Chromium;
 * a screenshot of the page at fault is saved under target/ when it fails.
 */
class ConsoleContractJourneyIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PAGE = Duration.ofSeconds(60);

    static RunningStack stack;
    private WebDriver browser;

    @BeforeAll
    static void startStack() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        stack = RunningStack.startWithConsole();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anArsAndADepartementTakeOneClsToSignatureInTheConsoleAndAnotherArsSeesNothingOfIt() throws Exception {
        String title = "CLS de Martigues " + System.nanoTime();
        String id;
        try {
            // ARS PACA: the letter of intent, the département as a signatory party, framing and agreement.
            logIn("approver.paca");
            open("/contrats/nouveau");
            browser.findElement(By.id("nouveau-title")).sendKeys(title);
            new Select(browser.findElement(By.id("nouveau-kind"))).selectByValue("CLS");
            submit("Enregistrer la lettre d'intention");
            awaitHeading(title);
            id = browser.getCurrentUrl().replaceAll(".*/contrats/([0-9a-f-]{36}).*", "$1");

            browser.findElement(By.id("parties-tenantId")).sendKeys("cd-53");
            new Select(browser.findElement(By.id("parties-role"))).selectByValue("SIGNATORY");
            submit("Ajouter la partie");
            awaitDone("La partie est ajoutée.");
            act("Commencer le cadrage");
            new Select(browser.findElement(By.id("agreement-diagnosticMode"))).selectByValue("ORS");
            act("Donner l'accord de l'ARS");

            // The territory from the official division, its population computed before saving.
            browser.findElement(By.linkText("Choisir le territoire")).click();
            awaitHeading("Territoire du contrat");
            browser.findElement(By.id("q")).sendKeys("Martigues");
            submit("Chercher");
            wait(PAGE).until(ExpectedConditions.elementToBeClickable(By.linkText("Ajouter"))).click();
            wait(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "habitants"));
            submit("Enregistrer ce territoire");
            awaitDone("Le territoire est enregistré.");
            assertThat(fact("Territoire")).contains("Martigues");

            // The diagnostic and the signatories; what blocks the submission shows before trying it.
            for (String portrait : List.of("territoryPortrait", "healthPortrait", "resourcesPortrait")) {
                browser.findElement(By.cssSelector("label[for=diagnostic-" + portrait + "]")).click();
            }
            act("Enregistrer le diagnostic remis");
            assertThat(blockers()).contains("le COPIL n’a pas encore validé le contrat",
                    "il faut au moins deux signataires, dont l’ARS et une collectivité");
            addSignatory("ARS Provence-Alpes-Côte d'Azur", "ARS", false);
            addSignatory("Ville de Martigues", "COLLECTIVITE", true);
            addSignatory("Département de la Mayenne", "DEPARTEMENT", false);
            assertThat(blockers()).contains("le COPIL n’a pas encore validé le contrat")
                    .doesNotContain("il faut au moins deux signataires");
            assertThat(browser.findElements(By.cssSelector("form.action button")).stream().map(WebElement::getText))
                    .contains("Soumettre aux signatures");

            copilValidates(id, title, 3);
            open("/contrats/" + id);
            await("the COPIL's validation reaches the contract").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        browser.navigate().refresh();
                        return browser.findElement(By.id("blocages")).getText().startsWith("Rien ne bloque");
                    });
            act("Soumettre aux signatures");
            assertThat(fact("Statut")).isEqualToIgnoringCase("En attente de signatures");
            logOut();

            // The département, a party: the contract is in its list, with what still waits for signatures.
            logIn("agent.cd53");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
            browser.findElement(By.linkText(title)).click();
            awaitHeading(title);
            assertThat(fact("Statut")).isEqualToIgnoringCase("En attente de signatures");
            assertThat(blockers()).contains("reste à signer", "Département de la Mayenne");
            // Its own part: the deliberation of its assembly approving the contract, a signed PDF.
            Path deliberation = Files.createTempFile("deliberation", ".pdf");
            Files.write(deliberation, TestPdfs.signed("Délibération du conseil départemental de la Mayenne"));
            new Select(browser.findElement(By.id("originaux-kind"))).selectByValue("DELIBERATION");
            browser.findElement(By.id("originaux-title")).sendKeys("Délibération du conseil départemental");
            browser.findElement(By.id("originaux-file")).sendKeys(deliberation.toString());
            submit("Déposer le document");
            awaitDone("Le document est déposé.");
            assertThat(browser.findElement(By.id("originaux-titre")).findElement(By.xpath("..")).getText())
                    .contains("Délibération du conseil départemental", "cd-53");
            logOut();

            // ARS PACA records each signature (the API keeps that to the owner), then puts the contract in force.
            logIn("approver.paca");
            open("/contrats/" + id);
            for (int signed = 0; signed < 3; signed++) {
                submit("Enregistrer la signature");
                awaitDone("La signature est enregistrée.");
            }
            assertThat(blockers()).startsWith("Rien ne bloque l'entrée en vigueur");
            String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                    browser.findElement(By.id("signature-startDate")), today);
            act("Mettre en vigueur (toutes les signatures reçues)");
            assertThat(fact("Statut")).isEqualToIgnoringCase("En vigueur");
            assertThat(browser.findElement(By.linkText("Version signée (PDF)")).getAttribute("href"))
                    .endsWith("/contrats/" + id + "/version-signee.pdf");
            assertThat(signedPdf(id)).startsWith("%PDF");
            logOut();

            // Another ARS: not in its list, and the contract's address reads "Contrat introuvable".
            logIn("agent.bretagne");
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(title);
            open("/contrats/" + id);
            awaitHeading("Contrat introuvable");
            assertThat(browser.getPageSource()).doesNotContain(title, "Exception");
        } catch (AssertionError | RuntimeException e) {
            screenshot("console-journey-failure.png");
            throw e;
        } finally {
            quit();
        }
    }

    private void logIn(String person) throws IOException {
        quit();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("console-journey"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        browser.get(stack.consoleUrl() + "/contrats");
        wait(PAGE).until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(person);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        awaitHeading("Mes contrats");
    }

    /** Logs out at the console and the issuer (the next person gets a browser of their own anyway). */
    private void logOut() {
        submit("Se déconnecter");
        wait(PAGE).until(ExpectedConditions.urlContains("/au-revoir"));
    }

    private void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    private void open(String path) {
        browser.get(stack.consoleUrl() + path);
    }

    private void submit(String label) {
        WebElement button = browser.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().strip().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + label + "\" on " + browser.getCurrentUrl()));
        click(button);
    }

    private void click(WebElement button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** A lifecycle action: the page comes back with "c'est enregistré" (a refusal would show its reasons instead). */
    private void act(String label) {
        submit(label);
        awaitDone(label + " : c'est enregistré.");
    }

    private void addSignatory(String organisation, String kind, boolean carrier) {
        browser.findElement(By.id("signataires-organisation")).sendKeys(organisation);
        new Select(browser.findElement(By.id("signataires-kind"))).selectByValue(kind);
        if (carrier) {
            browser.findElement(By.cssSelector("label[for=signataires-carrier]")).click();
        }
        submit("Ajouter le signataire");
        awaitDone("Le signataire est ajouté.");
    }

    private void awaitDone(String message) {
        try {
            wait(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), message));
        } catch (RuntimeException e) {
            List<WebElement> refusal = browser.findElements(By.id("refus"));
            throw new AssertionError("\"" + message + "\" not shown" + (refusal.isEmpty() ? "" : ": " + refusal.get(0).getText()), e);
        }
    }

    private void awaitHeading(String text) {
        wait(PAGE).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private String blockers() {
        return browser.findElement(By.id("blocages")).getText();
    }

    private String fact(String term) {
        return browser.findElement(By.xpath("//dl[@class='facts']//dt[normalize-space()='" + term + "']/following-sibling::dd"))
                .getText().strip();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    /** The signed version's PDF, asked with the browser's session: what the person's link gives. */
    private String signedPdf(String id) throws Exception {
        String session = browser.manage().getCookieNamed("CLS_CONSOLE_SESSION").getValue();
        HttpResponse<byte[]>[] answer = new HttpResponse[1];
        // The signed version is recorded as the contract comes into force; the link answers once it is.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            answer[0] = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(stack.consoleUrl() + "/contrats/" + id + "/version-signee.pdf"))
                    .header("Cookie", "CLS_CONSOLE_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
            return answer[0].statusCode() == 200;
        });
        assertThat(answer[0].headers().firstValue("Content-Type")).hasValue("application/pdf");
        return new String(answer[0].body(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * The COPIL the platform opened for the contract (a seat offered to each signatory) meets today with every member
     * present and validates the contract by consensus: in the console's governance pages, as ARS PACA's approver.
     */
    private void copilValidates(String id, String title, int signatories) {
        open("/contrats/" + id + "/gouvernance");
        awaitHeading("Gouvernance du contrat " + title);
        By copil = By.xpath("//table[caption='Instances du contrat']//tr[td[normalize-space()='Comité de pilotage (COPIL)']]//a");
        await("the COPIL").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.navigate().refresh();
            return !browser.findElements(copil).isEmpty();
        });
        browser.findElement(copil).click();
        By seats = By.cssSelector("form[aria-label^='Siège de']");
        await("a seat per signatory").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.navigate().refresh();
            return browser.findElements(seats).size() == signatories;
        });
        for (int named = 0; named < signatories; named++) {
            WebElement seat = browser.findElement(seats);
            String person = "Représentant·e de " + seat.getAttribute("aria-label").substring("Siège de ".length());
            seat.findElement(By.name("person")).sendKeys(person);
            new Select(seat.findElement(By.name("role"))).selectByValue("MEMBER");
            if (!seat.findElement(By.name("voting")).isSelected()) {
                seat.findElement(By.cssSelector("input[name=voting] + label")).click();
            }
            click(seat.findElement(By.cssSelector("button[type=submit]")));
            awaitDone("Siège pourvu : " + person + ".");
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("reunion-date")), LocalDate.now(ZoneId.of("Europe/Paris")).toString());
        browser.findElement(By.id("reunion-lieu")).sendKeys("Hôtel de ville de Martigues");
        submit("Programmer la réunion");
        awaitDone("Réunion programmée");
        browser.findElement(By.id("point-titre")).sendKeys("Validation du contrat");
        new Select(browser.findElement(By.id("point-objet"))).selectByValue("VALIDATE_CONTRACT");
        submit("Ajouter le point");
        awaitDone("Point ajouté à l'ordre du jour.");
        submit("Convoquer les membres");
        awaitDone("Les membres sont convoqués.");
        // The attendance sheet has everyone present until told otherwise.
        assertThat(browser.findElements(By.cssSelector("select[name^=statut-]")).stream()
                .map(status -> new Select(status).getFirstSelectedOption().getAttribute("value")))
                .hasSize(signatories).containsOnly("PRESENT");
        submit("Enregistrer la tenue et les présences");
        awaitDone("La tenue de la réunion et les présences sont enregistrées.");
        // Badges are upper-cased by the style sheet.
        assertThat(browser.findElement(By.xpath("//dl[contains(@class,'quorum')]//dt[normalize-space()='Quorum']/following-sibling::dd"))
                .getText().strip()).isEqualToIgnoringCase("Atteint");
        WebElement decision = browser.findElement(By.cssSelector("form.decision"));
        new Select(decision.findElement(By.name("mode"))).selectByValue("CONSENSUS");
        click(decision.findElement(By.cssSelector("button[type=submit]")));
        awaitDone("La décision est enregistrée.");
        assertThat(browser.findElement(By.id("ordre-du-jour")).getText()).contains("Validation du contrat")
                .containsIgnoringCase("Adopté");
    }

    private void screenshot(String name) {
        if (browser == null) {
            return;
        }
        try {
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(Path.of("target"));
            Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot: " + e.getMessage());
        }
    }
}
