package gongkai.bench;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code generate --disclosures N [--seed S] [--writers W]}: fills the configured database with N
 * generated, published disclosures (see {@link CorpusGenerator}) through the portal's write path
 * ({@link CorpusLoader}) and prints the rate. A bench-profile command: {@code ./mvnw -B -Pbench
 * -Dbench.args="generate --disclosures 1000"}; then {@code java -jar target/gongkai.jar reindex}.
 */
final class GenerateCommand {

    static final String USAGE = "用法：generate --disclosures 份数 [--seed 种子] [--writers 写入线程数]";

    private GenerateCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        int count;
        long seed;
        int writers;
        try {
            BenchOptions o = BenchOptions.parse(args);
            count = o.integer("disclosures", 0);
            seed = o.longInteger("seed", 1);
            writers = o.integer("writers", 1);
            if (count < 1 || writers < 1) {
                throw new IllegalArgumentException("--disclosures 和 --writers 应为正整数。");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            BenchContexts.refuseWhileTheEmbeddedDatabaseIsHeld();
            try (ApplicationContext context = BenchContexts.commandContext(Map.of())) {
                CorpusLoader.LoadResult result = load(context, count, seed, writers, out);
                out.println(summary(result));
                out.println(
                        "全文索引尚未重建：请运行 java -jar target/gongkai.jar reindex"
                                + "（门户运行时也会按发布队列逐份补上索引，但重建快得多）。");
                return 0;
            }
        } catch (RuntimeException e) {
            err.println("生成失败：" + e.getMessage());
            return 1;
        }
    }

    /** Generates and stores, printing progress about every 10 %. */
    static CorpusLoader.LoadResult load(
            ApplicationContext context, int count, long seed, int writers, PrintStream out) {
        CorpusGenerator generator =
                new CorpusGenerator(BenchContexts.regions(context), count, seed);
        int step = Math.max(100, count / 10 / 100 * 100);
        return new CorpusLoader(context)
                .load(
                        generator,
                        p -> {
                            if (p.done() % step == 0 || p.done() == p.total()) {
                                out.printf(
                                        "已生成 %d/%d 份，%.0f 份/秒%n",
                                        p.done(),
                                        p.total(),
                                        p.done() / Math.max(1e-9, p.elapsedNanos() / 1e9));
                            }
                        },
                        writers);
    }

    static String summary(CorpusLoader.LoadResult r) {
        return String.format(
                "生成完成：%d 份已公开决算（%d 个单位，%d 个章节，%d 个表格行，%d 个金额，%d 个绩效项目，%d 个绩效指标，文本 %.1f MB），"
                        + "用时 %.1f 秒，%.0f 份/秒%s。",
                r.disclosures(),
                r.units(),
                r.sections(),
                r.lineItems(),
                r.amounts(),
                r.projects(),
                r.indicators(),
                r.textBytes() / 1e6,
                r.nanos() / 1e9,
                r.disclosuresPerSecond(),
                r.skipped() > 0 ? "；" + r.skipped() + " 份因该单位该年度已有公开版本而跳过" : "");
    }
}
