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

    /**
     * {@link #LILING_2023} with its 部门收入总表 in the 2024 national layout: 合计 | 上年结转 | the three kinds
     * of 拨款收入 | 财政专户管理资金收入 | 单位资金, columns the final accounts' 收入决算表 does not have. The figures are
     * the fixture's (all of it 一般公共预算拨款收入; 上年结转 is stated as 0.00).
     */
    public static byte[] lilingWithNationalIncomeTable() {
        String text = new String(bytes(LILING_2023), java.nio.charset.StandardCharsets.UTF_8);
        int start = text.indexOf("\n部门收入总表\n");
        int end = text.indexOf("\n部门支出总表\n");
        StringBuilder table =
                new StringBuilder(
                        "\n部门收入总表\n\n单位：元\n科目编码\t科目名称\t合计\t上年结转\t一般公共预算拨款收入"
                                + "\t政府性基金预算拨款收入\t国有资本经营预算拨款收入\t财政专户管理资金收入\t单位资金\n");
        String[][] rows = {
            {"", "合计", "8,377,400.00"},
            {"2040601", "行政运行", "4,056,400.00"},
            {"2040602", "一般行政管理事务", "180,000.00"},
            {"2040605", "普法宣传", "600,000.00"},
            {"2040607", "公共法律服务", "560,000.00"},
            {"2040699", "其他司法支出", "2,260,000.00"},
            {"2080505", "机关事业单位基本养老保险缴费支出", "346,000.00"},
            {"2101101", "行政单位医疗", "89,100.00"},
            {"2210201", "住房公积金", "285,900.00"}
        };
        for (String[] r : rows) {
            table.append(
                    String.join(
                            "\t", r[0], r[1], r[2], "0.00", r[2], "0.00", "0.00", "0.00", "0.00"));
            table.append('\n');
        }
        return (text.substring(0, start) + table + text.substring(end))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
