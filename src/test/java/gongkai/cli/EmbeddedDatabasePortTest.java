package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.testsupport.WebSession;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal with its default embedded H2 file database, as a real child process: it opens no TCP
 * port but its HTTP port (no H2 server for anyone on the network to connect to), and a command run
 * beside it refuses with one clear line instead of sharing the file.
 */
@EnabledOnOs(OS.LINUX) // reads /proc
class EmbeddedDatabasePortTest {

    @TempDir Path tmp;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process p : children) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void portalListensOnNoTcpPortButItsHttpPort() throws Exception {
        int port = freePort();
        Process portal = start("portal", "-Dmicronaut.server.port=" + port);
        waitUntilUp(port, portal);
        assertEquals(Set.of(port), listeningPorts(portal.pid()), "TCP ports the portal listens on");
    }

    @Test
    void commandRefusesWithOneClearLineWhileThePortalHoldsTheDatabase() throws Exception {
        int port = freePort();
        Process portal = start("portal", "-Dmicronaut.server.port=" + port);
        waitUntilUp(port, portal);

        Process command = start("user-list", "user", "list");
        assertTrue(command.waitFor(120, TimeUnit.SECONDS), "the command ended");
        String printed = Files.readString(tmp.resolve("user-list.log"), StandardCharsets.UTF_8);
        assertNotEquals(0, command.exitValue(), printed);
        assertTrue(printed.contains("正由运行中的门户") && printed.contains("请先停止门户"), printed);
        assertTrue(printed.contains("POST /api/imports"), printed);
        assertFalse(
                printed.contains("Exception") || printed.contains("\tat "),
                "no stack trace: " + printed);
        assertEquals(1, printed.lines().filter(l -> !l.isBlank()).count(), "one line: " + printed);
        assertTrue(portal.isAlive(), "the portal keeps running");

        // Once the portal has stopped the same command works again.
        portal.destroy();
        assertTrue(portal.waitFor(60, TimeUnit.SECONDS), "the portal stopped");
        Process again = start("user-list-again", "user", "list");
        assertTrue(again.waitFor(120, TimeUnit.SECONDS), "the command ended");
        assertEquals(
                0,
                again.exitValue(),
                Files.readString(tmp.resolve("user-list-again.log"), StandardCharsets.UTF_8));
    }

    @Test
    void aSecondPortalOnTheSameDataDirectoryRefusesWithOneClearLine() throws Exception {
        int port = freePort();
        Process portal = start("portal", "-Dmicronaut.server.port=" + port);
        waitUntilUp(port, portal);

        Process second = start("second-portal", "-Dmicronaut.server.port=" + freePort());
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second portal gave up");
        String printed = Files.readString(tmp.resolve("second-portal.log"), StandardCharsets.UTF_8);
        assertEquals(1, second.exitValue(), printed);
        assertTrue(printed.contains("正由另一个进程") && printed.contains("GONGKAI_DATA_DIR"), printed);
        assertFalse(
                printed.contains("Exception") || printed.contains("\tat "),
                "no stack trace: " + printed);
        assertEquals(1, printed.lines().filter(l -> !l.isBlank()).count(), "one line: " + printed);
        assertTrue(portal.isAlive(), "the first portal keeps running");
    }

    /** Ports of the sockets in state LISTEN (0A) among the process's own file descriptors. */
    static Set<Integer> listeningPorts(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds =
                Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while we listed them
                }
            }
        }
        Set<Integer> ports = new TreeSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line :
                    Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid
                // timeout inode
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    /**
     * {@code gongkai.Application} with the default database URL, its data and index in the temp
     * dir.
     */
    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dgongkai.data-dir=" + tmp.resolve("data"));
        command.add("-Dgongkai.index-dir=" + tmp.resolve("index"));
        command.add("-Dgongkai.demo-data.enabled=false");
        for (String arg : args) {
            if (arg.startsWith("-D")) {
                command.add(arg);
            }
        }
        command.add("gongkai.Application");
        for (String arg : args) {
            if (!arg.startsWith("-D")) {
                command.add(arg);
            }
        }
        Process p =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(tmp.resolve(name + ".log").toFile())
                        .start();
        children.add(p);
        return p;
    }

    private void waitUntilUp(int port, Process process) throws Exception {
        WebSession probe = new WebSession(URI.create("http://127.0.0.1:" + port));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the portal exited with "
                                + process.exitValue()
                                + ": "
                                + Files.readString(
                                        tmp.resolve("portal.log"), StandardCharsets.UTF_8));
            }
            try {
                if (probe.get("/health").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the portal did not come up within 180 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
