package gongkai.bench;

import gongkai.search.IndexRebuilder;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * {@code bench --sizes 1000,5000 [--seed 42] [--out src/bench/BENCHMARKS.md] [--work target/bench]
 * [--jar target/gongkai.jar | --server inprocess] [--like-url jdbc:mysql://host:port/ --like-user u
 * --like-password p] [--rounds 5] [--pages
 * /,/disclosures/{disclosure},/units/{unit},/compare?code=2040610] [--note text]}: for each size,
 * generates a fresh corpus into an embedded H2 database, rebuilds the index, measures the
 * in-process engine and raw Lucene, starts the portal against it and measures search and pages over
 * HTTP with 1 and 8 clients, loads the same corpus into MySQL/MariaDB for the LIKE baseline, and
 * writes everything to one Markdown file (see {@link BenchReport}).
 */
public final class BenchCommand {

    /**
     * Untimed passes of the query set (and of each page) before measuring. A freshly started portal
     * keeps getting faster for its first few hundred searches while the JIT compiles: one query
     * repeated at 15,000 disclosures went from 20 to 8 ms over 500 requests, and with 3 passes the
     * benchmark measured a server still compiling (基本支出 项目支出: 208 ms p50, 130 ms when warm).
     */
    static final int DEFAULT_WARMUP = 20;

    /**
     * Warm-up also lasts at least this long. 20 passes of the query set take about 2 s at 1,000
     * reports: a round of the 20 queries then measured 76–120 ms over three fresh JVMs, after 150
     * passes 50–66 ms (the JIT was still compiling the search paths).
     */
    static final int DEFAULT_WARMUP_SECONDS = 10;

    /** Options of one run. */
    record Options(
            List<Integer> sizes,
            long seed,
            Path out,
            Path work,
            Path jar,
            boolean inProcess,
            String likeUrl,
            String likeUser,
            String likePassword,
            int rounds,
            int warmup,
            int warmupSeconds,
            List<String> pages,
            List<String> jvmArgs,
            String note,
            String command) {}

