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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff action bar sticks to the bottom of the window on a long draft page (#21); scrolled to
 * the very bottom it must leave the page foot readable and clickable, on a desktop and on a phone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StickyActionBarBrowserTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;

    private ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        accounts.add(
                new AccountService.NewAccount(
                        "bar-editor", Role.UNIT_EDITOR, "醴陵市司法局", null, "editor-password-7"),
                "test");
        browser = Chromium.start(1280, 900);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void scrolledToTheBottomTheActionBarLeavesTheFootersLastLinkUncoveredAtPhoneAndDesktopWidth() {
        browser.get(server.getURI().resolve("/login").toString());
        browser.findElement(By.id("username")).sendKeys("bar-editor");
        browser.findElement(By.id("password")).sendKeys("editor-password-7");
        browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlMatches(".*/staff$"));
        browser.findElement(By.cssSelector("section.create form button")).click();
        wait.until(ExpectedConditions.urlMatches(".*/staff/disclosures/\\d+.*"));
        String draft = browser.getCurrentUrl().replaceAll("\\?.*", "");

        List<String> covered = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 900))) {
            browser.manage().window().setSize(size);
            browser.get(draft);
            JavascriptExecutor js = browser;
            wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));
            assertEquals(
                    Boolean.TRUE,
                    js.executeScript("return document.querySelector('section.action-bar') != null"),
                    "a draft page has the action bar");
            Object what =
                    js.executeScript(
                            "window.scrollTo(0, document.documentElement.scrollHeight);"
                                    + " const links = document.querySelectorAll('footer.site-footer a');"
                                    + " const last = links[links.length - 1];"
                                    + " const r = last.getBoundingClientRect();"
                                    + " const x = r.left + r.width / 2, y = r.top + r.height / 2;"
                                    + " if (y < 0 || y > window.innerHeight) return 'off screen at ' + y;"
                                    + " const hit = document.elementFromPoint(x, y);"
                                    + " if (last.contains(hit)) return 'ok';"
                                    + " const bar = hit && hit.closest('.action-bar');"
                                    + " return (bar ? 'the action bar' : (hit ? hit.tagName + '.'"
                                    + " + hit.className : 'nothing')) + ' at ' + Math.round(y)"
                                    + " + ' of ' + window.innerHeight;");
            if (!"ok".equals(what)) {
                covered.add(size.getWidth() + " px: " + what);
            }
        }
        assertTrue(covered.isEmpty(), "the footer's last link is covered: " + covered);
    }
}
