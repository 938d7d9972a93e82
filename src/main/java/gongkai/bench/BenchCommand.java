package gongkai.bench;

import gongkai.search.IndexRebuilder;
import gongkai.search.SearchIndex;
import gongkai.search.SearchQuery;
import gongkai.search.SearchResult;
import io.micronaut.context.ApplicationContext;
import org.apache.lucene.search.Query;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bench --sizes 1000,5000 [--seed 42] [--out src/bench/BENCHMARKS.md] [--work target/bench]
 * [--jar target/gongkai.jar | --server inprocess] [--like-url jdbc:mysql://host:port/ --like-user u
 * --like-password p] [--rounds 5] [--pages /,/disclosures/{disclosure},/units/{unit},/compare?code=2040610]
 * [--note text]}: for each size, generates a fresh corpus into an embedded H2 database, rebuilds the
 * index, measures the in-process engine and raw Lucene, starts the portal against it and measures
 * search and pages over HTTP with 1 and 8 clients, loads the same corpus into MySQL/MariaDB for the
 * LIKE baseline, and writes everything to one Markdown file (see {@link BenchReport}).
 */
public final class BenchCommand {

    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    /**
     * Untimed passes of the query set (and of each page) before measuring. A freshly started portal
     * keeps getting faster for its first few hundred searches while the JIT compiles: one query
     * repeated at 15,000 disclosures went from 20 to 8 ms over 500 requests, and with 3 passes the
     * benchmark measured a server still compiling (基本支出 项目支出: 208 ms p50, 130 ms when warm).
     */
    static final String DEFAULT_WARMUP = "20";
    /**
     * Warm-up also lasts at least this long. 20 passes of the query set take about 2 s at 1,000
     * reports: a round of the 20 queries then measured 76–120 ms over three fresh JVMs, after 150
     * passes 50–66 ms (the JIT was still compiling the search paths).
     */
    static final String DEFAULT_WARMUP_SECONDS = "10";

    /** Options of one run. */
    record Options(List<Integer> sizes, long seed, Path out, Path work, Path jar, boolean inProcess, String likeUrl,
                   String likeUser, String likePassword, int rounds, int warmup, int warmupSeconds, List<String> pages,
                   List<String> jvmArgs, String note, String command) {
    }

