package gongkai.bench;

import io.micronaut.context.ApplicationContext;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code generate --disclosures N [--seed S]}: fills the configured database with N generated,
 * published disclosures (see {@link CorpusGenerator}) by JDBC batches and prints the rate. The search
 * outbox is left empty: run {@code reindex} afterwards.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args, err);
        if (options == null || !options.containsKey("disclosures")) {
            err.println("用法：generate --disclosures 份数 [--seed 种子]");
            return 2;
        }
        int count;
        long seed;
        try {
            count = Integer.parseInt(options.get("disclosures"));
            seed = Long.parseLong(options.getOrDefault("seed", "1"));
        } catch (NumberFormatException e) {
            err.println("--disclosures 和 --seed 应为整数。");
            return 2;
        }
        if (count < 1) {
            err.println("--disclosures 应为正整数。");
            return 2;
        }
        try (ApplicationContext context = commandContext(Map.of())) {
            CorpusWriter.LoadResult result = load(rawDataSource(context), count, seed, out);
            out.println(summary(result));
            out.println("全文索引尚未更新：请运行 java -jar target/gongkai.jar reindex（门户运行时也可以）。");
            return 0;
        } catch (SQLException e) {
            err.println("生成失败：" + e.getMessage());
            return 1;
        }
    }

    /** Generates and writes, printing progress about every 10 %. */
    static CorpusWriter.LoadResult load(DataSource dataSource, int count, long seed, PrintStream out) throws SQLException {
        CorpusGenerator generator = new CorpusGenerator(CorpusWriter.regions(dataSource), count, seed);
        int step = Math.max(100, count / 10 / 100 * 100);
        return new CorpusWriter(dataSource).write(generator, p -> {
            if (p.done() % step == 0 || p.done() == p.total()) {
                out.printf("已生成 %d/%d 份，%.0f 份/秒%n", p.done(), p.total(), p.done() / Math.max(1e-9, p.elapsedNanos() / 1e9));
            }
        });
    }

    static String summary(CorpusWriter.LoadResult r) {
        return String.format("生成完成：%d 份已公开决算（%d 个单位，%d 个章节，%d 个表格行，%d 个金额，%d 个绩效项目，%d 个绩效指标，文本 %.1f MB），"
                        + "用时 %.1f 秒，%.0f 份/秒%s。",
                r.disclosures(), r.units(), r.sections(), r.lineItems(), r.amounts(), r.projects(), r.indicators(),
                r.textBytes() / 1e6, r.nanos() / 1e9, r.disclosuresPerSecond(),
                r.skipped() > 0 ? "；" + r.skipped() + " 份因该单位该年度已有公开版本而跳过" : "");
    }

    /** The configured database without web server or indexer, as the other commands use it. */
    static ApplicationContext commandContext(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("gongkai.indexer.enabled", "false");
        return ApplicationContext.builder().deduceEnvironment(false).properties(properties).start();
    }

    /**
     * The pool itself, not Micronaut Data's connection-aware proxy (which only hands out connections
     * inside @Transactional/@Connectable code): the writer manages its own connection and commits.
     */
    public static DataSource rawDataSource(ApplicationContext context) {
        DataSource ds = context.getBean(DataSource.class);
        return context.findBean(io.micronaut.jdbc.DataSourceResolver.class).map(r -> r.resolve(ds)).orElse(ds);
    }

    static Map<String, String> options(String[] args, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                err.println("无法识别的参数：" + args[i]);
                return null;
            }
        }
        return options;
    }
}
