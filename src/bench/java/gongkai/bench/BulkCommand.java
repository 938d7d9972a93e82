package gongkai.bench;

import gongkai.opendata.BulkBenchAccess;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bulk [--disclosures 15000] [--seed 42] [--work DIR | --corpus DIR] [--out FILE]
 * [--downloads 5]}: the bulk downloads at corpus size. Generates N published disclosures into a
 * fresh embedded database inside a portal server (indexer and bulk follower off, so nothing else
 * runs), or reuses the database an earlier run left in {@code --corpus DIR} (generating is the slow
 * part on a loaded machine), builds the bulk files once (timed, with the heap's peak), then
 * downloads the largest file over HTTP from that server (median of the downloads after one
 * warm-up). Writes the "Bulk downloads (issue 18)" section of the Markdown file, replacing that
 * section if present and leaving every other section as it is.
 */
final class BulkCommand {

    static final String SECTION = "## Bulk downloads (issue 18)";

    private BulkCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        BenchOptions o;
        try {
            o = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        int count = o.integer("disclosures", 15_000);
        long seed = o.longInteger("seed", 42);
        int downloads = o.integer("downloads", 5);
        Path corpus = o.has("corpus") ? Path.of(o.text("corpus")).toAbsolutePath() : null;
        Path work =
                corpus != null
                        ? corpus
                        : o.path("work", "target/bench/bulk-" + count).toAbsolutePath();
        Path report = o.path("out", "target/bench/bulk.md");
        try {
            if (corpus == null) {
                deleteTree(work);
            } else if (!Files.exists(work.resolve("db/gongkai.mv.db"))) {
                err.println("--corpus " + corpus + " 中没有 db/gongkai.mv.db（由先前的 bulk 运行生成）");
                return 2;
            } else {
                deleteTree(work.resolve("bulk"));
            }
            Files.createDirectories(work);
            Map<String, Object> p = new HashMap<>();
            p.put(
                    "datasources.default.url",
                    "jdbc:h2:file:"
                            + work.resolve("db/gongkai")
                            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE");
            p.put("gongkai.data-dir", work.toString());
            p.put("gongkai.index-dir", work.resolve("index").toString());
            p.put("gongkai.bulk.dir", work.resolve("bulk").toString());
            p.put("gongkai.indexer.enabled", "false");
            p.put("gongkai.bulk.enabled", "false");
            p.put("gongkai.demo-data.enabled", "false");
            p.put("micronaut.server.port", "-1");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
                ApplicationContext context = server.getApplicationContext();
                String generated;
                long amounts;
                if (corpus == null) {
                    CorpusLoader.LoadResult load =
                            GenerateCommand.load(context, count, seed, 1, out);
                    out.println(GenerateCommand.summary(load));
                    amounts = load.amounts();
                    generated = BulkFigures.seconds(load.nanos() / 1e9);
                } else {
                    amounts = BulkFigures.amounts(context);
                    generated = "reused (`--corpus`)";
                }
                out.println("生成批量下载文件……");
                BulkFigures.Heap heap = BulkFigures.Heap.start();
                BulkBenchAccess.BuildFigures build = BulkBenchAccess.build(context);
                long peak = heap.peakBytes();
                out.printf("批量下载文件生成用时 %.1f 秒%n", build.millis() / 1000.0);
                BulkBenchAccess.FileFigures largest = build.files().get(0);
                double[] seconds = download(server.getURI(), largest.name(), downloads);
                String md =
                        BulkFigures.markdown(
                                o.command("bulk"),
                                generated,
                                amounts,
                                build,
                                heap.baseBytes(),
                                peak,
                                seconds);
                write(report, md);
                out.println(md);
                out.println("写入 " + report);
                return 0;
            }
        } catch (IOException | RuntimeException e) {
            err.println("批量下载基准失败：" + e);
            return 1;
        }
    }

    /** Seconds per download of the file (after one warm-up), sorted. */
    static double[] download(URI base, String name, int n) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request =
                HttpRequest.newBuilder(base.resolve("/data/" + name))
                        .timeout(Duration.ofMinutes(10))
                        .build();
        double[] seconds = new double[n];
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                seconds[i] = (System.nanoTime() - t) / 1e9;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("download of " + name + ": " + r.statusCode());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Arrays.sort(seconds);
        return seconds;
    }

    /** Replaces this command's section of the report, or appends it; other sections stay. */
    static void write(Path report, String section) throws IOException {
        String old = Files.exists(report) ? Files.readString(report) : "";
        String updated;
        int start = old.indexOf(SECTION);
        if (start < 0) {
            updated = old.isEmpty() ? section : old.stripTrailing() + "\n\n" + section;
        } else {
            int end = old.indexOf("\n## ", start + SECTION.length());
            updated = old.substring(0, start) + section + (end < 0 ? "" : old.substring(end + 1));
        }
        if (report.getParent() != null) {
            Files.createDirectories(report.getParent());
        }
        Files.writeString(report, updated);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder())
                    .forEach(
                            f -> {
                                try {
                                    Files.delete(f);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        }
    }
}
