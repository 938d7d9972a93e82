package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.importer.ImportService;
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
 * A copy of last year in a real browser (#21): the editor sees the stale-year and identical-figure
 * warnings in their colours, cannot submit without the profile and an explanation, and every step
 * (copy, save, submit, return, publish) ends with its own message. Screenshots go to
 * target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopiedDraftBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;

    private ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        accounts.add(
                new AccountService.NewAccount(
                        "copy-editor", Role.UNIT_EDITOR, "醴陵市司法局", null, "editor-password-9"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "copy-reviewer", Role.REVIEWER, null, "430200", "reviewer-password-9"),
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

    private void login(String user, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches(".*/staff$"));
    }

    /** Clicks a button that leaves the page and waits for the page that answers. */
    private void clickAndWaitForAnswer(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        d -> {
                            try {
                                button.isDisplayed();
                                return false;
                            } catch (WebDriverException e) {
                                return true; // the old page is gone
                            }
                        });
    }

    private WebElement button(String action) {
        return browser.findElement(By.cssSelector("form[action$='" + action + "'] button"));
    }

    private String notice() {
        return browser.findElement(By.cssSelector("main .notice[role=status]")).getText();
    }

    private String error() {
        return browser.findElement(By.cssSelector("main .form-error[role=alert]")).getText();
    }

    private void type(String name, String value) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String borderColour(String css) {
        return browser.findElement(By.cssSelector(css)).getCssValue("border-left-color");
    }

    @Test
    void aCopyOfLastYearIsFlaggedAndCannotGoOutUntilExplainedWithAMessageAfterEachStep()
            throws Exception {
        login("copy-editor", "editor-password-9");
        type("year", "2024");
        browser.findElement(By.cssSelector("input[name=start][value=COPY_KEPT]")).click();
        clickAndWaitForAnswer(browser.findElement(By.cssSelector("section.create form button")));
        assertTrue(browser.getCurrentUrl().endsWith("?done=copied"), browser.getCurrentUrl());
        String page = browser.getCurrentUrl().replaceAll("\\?.*", "");
        assertTrue(notice().contains("已复制上一年度的决算"), notice());

        // The stale year and the identical figures are flagged, as hints in amber.
        String checks = browser.findElement(By.cssSelector("#checks-title + p + ul")).getText();
        assertTrue(checks.contains("本节只写到2023年"), checks);
        assertTrue(checks.contains("与2023年度决算完全相同"), checks);
        String ink = browser.findElement(By.tagName("body")).getCssValue("color");
        assertEquals("rgba(183, 121, 31, 1)", borderColour("ul.findings li.finding-warning"));
        shot("21-copy-flagged");

        // Submitting without the head of unit and the date: refused, the explanation kept.
        type("explanation", "金额与上年核对一致");
        clickAndWaitForAnswer(button("/submit"));
        assertTrue(error().contains("单位负责人、报送日期"), error());
        assertEquals(
                "金额与上年核对一致", browser.findElement(By.name("explanation")).getAttribute("value"));

        type("headOfUnit", "张三");
        browser.executeScript(
                "document.querySelector('input[name=reportDate]').value = '2024-08-01'");
        clickAndWaitForAnswer(button("/profile"));
        assertTrue(notice().contains("基本信息已保存"), notice());

        // Without an explanation the hints stop the submission.
        type("explanation", "");
        clickAndWaitForAnswer(button("/submit"));
        assertTrue(error().contains("请填写说明"), error());

        // The submit button stays in reach at the bottom of the window.
        assertEquals(
                "sticky",
                browser.findElement(By.cssSelector("section.action-bar")).getCssValue("position"));
        type("explanation", "金额与上年核对一致，确属相同");
        clickAndWaitForAnswer(button("/submit"));
        assertTrue(notice().contains("已提交审核"), notice());
        shot("23-submitted");

        // The reviewer finds it in the queue, returns it, then publishes the resubmission.
        login("copy-reviewer", "reviewer-password-9");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("审核工作台"));
        String id = page.replaceAll(".*/", "");
        browser.findElement(By.cssSelector("a[href='/staff/disclosures/" + id + "']")).click();
        type("comment", "请核对金额是否为2024年度");
        clickAndWaitForAnswer(button("/return"));
        assertTrue(notice().contains("已退回填报单位修改"), notice());

        login("copy-editor", "editor-password-9");
        browser.get(page);
        type("explanation", "已核对：金额确属相同");
        clickAndWaitForAnswer(button("/submit"));
        assertTrue(notice().contains("已提交审核"), notice());

        login("copy-reviewer", "reviewer-password-9");
        browser.get(page);
        browser.findElement(By.cssSelector("form[action$='/publish'] input[name=confirm]")).click();
        clickAndWaitForAnswer(button("/publish"));
        assertTrue(notice().contains("已审核通过并公开"), notice());
        shot("24-published");

        // An error draws red, apart from the amber hints: a blank draft with a 公开03 row whose
        // total is not the sum of its parts.
        login("copy-editor", "editor-password-9");
        type("year", "2017");
        clickAndWaitForAnswer(browser.findElement(By.cssSelector("section.create form button")));
        String blank = browser.getCurrentUrl().replaceAll("\\?.*", "");
        open(blank.replaceAll(".*(/staff/)", "/staff/") + "/tables/G03");
        type("newCode", "2040610");
        clickAndWaitForAnswer(browser.findElement(By.cssSelector(".grid-actions button")));
        type("newCode", "");
        type("amt_0_total", "78.01");
        type("amt_0_basic", "7.80");
        type("amt_0_project", "70.00");
        clickAndWaitForAnswer(browser.findElement(By.cssSelector(".grid-actions button")));
        browser.get(blank);
        assertEquals("rgba(200, 30, 30, 1)", borderColour("ul.findings li.finding-error"));
        assertEquals("rgba(183, 121, 31, 1)", borderColour("ul.findings li.finding-warning"));
        assertTrue(!ink.equals(borderColour("ul.findings li.finding-error")), ink);
        shot("25-error-and-hints");
    }
}
