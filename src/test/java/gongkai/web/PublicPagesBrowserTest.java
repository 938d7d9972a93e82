package gongkai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.importer.ImportService;
import gongkai.testsupport.Chromium;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages in headless Chromium at a desktop and a phone width: no JavaScript console error
 * (CSP violations included), no serious or critical axe-core violation, nothing wider than the
 * phone's screen. Screenshots go to target/screenshots/public-*.png.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    private ChromeDriver browser;
    private String axeSource;
    private final Map<String, String> pages = new LinkedHashMap<>();

    @BeforeAll
    void start() throws IOException {
        imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true);
        imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true);
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        imports.importDocument(
                "004-2022", SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2022), true);
        DisclosureSummary liling =
                catalog.list(null, 2023, DisclosureStatus.PUBLISHED, 100, 0).stream()
                        .filter(d -> d.unitName().equals("醴陵市司法局"))
                        .findFirst()
                        .orElseThrow();
        pages.put("home", "/");
        pages.put("search", "/search?q=" + URLEncoder.encode("社区矫正经费", StandardCharsets.UTF_8));
        pages.put("disclosure", "/disclosures/" + liling.id());
        pages.put("unit", "/units/" + liling.unitId());
        pages.put("compare", "/compare?code=2040610");
        pages.put("projects", "/projects?q=" + URLEncoder.encode("普法", StandardCharsets.UTF_8));
        pages.put("region", "/regions/430000");
        pages.put("year", "/years/2023");
        pages.put("api-docs", "/api-docs");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AXE)) {
            axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SHOTS);
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesWorkAtDesktopAndPhoneWidthWithoutConsoleErrorsOrSeriousAccessibilityViolations()
            throws IOException {
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                problems.addAll(check(page.getKey(), page.getValue(), size));
            }
        }
        assertEquals(List.of(), problems, "problems on the public pages");
    }

    /** The bottom edge of the first element matching {@code css}, in CSS pixels from the top. */
    private double bottomOf(String path, String css) {
        browser.get(server.getURI().resolve(path).toString());
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "complete".equals(js.executeScript("return document.readyState")));
        Object bottom =
                js.executeScript(
                        "const e = document.querySelector(arguments[0]);"
                                + " return e ? e.getBoundingClientRect().bottom : -1;",
                        css);
        return ((Number) bottom).doubleValue();
    }

    @Test
    void onAPhoneTheFirstResultAndTheSummaryCardAreOnTheFirstScreenAndCompareRowsAreOneLine() {
        browser.manage().window().setSize(new Dimension(390, 844));
        JavascriptExecutor js = browser;
        long screen = (Long) js.executeScript("return window.innerHeight;");
        double firstHit = bottomOf(pages.get("search"), "ol.hits > li.hit");
        assertTrue(
                firstHit > 0 && firstHit <= screen,
                "the first result ends at " + firstHit + " px of a " + screen + " px screen");
        double card = bottomOf(pages.get("disclosure"), "section.summary-card");
        assertTrue(
                card > 0 && card <= screen,
                "the summary card ends at " + card + " px of a " + screen + " px screen");
        browser.get(server.getURI().resolve(pages.get("compare")).toString());
        Object heights =
                js.executeScript(
                        "return Array.from(document.querySelectorAll('table.compare-table tbody tr'))"
                                + ".map(r => [r.getBoundingClientRect().height,"
                                + " parseFloat(getComputedStyle(r.querySelector('td')).lineHeight)]);");
        List<?> rows = (List<?>) heights;
        assertTrue(!rows.isEmpty(), "the comparison has rows");
        for (Object row : rows) {
            List<?> pair = (List<?>) row;
            double height = ((Number) pair.get(0)).doubleValue();
            double line = ((Number) pair.get(1)).doubleValue();
            // one line of text plus the cell's padding and border
            assertTrue(
                    height < 2 * line,
                    "a comparison row is " + height + " px high, a line " + line);
        }
    }

    private List<String> check(String name, String path, Dimension size) throws IOException {
        List<String> problems = new ArrayList<>();
        String where = name + " @" + size.getWidth() + "px";
        browser.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        browser.get(server.getURI().resolve(path).toString());
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "complete".equals(js.executeScript("return document.readyState")));
        // Charts draw after load; give them a moment so their errors, if any, reach the console.
        sleep(400);
        Files.write(
                SHOTS.resolve("public-" + name + "-" + size.getWidth() + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));

        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(where + " console: " + entry.getMessage());
            }
        }
        long overflow =
                (Long)
                        js.executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (overflow > 0) {
            problems.add(where + ": page is " + overflow + "px wider than the window");
        }
        js.executeScript(axeSource);
        Object violations =
                browser.executeAsyncScript(
                        """
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));
                """);
        for (Object v : (List<?>) violations) {
            problems.add(where + " axe: " + v);
        }
        assertTrue(browser.getTitle().contains("公开"), where + " has the site title");
        return problems;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
