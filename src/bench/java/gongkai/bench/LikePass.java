package gongkai.bench;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The LIKE baseline: the same corpus (same seed) stored through the portal's write path into a
 * fresh MySQL/MariaDB database, then each query answered with {@code LIKE} ({@link LikeBaseline}).
 */
final class LikePass {

    /**
     * Per query: totals (-1 when not measured) and p50s; overall: 1 client; the load; a note for
     * the report.
     */
    record Figures(
            long[] totals,
            double[] p50,
            LatencyStats like1,
            CorpusLoader.LoadResult load,
            String note) {}

    private LikePass() {}

    static Figures run(BenchCommand.Options options, int size, PrintStream out) throws Exception {
        List<QuerySet.Query> queries = QuerySet.QUERIES;
        long[] totals = new long[queries.size()];
        Arrays.fill(totals, -1);
        double[] p50 = new double[queries.size()];
        if (options.likeUrl() == null) {
            return new Figures(
                    totals,
                    p50,
                    null,
                    null,
                    "未测：没有给出 --like-url（需要 MySQL/MariaDB，见 README 的 Benchmark 一节）。");
        }
        String dbUrl = database(options, "gongkai_bench_" + size);
        out.println("LIKE 基线：向 MariaDB/MySQL 载入同一语料……");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", dbUrl);
        props.put("datasources.default.username", options.likeUser());
        props.put("datasources.default.password", options.likePassword());
        props.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        props.put("datasources.default.connection-timeout", BenchContexts.CONNECT_MILLIS);
        CorpusLoader.LoadResult load;
        try (ApplicationContext context = BenchContexts.commandContext(props)) {
            load = GenerateCommand.load(context, size, options.seed(), 1, out);
        }
        int rounds = Math.max(1, options.rounds() / 2);
        LatencyStats like1;
        try (LikeBaseline like =
                new LikeBaseline(dbUrl, options.likeUser(), options.likePassword())) {
            List<Load.Task> tasks = new java.util.ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                QuerySet.Query q = queries.get(i);
                int k = i;
                tasks.add(() -> totals[k] = like.search(q));
            }
            Load.warmUp(tasks, 1);
            like1 = Load.perQuery(tasks, rounds, p50);
        }
        out.printf("LIKE p50 %.1f ms%n", like1.p50Ms());
        return new Figures(
                totals,
                p50,
                like1,
                load,
                "同一语料（同一种子）经门户的写入路径存入 MariaDB/MySQL；每个查询 = "
                        + "COUNT(DISTINCT) + 一页 20 条，1 个客户端，每个查询重复 "
                        + rounds
                        + " 次。");
    }

    /**
     * A fresh database of that name on the --like-url server, with the settings the load and the
     * queries need.
     */
    private static String database(BenchCommand.Options options, String name) throws SQLException {
        String base = options.likeUrl();
        int q = base.indexOf('?');
        String query = q < 0 ? "" : base.substring(q);
        String server = q < 0 ? base : base.substring(0, q);
        server = server.endsWith("/") ? server : server.substring(0, server.lastIndexOf('/') + 1);
        try (Connection c =
                        DriverManager.getConnection(
                                server + query, options.likeUser(), options.likePassword());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute(
                    "CREATE DATABASE "
                            + name
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String params =
                "rewriteBatchedStatements=true&useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
        return server + name + (query.isEmpty() ? "?" + params : query + "&" + params);
    }
}
