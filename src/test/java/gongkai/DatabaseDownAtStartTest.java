package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal started as operators start it (its own JVM, configured by environment variables) with
 * the database server down: it exits by itself, non-zero, with one line naming the database URL —
 * without the password — and no stack trace.
 */
class DatabaseDownAtStartTest {

    @Test
    void exitsWithOneClearLineAndNoPasswordWhenTheDatabaseIsDown(@TempDir Path tmp)
            throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort =
                    socket.getLocalPort(); // free, and closed again below: nothing listens there
        }
        String url =
                "jdbc:mysql://127.0.0.1:"
                        + closedPort
                        + "/gongkai?useSSL=false&password=url-secret-1";
        Path output = tmp.resolve("portal.log");
        ProcessBuilder portal =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                // the portal's own logging, not the tests' (which hides INFO)
                                "-Dlogback.configurationFile="
                                        + Path.of("src/main/resources/logback.xml")
                                                .toAbsolutePath(),
                                Application.class.getName())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile());
        portal.environment().put("GONGKAI_DB_URL", url);
        portal.environment().put("GONGKAI_DB_USER", "gongkai");
        portal.environment().put("GONGKAI_DB_PASSWORD", "env-secret-2");
        portal.environment().put("GONGKAI_INDEX_DIR", tmp.resolve("index").toString());
        portal.environment().put("GONGKAI_PORT", "0");
        Process process = portal.start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(exited, "the portal exits by itself:\n" + log);
        assertNotEquals(0, process.exitValue(), log);

        List<String> naming =
                log.lines().filter(l -> l.contains("127.0.0.1:" + closedPort)).toList();
        assertEquals(1, naming.size(), "one line names the database:\n" + log);
        assertTrue(
                naming.get(0).contains("无法连接数据库") && naming.get(0).contains("GONGKAI_DB_URL"),
                naming.get(0));
        assertFalse(
                log.contains("url-secret-1") || log.contains("env-secret-2"),
                "no password in the output:\n" + log);
        assertFalse(
                log.lines().anyMatch(l -> l.startsWith("\tat ") || l.contains("Exception")),
                "no stack trace:\n" + log);
    }
}
