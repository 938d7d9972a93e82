package gongkai.importer;

import static org.junit.jupiter.api.Assertions.fail;

import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.TextDocumentReader;
import gongkai.testsupport.Imported;
import gongkai.testsupport.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Budget (部门预算) documents built for the tests: no real budget is at hand. {@code
 * liling-2023-budget.txt} is 醴陵市司法局's 2023 budget in the seeds' shape (tables in 元, TAB cells),
 * with the national table set's titles and the figures seed 004's final accounts give as 年初预算 for
 * each 项 (837.74万元 in all), so budget and outcome can be set side by side.
 */
public final class BudgetFixtures {

    public static final String LILING_2023 = "budget/liling-2023-budget.txt";

    /**
     * {@link #LILING_2023} with its performance targets: a 项目支出绩效目标表 for 普法宣传经费 (60万元) and 公共法律服务经费
     * (56万元) and a 部门整体支出绩效目标表 (837.74万元), from the narrative's own figures.
     */
    public static final String LILING_2023_TARGETS = "budget/liling-2023-budget-targets.txt";

    private BudgetFixtures() {}

    /** The ids of 醴陵市司法局's 2023 final accounts (seed 004) and budget, both published. */
    public record Liling(long accountsId, long budgetId) {}

    /**
     * Imports and publishes seed 004 and {@link #LILING_2023}: budget and outcome of one unit-year.
     */
    public static Liling publishLiling2023(ImportService imports) {
        long accounts =
                Imported.stored(
                        imports.importDocument(
                                "004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
        long budget =
                Imported.stored(imports.importDocument("budget.txt", bytes(LILING_2023), true));
        return new Liling(accounts, budget);
    }

    public static byte[] bytes(String name) {
        try (InputStream in = BudgetFixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return fail("budget fixture missing from the test classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult parse(byte[] bytes, String name) {
        DocumentReader.Result r = new TextDocumentReader().read(bytes, name);
        if (!r.ok()) {
            fail("cannot read " + name + ": " + r.error());
        }
        return new DisclosureParser().parse(r.text());
    }
}
