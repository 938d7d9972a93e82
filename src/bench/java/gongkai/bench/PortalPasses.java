package gongkai.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The passes over HTTP: the portal started (as {@code java -jar target/gongkai.jar}, or embedded
 * for the quick test) on the generated database and index, the query set against {@code
 * /api/search} with 1 and 8 clients, each page of the list, and the server's memory.
 */
final class PortalPasses {

    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    /** Per query: totals and p50s; overall: 1 and 8 clients; then pages and memory. */
    record Figures(
            long[] httpTotals,
            double[] httpP50,
            LatencyStats http1,
            LatencyStats http8,
            List<BenchCommand.PageFigures> pages,
            double startSeconds,
            long heapAfterStart,
            long heapPeak,
            long rss,
            long rssPeak,
            String server) {}

    private PortalPasses() {}

    static Figures run(
            BenchCommand.Options options,
            Path dir,
            Path dataDir,
            Path indexDir,
            List<Long> disclosureIds,
            List<Long> unitIds,
            java.io.PrintStream out)
            throws Exception {
        List<QuerySet.Query> queries = QuerySet.QUERIES;
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        long[] httpTotals = new long[queries.size()];
        double[] httpP50 = new double[queries.size()];
        Path gcLog = dir.resolve("server-gc.log");
        List<String> jvmArgs = new ArrayList<>(options.jvmArgs());
        jvmArgs.add("-Xlog:gc:file=" + gcLog);
        out.println("启动门户……");
        try (ServerHandle server =
                options.inProcess()
                        ? ServerHandle.inProcess(dataDir, indexDir, http)
                        : ServerHandle.jar(
                                options.jar().toAbsolutePath(),
                                jvmArgs,
                                dataDir,
                                indexDir,
                                dir.resolve("server.log"),
                                http)) {
            long heapAfterStart = server.heapUsed();
            out.printf("门户已启动：%.1f 秒%n", server.startSeconds);
            List<Load.Task> tasks = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                URI uri = URI.create(server.baseUrl + queries.get(i).apiPath());
                int k = i;
                tasks.add(() -> httpTotals[k] = total(get(http, uri)));
            }
            Load.warmUp(tasks, options.warmup(), options.warmupSeconds());
            LatencyStats http1 = Load.perQuery(tasks, options.rounds(), httpP50);
            LatencyStats http8 = Load.run(tasks, 8, options.rounds());
            out.printf("HTTP 搜索 p95：%.1f ms（1 个客户端），%.1f ms（8 个）%n", http1.p95Ms(), http8.p95Ms());
            List<BenchCommand.PageFigures> pages = new ArrayList<>();
            for (String page : options.pages()) {
                pages.add(
                        page(
                                http,
                                server.baseUrl,
                                page,
                                disclosureIds,
                                unitIds,
                                options.rounds(),
                                options.warmup()));
            }
            long heapNow = server.heapUsed();
            long[] rss = server.rss();
            long heapPeak = Math.max(Math.max(heapAfterStart, heapNow), gcPeak(gcLog));
            return new Figures(
                    httpTotals,
                    httpP50,
                    http1,
                    http8,
                    pages,
                    server.startSeconds,
                    heapAfterStart,
                    heapPeak,
                    rss[0],
                    rss[1],
                    server.describe());
        }
    }

    private static BenchCommand.PageFigures page(
            HttpClient http,
            String base,
            String template,
            List<Long> disclosures,
            List<Long> units,
            int rounds,
            int warmup)
            throws Exception {
        List<URI> uris = new ArrayList<>();
        int variants = template.contains("{") ? 20 : 1;
        for (int i = 0; i < variants; i++) {
            String path = template;
            if (!disclosures.isEmpty()) {
                path =
                        path.replace(
                                "{disclosure}",
                                Long.toString(disclosures.get(i * disclosures.size() / variants)));
            }
            if (!units.isEmpty()) {
                path =
                        path.replace(
                                "{unit}", Long.toString(units.get(i * units.size() / variants)));
            }
            uris.add(URI.create(base + path));
        }
        List<Double> firstViews = new ArrayList<>();
        long firstStarted = System.nanoTime();
        long t0 = firstStarted;
        HttpResponse<String> first =
                http.send(
                        HttpRequest.newBuilder(uris.get(0)).build(),
                        HttpResponse.BodyHandlers.ofString());
        firstViews.add((System.nanoTime() - t0) / 1e6);
        if (first.statusCode() == 404) {
            return new BenchCommand.PageFigures(template, null, null, "跳过：此版本没有该页面（HTTP 404）");
        }
        if (first.statusCode() != 200) {
            return new BenchCommand.PageFigures(
                    template, null, null, "跳过：HTTP " + first.statusCode());
        }
        // Before any warm-up: what the first reader of each page waits, before the portal keeps it.
        for (URI uri : uris.subList(1, uris.size())) {
            t0 = System.nanoTime();
            get(http, uri);
            firstViews.add((System.nanoTime() - t0) / 1e6);
        }
        LatencyStats cold = LatencyStats.ofMillis(firstViews, System.nanoTime() - firstStarted);
        List<Load.Task> tasks = new ArrayList<>();
        for (URI uri : uris) {
            tasks.add(() -> get(http, uri));
        }
        Load.warmUp(tasks, variants == 1 ? 7 * warmup : Math.max(1, warmup - 1));
        int perClientRounds = Math.max(1, rounds * 20 / uris.size());
        return new BenchCommand.PageFigures(
                template, Load.run(tasks, 8, perClientRounds), cold, null);
    }

    static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r =
                http.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IOException(uri + " → HTTP " + r.statusCode());
        }
        return r.body();
    }

    static long total(String json) {
        Matcher m = TOTAL.matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * The largest heap occupancy before a collection in a -Xlog:gc file ("GC(3) Pause Young …
     * 150M->30M(256M)").
     */
    static long gcPeak(Path gcLog) {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(gcLog)) {
            Pattern p = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
            return lines.map(p::matcher)
                    .filter(Matcher::find)
                    .mapToLong(m -> Long.parseLong(m.group(1)) * 1024 * 1024)
                    .max()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
