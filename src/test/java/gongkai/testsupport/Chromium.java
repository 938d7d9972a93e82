package gongkai.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium for browser tests, driven through Debian's chromium-driver. Where the
 * packages are missing and the tests run as root with apt-get, they are installed first (the
 * browser builds that Selenium or Playwright would download cannot be fetched here).
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** A CJK font, so that screenshots show Chinese instead of empty boxes. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private Chromium() {}

    public static synchronized ChromeDriver start(int width, int height) throws IOException {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        Path profile = Files.createTempDirectory("chromium-profile");
        // Flags from STACK.md: no sandbox as root, no network chatter the closed network refuses.
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
                "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        // Keep the page's console so tests can fail on JavaScript errors and CSP violations.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        return new ChromeDriver(service, options);
    }

    private static void ensureInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER) && Files.exists(CJK_FONT)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && new File("/usr/bin/apt-get").canExecute()) {
            run("apt-get", "update", "-qq");
            run(
                    "apt-get",
                    "install",
                    "-y",
                    "-qq",
                    "chromium",
                    "chromium-driver",
                    "fonts-wqy-zenhei");
        }
        Assumptions.assumeTrue(
                Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    }

    private static void run(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p =
                    builder.redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .directory(new File("."))
                            .start();
            p.waitFor(10, TimeUnit.MINUTES);
        } catch (IOException e) {
            // reported by the assumption below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
