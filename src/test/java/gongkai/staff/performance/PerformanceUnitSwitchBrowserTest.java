package gongkai.staff.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StoredProject;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Chromium;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The performance form's 万元/元 switch in a real browser (headless chromium): the editor clicks the
 * switch on a project shown in 万元, sees the amounts in 元, saves, and every stored amount is
 * unchanged.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceUnitSwitchBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;

    private ChromeDriver browser;
    private long id;

    @BeforeAll
    void start() throws IOException {
        ImportReport report =
                imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), false);
        assertNotNull(report.disclosureId(), report.toString());
        id = report.disclosureId();
        accounts.add(
                new AccountService.NewAccount(
                        "perf-browser",
                        Role.UNIT_EDITOR,
                        report.unitName(),
                        null,
                        "perf-browser-pass-1"),
                "test");
        Files.createDirectories(SHOTS);
        browser = Chromium.start(1280, 900);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
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

    /** Clicks a submit button and waits until the page that answers has replaced this one. */
    private void clickAndWaitForAnswer(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        d -> {
                            try {
                                button.isDisplayed();
                                return false;
                            } catch (WebDriverException e) {
                                return true;
                            }
                        });
    }

    private StoredProject stored(long projectId) {
        return disclosures.projects(id).stream()
                .filter(s -> s.project().id() == projectId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void switchingAProjectShownInWanYuanToYuanAndSavingKeepsEveryAmount() throws Exception {
        StoredProject before =
                disclosures.projects(id).stream()
                        .filter(
                                p ->
                                        p.project().kind() == PerformanceProject.Kind.PROJECT
                                                && p.project().executed() != null
                                                && p.project().annualBudget() != null
                                                && p.project().executed().signum() > 0)
                        .findFirst()
                        .orElseThrow();
        long projectId = before.project().id();
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("perf-browser");
        browser.findElement(By.id("password")).sendKeys("perf-browser-pass-1");
        browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches(".*/staff$"));

        open("/staff/disclosures/" + id + "/performance/" + projectId + "?unit=WAN_YUAN");
        assertEquals(
                "万元",
                browser.findElement(By.cssSelector("#unit-now strong")).getText(),
                "shown in 万元");
        String inWan = browser.findElement(By.name("executed")).getAttribute("value");

        clickAndWaitForAnswer(browser.findElement(By.cssSelector("button[name=switchUnit]")));
        assertEquals(
                "元",
                browser.findElement(By.cssSelector("#unit-now strong")).getText(),
                "now read in 元");
        assertEquals(
                before.project().executed().setScale(2).toPlainString(),
                browser.findElement(By.name("executed")).getAttribute("value"),
                "converted from " + inWan + " 万元");
        Files.write(
                SHOTS.resolve("perf-switched-to-yuan.png"),
                browser.getScreenshotAs(OutputType.BYTES));
        assertEquals(before, stored(projectId), "switching stores nothing");

        clickAndWaitForAnswer(
                browser.findElement(By.cssSelector(".grid-actions button[type=submit]")));
        assertTrue(browser.getPageSource().contains("已保存"), "saved");
        StoredProject after = stored(projectId);
        assertEquals(
                0,
                before.project().executed().compareTo(after.project().executed()),
                "executed unchanged");
        assertEquals(
                0,
                before.project().annualBudget().compareTo(after.project().annualBudget()),
                "budget unchanged");
        assertEquals(
                0,
                before.project().initialBudget() == null
                        ? 0
                        : before.project()
                                .initialBudget()
                                .compareTo(after.project().initialBudget()),
                "initial budget unchanged");
    }
}
