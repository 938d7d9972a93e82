package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.SearchOutbox;
import gongkai.testsupport.MariaDb;
import gongkai.testsupport.RawJdbc;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The portal as a real child process, killed with SIGKILL at random moments while an administrator
 * imports and publishes through HTTP (at once, and through submit and review) and a {@code reindex}
 * runs beside it; then restarted. After each restart: every publication the portal acknowledged is
 * still public, nothing unpublished is served, and once the indexer has caught up the index holds
 * exactly the published reports as they are now. The database is a real MariaDB shared by the test
 * and its children.
 *
 * <p>{@code crash.kills} rounds (default 3 in CI; e.g. {@code -Dcrash.kills=25} for a longer run).
 */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalCrashTest implements TestPropertyProvider {

    private static final Pattern ID = Pattern.compile("\"disclosureId\":(\\d+)");
    private static final List<String> SAMPLES =
            List.of(
                    Samples.LILING_JUSTICE_BUREAU,
                    Samples.NMG_JUSTICE_DEPARTMENT,
                    Samples.NMG_PUBLICITY_CENTRE);

    private final Path work =
            Path.of("target", "crash-portal", UUID.randomUUID().toString()).toAbsolutePath();
    private Map<String, String> database;

    @Inject ApplicationContext context;
    @Inject AccountService accounts;
    @Inject SearchOutbox outbox;
    @Inject DisclosureCatalog catalog;

    @Override
    public Map<String, String> getProperties() {
        database = MariaDb.freshDatabase();
        Map<String, String> properties = new HashMap<>(database);
        properties.put("gongkai.index-dir", work.resolve("index").toString());
        properties.put(
                "gongkai.indexer.enabled", "false"); // only the portal children write the index
        return properties;
    }

    @Test
    void nothingAcknowledgedIsLostAndNothingUnpublishedLeaksAcrossKills() throws Exception {
        accounts.add(
                new AccountService.NewAccount(
                        "crash-admin", Role.ADMIN, null, null, "crash-admin-password"),
                "test");
        int kills = Integer.getInteger("crash.kills", 3);
        Random random = new Random(Long.getLong("crash.seed", 7));
        Set<Long> acknowledged = Collections.synchronizedSet(new TreeSet<>());
        int year = 2000;
        for (int round = 0; round < kills; round++) {
            int port = freePort();
            Process portal = start(port, "portal-" + round);
            waitUntilUp(port, portal);
            WebSession admin = new WebSession(URI.create("http://127.0.0.1:" + port));
            assertEquals(303, admin.login("crash-admin", "crash-admin-password").statusCode());

            AtomicBoolean stop = new AtomicBoolean();
            int firstYear = year;
            year += 40;
            Thread writer =
                    new Thread(
                            () -> publishUntilStopped(admin, firstYear, stop, acknowledged),
                            "crash-writer");
            Thread reviewer =
                    new Thread(
                            () -> reviewUntilStopped(admin, firstYear + 20, stop, acknowledged),
                            "crash-reviewer");
            writer.start();
            reviewer.start();
            Process reindex = random.nextBoolean() ? start(0, "reindex-" + round, "reindex") : null;
            // Kill while the writer is busy: after its first acknowledgement of the round, at a
            // random moment.
            int before = acknowledged.size();
            Instant patience = Instant.now().plus(Duration.ofSeconds(90));
            while (acknowledged.size() == before && Instant.now().isBefore(patience)) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(1500));
            portal.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
            if (reindex != null && random.nextBoolean()) {
                reindex.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            stop.set(true);
            writer.join(60_000);
            reviewer.join(60_000);
            if (reindex != null) {
                reindex.waitFor(120, TimeUnit.SECONDS);
            }

            // Restart and check.
            Process again = start(port, "restart-" + round);
            try {
                waitUntilUp(port, again);
                checkInvariants(
                        new WebSession(URI.create("http://127.0.0.1:" + port)), acknowledged);
            } finally {
                again.destroy();
                again.waitFor(30, TimeUnit.SECONDS);
            }
        }
        assertTrue(
                acknowledged.size() >= kills,
                "the writers published something before the kills: " + acknowledged.size());
        System.out.printf(
                "Portal crash test: %d kills, %d acknowledged publications%n",
                kills, acknowledged.size());
    }

    /**
     * Imports and publishes at once (the administrator's path), remembering what the portal
     * acknowledged.
     */
    private static void publishUntilStopped(
            WebSession admin, int firstYear, AtomicBoolean stop, Set<Long> acknowledged) {
        int n = 0;
        while (!stop.get()) {
            String sample = SAMPLES.get(n % SAMPLES.size());
            try {
                HttpResponse<String> r =
                        admin.upload(
                                "/api/imports?publish=true",
                                "crash.txt",
                                SampleVariants.forYear(sample, firstYear + n / SAMPLES.size()));
                Matcher m = ID.matcher(r.body());
                if (r.statusCode() == 201 && m.find()) {
                    acknowledged.add(Long.parseLong(m.group(1)));
                }
            } catch (RuntimeException killed) {
                return; // the portal died under us: what it had not answered was never acknowledged
            }
            n++;
        }
    }

    /** The reviewed path: import a draft, submit it, publish it through the staff forms. */
    private static void reviewUntilStopped(
            WebSession admin, int firstYear, AtomicBoolean stop, Set<Long> acknowledged) {
        int n = 0;
        while (!stop.get()) {
            try {
                HttpResponse<String> r =
                        admin.upload(
                                "/api/imports",
                                "crash-draft.txt",
                                SampleVariants.forYear(
                                        Samples.LILING_JUSTICE_BUREAU, firstYear + n));
                Matcher m = ID.matcher(r.body());
                if (r.statusCode() == 201 && m.find()) {
                    String page = "/staff/disclosures/" + m.group(1);
                    // Submitting needs the head of unit and the report date (#21).
                    admin.submitForm(
                            page,
                            page + "/profile",
                            Map.of("headOfUnit", "张三", "reportDate", "2024-08-01"));
                    if (admin.submitForm(page, page + "/submit", Map.of("explanation", "核实无误。"))
                                            .statusCode()
                                    == 303
                            && admin.submitForm(page, page + "/publish", Map.of("confirm", "1"))
                                            .statusCode()
                                    == 303) {
                        acknowledged.add(Long.parseLong(m.group(1)));
                    }
                }
            } catch (RuntimeException killed) {
                return;
            }
            n++;
        }
    }

    private void checkInvariants(WebSession anonymous, Set<Long> acknowledged) throws Exception {
        Set<Long> published = new TreeSet<>(outbox.publishedIds());
        Map<Long, String> statuses = statuses();
        for (long id : acknowledged) {
            String status = statuses.get(id);
            assertTrue(
                    "PUBLISHED".equals(status) || "SUPERSEDED".equals(status),
                    "acknowledged #" + id + " is now " + status);
        }
        for (Map.Entry<Long, String> e : statuses.entrySet()) {
            boolean isPublic =
                    e.getValue().equals("PUBLISHED") || e.getValue().equals("SUPERSEDED");
            int api = anonymous.get("/api/disclosures/" + e.getKey()).statusCode();
            assertEquals(isPublic ? 200 : 404, api, "#" + e.getKey() + " (" + e.getValue() + ")");
        }
        // The running portal's indexer catches up within seconds; then the index is the published
        // set.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<Long, String> indexed = Map.of();
        while (Instant.now().isBefore(deadline)) {
            indexed = IndexedContent.read(activeIndex());
            if (new TreeSet<>(indexed.keySet()).equals(published)) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(published, new TreeSet<>(indexed.keySet()), "indexed ids after the restart");
        for (long id : published) {
            DisclosureDocument now = catalog.document(id).orElseThrow();
            assertEquals(
                    IndexedContent.expected(now), indexed.get(id), "indexed content of #" + id);
        }
    }

    private Map<Long, String> statuses() throws Exception {
        Map<Long, String> statuses = new HashMap<>();
        try (Connection c = RawJdbc.dataSource(context).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, status FROM disclosure")) {
            while (rs.next()) {
                statuses.put(rs.getLong(1), rs.getString(2));
            }
        }
        return statuses;
    }

    private Path activeIndex() throws IOException {
        Path base = work.resolve("index");
        return base.resolve(Files.readString(base.resolve(IndexLocation.CURRENT)).strip());
    }

    private Process start(int port, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        database.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dgongkai.index-dir=" + work.resolve("index"));
        command.add("-Dgongkai.demo-data.enabled=false");
        command.add("-Dmicronaut.server.port=" + port);
        command.add("gongkai.Application");
        command.addAll(List.of(args));
        Files.createDirectories(work);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()))
                .start();
    }

    private void waitUntilUp(int port, Process process) throws InterruptedException {
        WebSession probe = new WebSession(URI.create("http://127.0.0.1:" + port));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the portal exited with " + process.exitValue() + "; see " + work);
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
        throw new AssertionError("the portal did not come up within 120 s; see " + work);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
