package gongkai.disclosure.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.importer.ImportService;
import gongkai.testsupport.Chromium;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The charts in a real browser (headless chromium) under the portal's Content-Security-Policy:
 * every chart is drawn, and the console stays free of errors (a CSP violation would show there).
 * Screenshots go to target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartsBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    private ChromeDriver browser;
    private long disclosure;
    private long unit;

    @BeforeAll
    void start() throws IOException {
        disclosure =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        imports.importDocument(
                "liling-2022.txt",
                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2022),
                true);
        unit = catalog.document(disclosure).orElseThrow().unit().id();
        Files.createDirectories(SHOTS);
        // the shared helper installs or skips; this test needs the browser console too, so it
        // starts its own session
        Chromium.start(400, 300).quit();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        Path profile = Files.createTempDirectory("chromium-profile");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000",
                "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser =
                new ChromeDriver(
                        new ChromeDriverService.Builder()
                                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                                .usingAnyFreePort()
                                .build(),
                        options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get(server.getURI().resolve(path).toString());
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Scrolls to each chart in turn (charts load and draw when they come near the viewport), then
     * waits until every chart container is shown and holds a drawn canvas.
     */
    private void assertChartsDrawn(List<String> ids) {
        for (String id : ids) {
            browser.executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})",
                    browser.findElement(By.id("chart-" + id)));
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(
                            d ->
                                    !d.findElements(By.cssSelector("#chart-" + id + " canvas"))
                                            .isEmpty());
        }
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(
                        d ->
                                ids.stream()
                                        .allMatch(
                                                id ->
                                                        !d.findElements(
                                                                        By.cssSelector(
                                                                                "#chart-" + id
                                                                                        + " canvas"))
                                                                .isEmpty()));
        for (String id : ids) {
            WebElement container = browser.findElement(By.id("chart-" + id));
            assertTrue(container.isDisplayed(), id + " is shown once drawn");
            WebElement canvas = container.findElement(By.tagName("canvas"));
            assertTrue(
                    canvas.getSize().getWidth() > 200 && canvas.getSize().getHeight() > 200,
                    id + " has a real size");
        }
    }

    @Test
    void theConsoleReportsErrorsToThisTest() {
        open("/disclosures/" + disclosure);
        browser.executeScript("console.error('probe-from-test')");
        assertTrue(
                consoleErrors().stream().anyMatch(m -> m.contains("probe-from-test")),
                "the console is readable, so an empty list below means no errors");
    }

    @Test
    void theDisclosurePageDrawsItsThreeChartsWithoutConsoleErrors() throws IOException {
        browser.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        open("/disclosures/" + disclosure);
        assertChartsDrawn(List.of("income", "expense-kind", "expense-class"));
        // hovering a pie draws its tooltip: rich text inside the canvas, no inline-styled HTML the
        // CSP would refuse
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(browser.findElement(By.id("chart-income")))
                .perform();
        Files.write(
                SHOTS.resolve("disclosure-charts.png"),
                browser.findElement(By.id("charts")).getScreenshotAs(OutputType.BYTES));
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void aPhoneLoadsEChartsOnlyWhenAChartNearsTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/disclosures/" + disclosure);
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(
                            d ->
                                    "complete"
                                            .equals(
                                                    browser.executeScript(
                                                            "return document.readyState")));
            // two frames, so the observer that starts the load has had its first answer
            browser.executeAsyncScript(
                    "var done = arguments[0];"
                            + " requestAnimationFrame(function () { requestAnimationFrame(done); });");
            String echartsRequested =
                    "return document.querySelector('script[src*=\"echarts\"]') !== null";
            assertEquals(
                    Boolean.FALSE,
                    browser.executeScript(echartsRequested),
                    "the first screen of a report does not pay for the chart library");
            assertChartsDrawn(List.of("income"));
            assertEquals(Boolean.TRUE, browser.executeScript(echartsRequested));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void theUnitPageDrawsItsTrendsWithoutConsoleErrors() throws IOException {
        browser.manage().logs().get(LogType.BROWSER);
        open("/units/" + unit);
        assertChartsDrawn(List.of("income-expense", "basic-project", "three-public"));
        Files.write(
                SHOTS.resolve("unit-trends.png"),
                browser.findElement(By.id("trends")).getScreenshotAs(OutputType.BYTES));
        assertEquals(List.of(), consoleErrors());
        assertFalse(browser.findElement(By.id("trend-table")).getText().isBlank());
    }
}
