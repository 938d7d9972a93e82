package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.StandardTable;
import gongkai.importer.ImportService;
import gongkai.testsupport.Chromium;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
 * The staff workflow in a real browser (headless chromium): an editor creates a small disclosure,
 * enters a table with a deliberate error, sees it next to the cell, fixes it, submits; a reviewer
 * publishes; the public search finds it. Screenshots go to target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserWorkflowTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    private ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        accounts.add(
                new AccountService.NewAccount(
                        "browser-editor", Role.UNIT_EDITOR, "醴陵市司法局", null, "editor-password-9"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "browser-reviewer", Role.REVIEWER, null, "430200", "reviewer-password-9"),
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

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void login(String user, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
        // A click does not always wait for the form's navigation; without the session cookie the
        // next page would be the login page again.
        waitForUrl(".*/staff$");
    }

    /**
     * Saves the table grid and waits for the page that answers: the URL stays the same, so wait for
     * the old one to go.
     */
    private void saveGrid() {
        clickAndWaitForAnswer(browser.findElement(By.cssSelector(".grid-actions button")));
    }

    private void clickAndWaitForAnswer(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        d -> {
                            try {
                                button.isDisplayed();
                                return false;
                            } catch (WebDriverException e) {
                                // Chrome reports a node of the replaced page as stale or,
                                // mid-navigation, as "Node
                                // with given id does not belong to the document": either way the
                                // save has answered.
                                return true;
                            }
                        });
    }

    private void waitForUrl(String regex) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches(regex));
    }

    private void type(String name, String value) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void anEditorEntersATableFixesTheFlaggedCellAndAReviewerPublishesIt() throws Exception {
        login("browser-editor", "editor-password-9");
        assertTrue(browser.getCurrentUrl().endsWith("/staff"), browser.getCurrentUrl());
        shot("01-dashboard");

        type("year", "2017");
        browser.findElement(By.cssSelector("section.create form button")).click();
        waitForUrl(".*/staff/disclosures/\\d+\\?done=created$");
        String disclosurePage = browser.getCurrentUrl().replaceAll("\\?.*", "");
        long id = Long.parseLong(disclosurePage.replaceAll(".*/", ""));

        // The page's sticky action bar floats over its bottom: bring the link to the middle first.
        WebElement g03 = browser.findElement(By.linkText("公开03 支出决算表"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", g03);
        g03.click();
        type("newCode", "2040610");
        saveGrid();
        assertEquals(
                "社区矫正",
                browser.findElement(By.name("name_0")).getAttribute("value"),
                "official name filled in");
        type("newCode", "");
        type("amt_0_total", "78.01"); // deliberate error: 7.80 + 70.00 = 77.80
        type("amt_0_basic", "7.80");
        type("amt_0_project", "70.00");
        saveGrid();
        WebElement flagged = browser.findElement(By.cssSelector("td.has-error .field-error"));
        assertTrue(flagged.getText().contains("相差"), flagged.getText());
        shot("02-table-error-next-to-cell");

        type("amt_0_total", "77.80");
        saveGrid();
        assertTrue(
                browser.findElements(By.cssSelector("td.has-error")).isEmpty(),
                "the error is gone");
        shot("03-table-fixed");

        browser.get(disclosurePage);
        type("headOfUnit", "张三");
        // The date input takes the digits of the browser's locale order; set it directly.
        browser.executeScript(
                "document.querySelector('input[name=reportDate]').value = '2024-08-01'");
        clickAndWaitForAnswer(
                browser.findElement(By.xpath("//form[contains(@action,'/profile')]//button")));
        type("explanation", "表格内容经核对无误");
        browser.findElement(By.xpath("//form[contains(@action,'/submit')]//button")).click();
        waitForUrl(".*/staff/disclosures/" + id + "\\?.*");
        assertTrue(browser.getPageSource().contains("状态：<strong>已提交"), "status shows submitted");
        shot("04-submitted");

        login("browser-reviewer", "reviewer-password-9");
        browser.get(disclosurePage);
        browser.findElement(By.cssSelector("form[action$='/publish'] input[name=confirm]")).click();
        browser.findElement(By.xpath("//form[contains(@action,'/publish')]//button")).click();
        waitForUrl(".*/staff/disclosures/" + id + "\\?.*");
        assertTrue(browser.getPageSource().contains("状态：<strong>已公开"), "status shows published");
        shot("05-published");

        // The public search finds it within seconds (the indexer polls the outbox every second).
        Instant deadline = Instant.now().plusSeconds(15);
        boolean found = false;
        while (!found && Instant.now().isBefore(deadline)) {
            open("/search?q=" + URLEncoder.encode("社区矫正", StandardCharsets.UTF_8) + "&year=2017");
            found = browser.getPageSource().contains("/disclosures/" + id);
            if (!found) {
                Thread.sleep(300);
            }
        }
        shot("06-public-search");
        assertTrue(found, "the published disclosure is found by the public search");
    }

    @Test
    void switchingAGridShownInYuanToWanYuanAndSavingKeepsEveryAmount() throws Exception {
        login("browser-editor", "editor-password-9");
        type("year", "2016");
        browser.findElement(By.cssSelector("section.create form button")).click();
        waitForUrl(".*/staff/disclosures/\\d+\\?done=created$");
        long id =
                Long.parseLong(
                        browser.getCurrentUrl().replaceAll("\\?.*", "").replaceAll(".*/", ""));

        // A table kept in 元: entered in 元 and saved.
        open("/staff/disclosures/" + id + "/tables/G03?unit=YUAN");
        type("newCode", "2040610");
        saveGrid();
        type("newCode", "");
        type("amt_0_total", "780100.00");
        type("amt_0_basic", "78000.00");
        type("amt_0_project", "702100.00");
        saveGrid();
        assertEquals(
                "元",
                browser.findElement(By.cssSelector("#unit-now strong")).getText(),
                "shown in 元");
        Map<String, BigDecimal> before = stored(id);
        assertEquals(new BigDecimal("780100.00"), before.get("total"));

        // The editor switches to 万元: the numbers on screen are converted, nothing is stored yet.
        clickAndWaitForAnswer(browser.findElement(By.cssSelector("button[name=switchUnit]")));
        assertEquals("78.01", browser.findElement(By.name("amt_0_total")).getAttribute("value"));
        assertEquals("万元", browser.findElement(By.cssSelector("#unit-now strong")).getText());
        assertEquals("70.21", browser.findElement(By.name("amt_0_project")).getAttribute("value"));
        shot("07-table-switched-to-wan-yuan");
        assertEquals(before, stored(id), "switching stores nothing");

        saveGrid();
        assertTrue(browser.getPageSource().contains("已保存"), "saved");
        assertEquals(before, stored(id), "every amount is unchanged after saving in 万元");
        assertEquals("78.01", browser.findElement(By.name("amt_0_total")).getAttribute("value"));
    }

    private Map<String, BigDecimal> stored(long id) {
        return catalog.document(id).orElseThrow().tables().stream()
                .filter(t -> t.kind() == StandardTable.G03)
                .findFirst()
                .orElseThrow()
                .rows()
                .stream()
                .filter(r -> "2040610".equals(r.code()))
                .findFirst()
                .orElseThrow()
                .amounts();
    }
}
