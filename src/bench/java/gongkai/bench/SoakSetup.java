package gongkai.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * What the soak prepares and checks through the database: which units the writers edit (units with
 * a unique name and published reports, all in one province so one reviewer covers them), the staff
 * accounts (created with the portal's own {@code user add} command), and the final invariant.
 */
final class SoakSetup {

    static final String ADMIN = "soak-admin";
    static final String REVIEWER = "soak-reviewer";

    /** The loaded corpus and the writers' work. */
    record Corpus(
            int disclosures,
            double loadSeconds,
            double reindexSeconds,
            List<Long> published,
            List<Long> units,
            String reviewerRegion,
            List<String> editorUnits,
            List<SoakWriter.Assignment> assignments) {}

    private SoakSetup() {}

    static String editor(int n) {
        return "soak-editor-" + n;
    }

    static String password(String username) {
        return username + "-long-password";
    }

    static Corpus corpus(
            DataSource ds, int writers, int disclosures, double loadSeconds, double reindexSeconds)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            List<Long> published =
                    longs(c, "SELECT id FROM disclosure WHERE status = 'PUBLISHED' ORDER BY id");
            List<Long> units =
                    longs(
                            c,
                            "SELECT DISTINCT unit_id FROM disclosure WHERE status = 'PUBLISHED' ORDER BY unit_id");
            // Units whose name is unique (`user add --unit` takes a name), grouped by province.
            Map<String, List<Object[]>> byProvince = new LinkedHashMap<>();
            try (PreparedStatement s =
                            c.prepareStatement(
                                    "SELECT u.id, u.name, u.region_code FROM unit u "
                                            + "WHERE u.name IN (SELECT name FROM unit GROUP BY name HAVING COUNT(*) = 1) "
                                            + "AND EXISTS (SELECT 1 FROM disclosure d WHERE d.unit_id = u.id AND d.status = 'PUBLISHED') ORDER BY u.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byProvince
                            .computeIfAbsent(
                                    rs.getString(3).substring(0, 2) + "0000",
                                    k -> new ArrayList<>())
                            .add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            Map.Entry<String, List<Object[]>> province =
                    byProvince.entrySet().stream()
                            .max(
                                    (a, b) ->
                                            Integer.compare(
                                                    a.getValue().size(), b.getValue().size()))
                            .orElseThrow(() -> new IllegalStateException("语料中没有可编辑的单位"));
            if (province.getValue().size() < writers) {
                throw new IllegalStateException("同一省份内可编辑的单位不足 " + writers + " 个：请增大 --size");
            }
            List<String> names = new ArrayList<>();
            List<SoakWriter.Assignment> assignments = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                long unit = (Long) province.getValue().get(i)[0];
                names.add((String) province.getValue().get(i)[1]);
                List<Long> ids = new ArrayList<>();
                Set<Integer> years = new HashSet<>();
                try (PreparedStatement s =
                        c.prepareStatement(
                                "SELECT id, fiscal_year FROM disclosure WHERE unit_id = ? AND status = 'PUBLISHED' ORDER BY fiscal_year")) {
                    s.setLong(1, unit);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                            years.add(rs.getInt(2));
                        }
                    }
                }
                Deque<Integer> free = new ArrayDeque<>();
                for (int y = SoakWriter.FIRST_NEW_YEAR; y <= SoakWriter.FIRST_NEW_YEAR + 2; y++) {
                    free.add(y);
                }
                for (int y = 2018; y >= 2000; y--) {
                    if (!years.contains(y)) {
                        free.add(y);
                    }
                }
                assignments.add(
                        new SoakWriter.Assignment(
                                editor(i + 1),
                                password(editor(i + 1)),
                                REVIEWER,
                                password(REVIEWER),
                                ids,
                                free));
            }
            return new Corpus(
                    disclosures,
                    loadSeconds,
                    reindexSeconds,
                    published,
                    units,
                    province.getKey(),
                    names,
                    assignments);
        }
    }

    /**
     * The datasource as {@code -D} options of the child JVMs (system properties outrank
     * application.yml).
     */
    static List<String> systemProperties(Map<String, String> database) {
        List<String> args = new ArrayList<>();
        database.forEach((k, v) -> args.add("-D" + k + "=" + v));
        return args;
    }

    /**
     * {@code java -jar gongkai.jar user add …} for the admin, the reviewer and one editor per
     * writer.
     */
    static void createAccounts(
            SoakCommand.Options options,
            Corpus corpus,
            List<String> dbArgs,
            Path dataDir,
            Path indexDir,
            Path log)
            throws IOException, InterruptedException {
        List<List<String>> accounts = new ArrayList<>();
        accounts.add(List.of("--username", ADMIN, "--role", "ADMIN"));
        accounts.add(
                List.of(
                        "--username",
                        REVIEWER,
                        "--role",
                        "REVIEWER",
                        "--region",
                        corpus.reviewerRegion()));
        for (int i = 0; i < corpus.editorUnits().size(); i++) {
            accounts.add(
                    List.of(
                            "--username",
                            editor(i + 1),
                            "--role",
                            "UNIT_EDITOR",
                            "--unit",
                            corpus.editorUnits().get(i)));
        }
        for (List<String> account : accounts) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(dbArgs);
            command.add("-jar");
            command.add(options.jar().toAbsolutePath().toString());
            command.addAll(List.of("user", "add"));
            command.addAll(account);
            command.add("--password-stdin");
            ProcessBuilder pb =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().put("GONGKAI_DATA_DIR", dataDir.toString());
            pb.environment().put("GONGKAI_INDEX_DIR", indexDir.toString());
            pb.environment().put("GONGKAI_DEMO_DATA", "false");
            Process p = pb.start();
            p.getOutputStream()
                    .write((password(account.get(1)) + "\n").getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(
                        "user add " + String.join(" ", account) + " 失败，见 " + log);
            }
        }
    }

    /**
     * Waits (up to {@code seconds}) until the index holds exactly the published reports, then asks
     * the API for every unfinished revision, which must answer 404.
     */
    static SoakInvariant check(
            Map<String, String> database, Path indexDir, HttpClient http, URI base, int seconds)
            throws Exception {
        try (Connection c =
                DriverManager.getConnection(
                        database.get("datasources.default.url"),
                        database.get("datasources.default.username"),
                        database.get("datasources.default.password"))) {
            Thread.sleep(3000); // the indexer applies the outbox every second
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            Set<Long> published;
            Set<Long> indexed;
            do {
                published =
                        new TreeSet<>(
                                longs(c, "SELECT id FROM disclosure WHERE status = 'PUBLISHED'"));
                indexed = SoakInvariant.indexedDisclosureIds(indexDir);
                if (published.equals(indexed)) {
                    break;
                }
                Thread.sleep(1000);
            } while (System.nanoTime() < deadline);
            List<Long> drafts =
                    longs(
                            c,
                            "SELECT id FROM disclosure WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED') ORDER BY id");
            List<String> served = new ArrayList<>();
            for (long id : drafts) {
                for (String path : List.of("/api/disclosures/" + id, "/disclosures/" + id)) {
                    int status = SoakCommand.status(http, base.resolve(path));
                    if (status != 404) {
                        served.add(path + " → HTTP " + status);
                    }
                }
            }
            return SoakInvariant.compare(published, indexed, drafts.size(), served);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
