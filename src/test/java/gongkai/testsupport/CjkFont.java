package gongkai.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Chinese font file for tests that render PDFs. Debian's packaged CJK fonts are looked for first;
 * where none is present and the tests run as root with apt-get, {@code fonts-wqy-microhei} is
 * installed (as {@link Chromium} installs the browser); otherwise the calling test is skipped with
 * a message saying what to install.
 */
public final class CjkFont {

    /** Debian's CJK collections, the smallest first (all are .ttc, read by TrueTypeCollection). */
    static final List<Path> CANDIDATES =
            List.of(
                    Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                    Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                    Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
                    Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"));

    private static Path found;

    private CjkFont() {}

    /** The font collection's path; skips the test (JUnit assumption) when none can be had. */
    public static synchronized Path collection() {
        if (found != null) {
            return found;
        }
        Optional<Path> present = present();
        if (present.isEmpty() && "root".equals(System.getProperty("user.name"))) {
            if (new File("/usr/bin/apt-get").canExecute()) {
                run("apt-get", "update", "-qq");
                run("apt-get", "install", "-y", "-qq", "fonts-wqy-microhei");
                present = present();
            }
        }
        Assumptions.assumeTrue(
                present.isPresent(),
                "PDF fixtures need a CJK font: apt-get install fonts-wqy-microhei (or fonts-noto-cjk)");
        found = present.get();
        return found;
    }

    private static Optional<Path> present() {
        return CANDIDATES.stream().filter(Files::isReadable).findFirst();
    }

    private static void run(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p =
                    builder.redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroy();
            }
        } catch (IOException e) {
            // reported by the assumption in collection()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
