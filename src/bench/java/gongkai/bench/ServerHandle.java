package gongkai.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal under test: either the real jar as a child process ({@code java -jar gongkai.jar},
 * what production runs; memory is read from its /proc status and {@code jcmd GC.heap_info}) or, for
 * the quick end-to-end test, an embedded server in this JVM.
 */
abstract class ServerHandle implements AutoCloseable {

    final String baseUrl;
    final double startSeconds;

    ServerHandle(String baseUrl, double startSeconds) {
        this.baseUrl = baseUrl;
        this.startSeconds = startSeconds;
    }

    /** Used heap in bytes now, or -1 when unknown. */
    abstract long heapUsed();

    /** Resident set size and its peak (VmRSS, VmHWM) in bytes, or -1. */
    abstract long[] rss();

    abstract String describe();

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Map<String, Object> properties(Path dataDir, Path indexDir, int port) {
        Map<String, Object> p = new HashMap<>();
        p.put("gongkai.data-dir", dataDir.toString());
        p.put("gongkai.index-dir", indexDir.toString());
        p.put("gongkai.demo-data.enabled", "false");
        // The benchmark repeats each query: it measures searching, not remembering (see
        // SearchIndex).
        p.put("gongkai.search.kept-results", 0);
        p.put("micronaut.server.port", port);
        return p;
    }

    static long[] procStatus(long pid) {
        try {
            String status =
                    Files.readString(
                            Path.of(
                                    "/proc/"
                                            + (pid < 0 ? "self" : Long.toString(pid))
                                            + "/status"));
            return new long[] {kb(status, "VmRSS"), kb(status, "VmHWM")};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    private static long kb(String status, String key) {
        Matcher m = Pattern.compile(key + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    /** Polls /health until it answers 200. */
    static void awaitHealthy(HttpClient http, String baseUrl, Process process, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("门户进程已退出（退出码 " + process.exitValue() + "）");
            }
            try {
                HttpResponse<Void> r =
                        http.send(
                                HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("门户在 " + timeout.toSeconds() + " 秒内没有启动");
    }

    /** {@code java [jvmArgs] -jar jar} with the corpus' database and index. */
    static ServerHandle jar(
            Path jar, List<String> jvmArgs, Path dataDir, Path indexDir, Path log, HttpClient http)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("GONGKAI_DATA_DIR", dataDir.toString());
        pb.environment().put("GONGKAI_INDEX_DIR", indexDir.toString());
        pb.environment().put("GONGKAI_PORT", Integer.toString(port));
        pb.environment().put("GONGKAI_DEMO_DATA", "false");
        pb.environment().put("GONGKAI_SEARCH_KEPT_RESULTS", "0");
        long t0 = System.nanoTime();
        Process process = pb.start();
        String base = "http://localhost:" + port;
        try {
            awaitHealthy(http, base, process, Duration.ofMinutes(5));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        return new JarServer(
                base, (System.nanoTime() - t0) / 1e9, process, String.join(" ", command));
    }

    static ServerHandle inProcess(Path dataDir, Path indexDir, HttpClient http) throws Exception {
        int port = freePort();
        long t0 = System.nanoTime();
        ApplicationContext context =
                ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(properties(dataDir, indexDir, port))
                        .start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        String base = "http://localhost:" + port;
        awaitHealthy(http, base, null, Duration.ofMinutes(2));
        return new InProcess(base, (System.nanoTime() - t0) / 1e9, context);
    }

    private static final class JarServer extends ServerHandle {
        private final Process process;
        private final String command;

        JarServer(String baseUrl, double startSeconds, Process process, String command) {
            super(baseUrl, startSeconds);
            this.process = process;
            this.command = command;
        }

        @Override
        long heapUsed() {
            // jcmd prints e.g. " garbage-first heap   total 262144K, used 131072K [...]"
            try {
                Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
                Process p =
                        new ProcessBuilder(
                                        jcmd.toString(),
                                        Long.toString(process.pid()),
                                        "GC.heap_info")
                                .redirectErrorStream(true)
                                .start();
                String out = new String(p.getInputStream().readAllBytes());
                p.waitFor(20, TimeUnit.SECONDS);
                Matcher m = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(out);
                return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        long[] rss() {
            return procStatus(process.pid());
        }

        @Override
        String describe() {
            return "child process: " + command;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static final class InProcess extends ServerHandle {
        private final ApplicationContext context;

        InProcess(String baseUrl, double startSeconds, ApplicationContext context) {
            super(baseUrl, startSeconds);
            this.context = context;
        }

        @Override
        long heapUsed() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        @Override
        long[] rss() {
            return procStatus(-1);
        }

        @Override
        String describe() {
            return "embedded server in the runner's JVM (memory figures include the runner)";
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