    private BenchCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("用法：bench --sizes 1000,5000 [--seed 42] [--out src/bench/BENCHMARKS.md] [--work target/bench] "
                    + "[--jar target/gongkai.jar | --server inprocess] [--like-url jdbc:mysql://localhost:3306/ --like-user root "
                    + "--like-password 密码] [--rounds 5] [--warmup 20] [--warmup-seconds 10] [--pages 页面列表] [--jvm-args \"-Xmx1g\"] [--note 说明]");
            return 2;
        }
        try {
            List<SizeResult> results = new ArrayList<>();
            for (int size : options.sizes()) {
                results.add(runSize(options, size, out));
                // Write after every size: a long run that is stopped still leaves its figures.
                BenchReport.write(options, results, options.out());
                out.println("已写入 " + options.out());
            }
            return 0;
        } catch (Exception e) {
            // One line per cause, as the other commands do; the sizes finished so far are already in the report.
            err.println("基准测试失败：" + e);
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                err.println("  原因：" + c);
            }
            return 1;
        }
    }

    static Options parse(String[] args) {
        Map<String, String> o = GenerateCommand.options(args, System.err);
        if (o == null) {
            throw new IllegalArgumentException("参数有误。");
        }
        List<Integer> sizes = new ArrayList<>();
        for (String s : o.getOrDefault("sizes", "1000").split(",")) {
            try {
                sizes.add(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--sizes 应为逗号分隔的整数，例如 1000,5000");
            }
        }
        String pages = o.getOrDefault("pages", "/,/disclosures/{disclosure},/units/{unit},/compare?code=2040610");
        String jvm = o.getOrDefault("jvm-args", "-Xmx1g");
        String command = o.getOrDefault("command", "java -jar target/gongkai.jar bench " + String.join(" ", args));
        return new Options(sizes, Long.parseLong(o.getOrDefault("seed", "42")),
                Path.of(o.getOrDefault("out", "src/bench/BENCHMARKS.md")), Path.of(o.getOrDefault("work", "target/bench")),
                Path.of(o.getOrDefault("jar", "target/gongkai.jar")), "inprocess".equals(o.get("server")),
                o.get("like-url"), o.getOrDefault("like-user", "root"), o.getOrDefault("like-password", ""),
                Integer.parseInt(o.getOrDefault("rounds", "5")), Integer.parseInt(o.getOrDefault("warmup", DEFAULT_WARMUP)),
                Integer.parseInt(o.getOrDefault("warmup-seconds", DEFAULT_WARMUP_SECONDS)), Arrays.stream(pages.split(",")).map(String::strip).toList(),
                Arrays.stream(jvm.split("\\s+")).filter(s -> !s.isBlank()).toList(), o.getOrDefault("note", ""), command);
    }

    /** Figures of one query at one client. */
    record QueryFigures(QuerySet.Query query, long httpTotal, long engineTotal, long rawTotal, long likeTotal,
                        double httpP50, double engineP50, double rawP50, double sameWorkP50, double likeP50) {
        boolean likeWrong() {
            return likeTotal >= 0 && (likeTotal == 0) != (httpTotal == 0);
        }
    }

    /** stats: 8 clients after warm-up; firstViews: the first request of each distinct page, 1 client. */
    record PageFigures(String path, LatencyStats stats, LatencyStats firstViews, String note) {
    }

    record SizeResult(int size, CorpusWriter.LoadResult load, double reindexSeconds, int reindexed, int luceneDocs,
                      long indexBytes, double startSeconds, long heapAfterStart, long heapPeak, long rss, long rssPeak,
                      LatencyStats http1, LatencyStats http8, LatencyStats engine1, LatencyStats engine8,
                      LatencyStats raw1, LatencyStats raw8, LatencyStats sameWork1, LatencyStats sameWork8,
                      CorpusWriter.LoadResult likeLoad, LatencyStats like1,
                      String likeNote, List<QueryFigures> queries, List<PageFigures> pages, String server,
                      double totalSeconds) {
    }

    static SizeResult runSize(Options options, int size, PrintStream out) throws Exception {
        long sizeStarted = System.nanoTime();
        Path dir = options.work().resolve("size-" + size).toAbsolutePath();
        deleteTree(dir);
        Path dataDir = dir.resolve("data");
        Path indexDir = dir.resolve("index");
        Files.createDirectories(dataDir);
        out.printf("== %d 份：生成语料 ==%n", size);

        CorpusWriter.LoadResult load;
        double reindexSeconds;
        int reindexed;
        List<Long> disclosureIds;
        List<Long> unitIds;
        Map<String, Object> props = ServerHandle.properties(dataDir, indexDir, 0);
        try (ApplicationContext context = GenerateCommand.commandContext(props)) {
            DataSource ds = GenerateCommand.rawDataSource(context);
            load = GenerateCommand.load(ds, size, options.seed(), out);
            out.println(GenerateCommand.summary(load));
            long t0 = System.nanoTime();
            reindexed = context.getBean(IndexRebuilder.class).rebuild(p -> { });
            reindexSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf("重建索引：%d 份，%.1f 秒%n", reindexed, reindexSeconds);
            disclosureIds = ids(ds, "SELECT id FROM disclosure WHERE status = 'PUBLISHED' ORDER BY id");
            unitIds = ids(ds, "SELECT DISTINCT unit_id FROM disclosure WHERE status = 'PUBLISHED' ORDER BY unit_id");
        }
        Path generation = RawLucene.activeGeneration(indexDir);
        long indexBytes = treeSize(generation);
        List<QuerySet.Query> queries = QuerySet.QUERIES;
        int rounds = options.rounds();

        // In-process engine (SearchIndex, what the portal calls) and the raw floor, before the server holds the index.
        long[] engineTotals = new long[queries.size()];
        double[] engineP50 = new double[queries.size()];
        LatencyStats engine1;
        LatencyStats engine8;
        List<Query> portalQueries = new ArrayList<>();
        try (SearchIndex index = SearchIndex.open(generation)) {
            List<Load.Task> tasks = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                SearchQuery sq = engineQuery(queries.get(i));
                portalQueries.add(index.luceneQuery(sq));
                int k = i;
                tasks.add(() -> engineTotals[k] = index.search(sq).total());
            }
            Load.warmUp(tasks, options.warmup(), options.warmupSeconds());
            engine1 = perQuery(tasks, rounds, engineP50);
            engine8 = Load.run(tasks, 8, rounds);
        }
        long[] rawTotals = new long[queries.size()];
        double[] rawP50 = new double[queries.size()];
        LatencyStats raw1;
        LatencyStats raw8;
        double[] sameWorkP50 = new double[queries.size()];
        long[] sameWorkTotals = new long[queries.size()];
        LatencyStats sameWork1;
        LatencyStats sameWork8;
        int luceneDocs;
        try (RawLucene raw = new RawLucene(indexDir)) {
            luceneDocs = raw.documents();
            List<Load.Task> tasks = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                QuerySet.Query q = queries.get(i);
                int k = i;
                tasks.add(() -> rawTotals[k] = raw.search(q));
            }
            Load.warmUp(tasks, options.warmup(), options.warmupSeconds());
            raw1 = perQuery(tasks, rounds, rawP50);
            raw8 = Load.run(tasks, 8, rounds);

            List<Load.Task> same = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                QuerySet.Query q = queries.get(i);
                Query portal = portalQueries.get(i);
                int k = i;
                same.add(() -> sameWorkTotals[k] = raw.searchSameWork(q, portal));
            }
            Load.warmUp(same, options.warmup(), options.warmupSeconds());
            sameWork1 = perQuery(same, rounds, sameWorkP50);
            sameWork8 = Load.run(same, 8, rounds);
        }
        for (int i = 0; i < queries.size(); i++) {
            if (sameWorkTotals[i] != 0 && sameWorkTotals[i] != engineTotals[i]) {
                // Both ran the same query on the same index (the portal relaxes a query that finds nothing);
                // a difference means the comparison is broken.
                throw new IllegalStateException("Lucene alone counted " + sameWorkTotals[i] + " for " + queries.get(i).label()
                        + ", the portal " + engineTotals[i]);
            }
        }
        out.printf("进程内引擎 p95 %.1f ms，原始 Lucene p95 %.1f ms（1 个客户端）%n", engine1.p95Ms(), raw1.p95Ms());

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long[] httpTotals = new long[queries.size()];
        double[] httpP50 = new double[queries.size()];
        LatencyStats http1;
        LatencyStats http8;
        List<PageFigures> pages = new ArrayList<>();
        long heapAfterStart;
        long heapPeak;
        long[] rss;
        double startSeconds;
        String serverDescription;
        Path gcLog = dir.resolve("server-gc.log");
        List<String> jvmArgs = new ArrayList<>(options.jvmArgs());
        jvmArgs.add("-Xlog:gc:file=" + gcLog);
        out.println("启动门户……");
        try (ServerHandle server = options.inProcess() ? ServerHandle.inProcess(dataDir, indexDir, http)
                : ServerHandle.jar(options.jar().toAbsolutePath(), jvmArgs, dataDir, indexDir, dir.resolve("server.log"), http)) {
            startSeconds = server.startSeconds;
            serverDescription = server.describe();
            heapAfterStart = server.heapUsed();
            out.printf("门户已启动：%.1f 秒%n", startSeconds);
            List<Load.Task> tasks = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                URI uri = URI.create(server.baseUrl + queries.get(i).apiPath());
                int k = i;
                tasks.add(() -> httpTotals[k] = total(get(http, uri)));
            }
            Load.warmUp(tasks, options.warmup(), options.warmupSeconds());
            http1 = perQuery(tasks, rounds, httpP50);
            http8 = Load.run(tasks, 8, rounds);
            out.printf("HTTP 搜索 p95：%.1f ms（1 个客户端），%.1f ms（8 个）%n", http1.p95Ms(), http8.p95Ms());
            for (String page : options.pages()) {
                pages.add(page(http, server.baseUrl, page, disclosureIds, unitIds, rounds, options.warmup()));
            }
            long heapNow = server.heapUsed();
            rss = server.rss();
            heapPeak = Math.max(Math.max(heapAfterStart, heapNow), gcPeak(gcLog));
        }

        LatencyStats like1 = null;
        CorpusWriter.LoadResult likeLoad = null;
        long[] likeTotals = new long[queries.size()];
        Arrays.fill(likeTotals, -1);
        double[] likeP50 = new double[queries.size()];
        String likeNote;
        if (options.likeUrl() == null) {
            likeNote = "未测：没有给出 --like-url（需要 MySQL/MariaDB，见 README 的 Benchmark 一节）。";
        } else {
            String dbUrl = database(options, "gongkai_bench_" + size);
            out.println("LIKE 基线：向 MariaDB/MySQL 载入同一语料……");
            Map<String, Object> likeProps = new HashMap<>();
            likeProps.put("datasources.default.url", dbUrl);
            likeProps.put("datasources.default.username", options.likeUser());
            likeProps.put("datasources.default.password", options.likePassword());
            likeProps.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
            try (ApplicationContext context = GenerateCommand.commandContext(likeProps)) {
                likeLoad = GenerateCommand.load(GenerateCommand.rawDataSource(context), size, options.seed(), out);
            }
            try (LikeBaseline like = new LikeBaseline(dbUrl, options.likeUser(), options.likePassword())) {
                List<Load.Task> tasks = new ArrayList<>();
                for (int i = 0; i < queries.size(); i++) {
                    QuerySet.Query q = queries.get(i);
                    int k = i;
                    tasks.add(() -> likeTotals[k] = like.search(q));
                }
                Load.warmUp(tasks, 1);
                like1 = perQuery(tasks, Math.max(1, rounds / 2), likeP50);
            }
            likeNote = "同一语料（同一种子）由同一生成器写入 MariaDB/MySQL；每个查询 = COUNT(DISTINCT) + 一页 20 条，1 个客户端，每个查询重复 "
                    + Math.max(1, rounds / 2) + " 次。";
            out.printf("LIKE p50 %.1f ms%n", like1.p50Ms());
        }

        List<QueryFigures> figures = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            figures.add(new QueryFigures(queries.get(i), httpTotals[i], engineTotals[i], rawTotals[i], likeTotals[i],
                    httpP50[i], engineP50[i], rawP50[i], sameWorkP50[i], likeP50[i]));
        }
        return new SizeResult(size, load, reindexSeconds, reindexed, luceneDocs, indexBytes, startSeconds, heapAfterStart,
                heapPeak, rss[0], rss[1], http1, http8, engine1, engine8, raw1, raw8, sameWork1, sameWork8, likeLoad, like1, likeNote, figures, pages,
                serverDescription, (System.nanoTime() - sizeStarted) / 1e9);
    }

    /** Each task {@code rounds} times on one client; per-task median into p50s, all samples into the result. */
    static LatencyStats perQuery(List<Load.Task> tasks, int rounds, double[] p50s) throws Exception {
        List<Double> all = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < tasks.size(); i++) {
            long[] samples = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long s = System.nanoTime();
                tasks.get(i).run();
                samples[r] = System.nanoTime() - s;
                all.add(samples[r] / 1e6);
            }
            Arrays.sort(samples);
            p50s[i] = LatencyStats.percentile(samples, 50) / 1e6;
        }
        return LatencyStats.ofMillis(all, System.nanoTime() - t0);
    }

    static SearchQuery engineQuery(QuerySet.Query q) {
        SearchQuery.Sort sort = q.sort() == null ? SearchQuery.Sort.RELEVANCE : SearchQuery.Sort.valueOf(q.sort().toUpperCase(Locale.ROOT));
        return new SearchQuery(q.q(), q.year(), q.region(), null, q.type(), null, sort, q.page(), QuerySet.SIZE);
    }

    private static PageFigures page(HttpClient http, String base, String template, List<Long> disclosures, List<Long> units,
                                    int rounds, int warmup) throws Exception {
        List<URI> uris = new ArrayList<>();
        int variants = template.contains("{") ? 20 : 1;
        for (int i = 0; i < variants; i++) {
            String path = template;
            if (!disclosures.isEmpty()) {
                path = path.replace("{disclosure}", Long.toString(disclosures.get(i * disclosures.size() / variants)));
            }
            if (!units.isEmpty()) {
                path = path.replace("{unit}", Long.toString(units.get(i * units.size() / variants)));
            }
            uris.add(URI.create(base + path));
        }
        List<Double> firstViews = new ArrayList<>();
        long firstStarted = System.nanoTime();
        long t0 = firstStarted;
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(uris.get(0)).build(), HttpResponse.BodyHandlers.ofString());
        firstViews.add((System.nanoTime() - t0) / 1e6);
        if (first.statusCode() == 404) {
            return new PageFigures(template, null, null, "跳过：此版本没有该页面（HTTP 404）");
        }
        if (first.statusCode() != 200) {
            return new PageFigures(template, null, null, "跳过：HTTP " + first.statusCode());
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
        return new PageFigures(template, Load.run(tasks, 8, perClientRounds), cold, null);
    }

    static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
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

    /** The largest heap occupancy before a collection in a -Xlog:gc file ("GC(3) Pause Young … 150M->30M(256M)"). */
    static long gcPeak(Path gcLog) {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(gcLog)) {
            Pattern p = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
            return lines.map(p::matcher).filter(Matcher::find).mapToLong(m -> Long.parseLong(m.group(1)) * 1024 * 1024)
                    .max().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String database(Options options, String name) throws SQLException {
        String base = options.likeUrl();
        int q = base.indexOf('?');
        String query = q < 0 ? "" : base.substring(q);
        String server = q < 0 ? base : base.substring(0, q);
        server = server.endsWith("/") ? server : server.substring(0, server.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(server + query, options.likeUser(), options.likePassword());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String params = "rewriteBatchedStatements=true&useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
        return server + name + (query.isEmpty() ? "?" + params : query + "&" + params);
    }

    private static List<Long> ids(DataSource ds, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