    private BenchCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(
                    "用法：bench --sizes 1000,5000 [--seed 42] [--out src/bench/BENCHMARKS.md] [--work target/bench] "
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
            // One line per cause, as the other commands do; the sizes finished so far are already
            // in the report.
            err.println("基准测试失败：" + e);
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                err.println("  原因：" + c);
            }
            return 1;
        }
    }

    static Options parse(String[] args) {
        BenchOptions o = BenchOptions.parse(args);
        return new Options(
                o.integers("sizes", "1000"),
                o.longInteger("seed", 42),
                o.path("out", "src/bench/BENCHMARKS.md"),
                o.path("work", "target/bench"),
                o.path("jar", "target/gongkai.jar"),
                "inprocess".equals(o.text("server")),
                o.text("like-url"),
                o.text("like-user", "root"),
                o.text("like-password", ""),
                o.integer("rounds", 5),
                o.integer("warmup", DEFAULT_WARMUP),
                o.integer("warmup-seconds", DEFAULT_WARMUP_SECONDS),
                o.items("pages", "/,/disclosures/{disclosure},/units/{unit},/compare?code=2040610"),
                o.words("jvm-args", "-Xmx1g"),
                o.text("note", ""),
                o.command("bench"));
    }

    /** Figures of one query at one client. */
    record QueryFigures(
            QuerySet.Query query,
            long httpTotal,
            long engineTotal,
            long rawTotal,
            long likeTotal,
            double httpP50,
            double engineP50,
            double rawP50,
            double sameWorkP50,
            double likeP50) {
        boolean likeWrong() {
            return likeTotal >= 0 && (likeTotal == 0) != (httpTotal == 0);
        }
    }

    /**
     * stats: 8 clients after warm-up; firstViews: the first request of each distinct page, 1
     * client.
     */
    record PageFigures(String path, LatencyStats stats, LatencyStats firstViews, String note) {}

    record SizeResult(
            int size,
            CorpusLoader.LoadResult load,
            double reindexSeconds,
            int reindexed,
            int luceneDocs,
            long indexBytes,
            double startSeconds,
            long heapAfterStart,
            long heapPeak,
            long rss,
            long rssPeak,
            LatencyStats http1,
            LatencyStats http8,
            LatencyStats engine1,
            LatencyStats engine8,
            LatencyStats raw1,
            LatencyStats raw8,
            LatencyStats sameWork1,
            LatencyStats sameWork8,
            CorpusLoader.LoadResult likeLoad,
            LatencyStats like1,
            String likeNote,
            List<QueryFigures> queries,
            List<PageFigures> pages,
            String server,
            double totalSeconds) {}

    /** One size: a fresh corpus in an embedded H2 database, its index, then every pass over it. */
    static SizeResult runSize(Options options, int size, PrintStream out) throws Exception {
        long sizeStarted = System.nanoTime();
        Path dir = options.work().resolve("size-" + size).toAbsolutePath();
        deleteTree(dir);
        Path dataDir = dir.resolve("data");
        Path indexDir = dir.resolve("index");
        Files.createDirectories(dataDir);
        out.printf("== %d 份：生成语料 ==%n", size);

        CorpusLoader.LoadResult load;
        double reindexSeconds;
        int reindexed;
        List<Long> disclosureIds;
        List<Long> unitIds;
        Map<String, Object> props = ServerHandle.properties(dataDir, indexDir, 0);
        try (ApplicationContext context = BenchContexts.commandContext(props)) {
            load = GenerateCommand.load(context, size, options.seed(), 1, out);
            out.println(GenerateCommand.summary(load));
            long t0 = System.nanoTime();
            reindexed = context.getBean(IndexRebuilder.class).rebuild(p -> {});
            reindexSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf("重建索引：%d 份，%.1f 秒%n", reindexed, reindexSeconds);
            DataSource ds = BenchContexts.rawDataSource(context);
            disclosureIds =
                    ids(ds, "SELECT id FROM disclosure WHERE status = 'PUBLISHED' ORDER BY id");
            unitIds =
                    ids(
                            ds,
                            "SELECT DISTINCT unit_id FROM disclosure WHERE status = 'PUBLISHED' ORDER BY unit_id");
        }
        Path generation = RawLucene.activeGeneration(indexDir);
        long indexBytes = treeSize(generation);

        EnginePasses.Figures engine = EnginePasses.run(options, indexDir, generation);
        out.printf(
                "进程内引擎 p95 %.1f ms，原始 Lucene p95 %.1f ms（1 个客户端）%n",
                engine.engine1().p95Ms(), engine.raw1().p95Ms());
        PortalPasses.Figures portal =
                PortalPasses.run(options, dir, dataDir, indexDir, disclosureIds, unitIds, out);
        LikePass.Figures like = LikePass.run(options, size, out);

        List<QueryFigures> figures = new ArrayList<>();
        for (int i = 0; i < QuerySet.QUERIES.size(); i++) {
            figures.add(
                    new QueryFigures(
                            QuerySet.QUERIES.get(i),
                            portal.httpTotals()[i],
                            engine.engineTotals()[i],
                            engine.rawTotals()[i],
                            like.totals()[i],
                            portal.httpP50()[i],
                            engine.engineP50()[i],
                            engine.rawP50()[i],
                            engine.sameWorkP50()[i],
                            like.p50()[i]));
        }
        return new SizeResult(
                size,
                load,
                reindexSeconds,
                reindexed,
                engine.luceneDocs(),
                indexBytes,
                portal.startSeconds(),
                portal.heapAfterStart(),
                portal.heapPeak(),
                portal.rss(),
                portal.rssPeak(),
                portal.http1(),
                portal.http8(),
                engine.engine1(),
                engine.engine8(),
                engine.raw1(),
                engine.raw8(),
                engine.sameWork1(),
                engine.sameWork8(),
                like.load(),
                like.like1(),
                like.note(),
                figures,
                portal.pages(),
                portal.server(),
                (System.nanoTime() - sizeStarted) / 1e9);
    }

    private static List<Long> ids(DataSource ds, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
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
