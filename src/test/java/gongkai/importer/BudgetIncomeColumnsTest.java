package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The budgets' 部门收入总表 in its real national layouts: its columns are known by what their headers say
 * (合计, 上年结转, the three kinds of 拨款收入, 财政专户管理资金收入, 单位资金 or the older 事业收入 / 经营收入 / 其他收入), on one
 * header row or under a group label on a second row, wherever they stand.
 */
class BudgetIncomeColumnsTest {

    /** The 2024 national layout: one header row, 单位资金 in one column. */
    private static final String NATIONAL =
            """
            某某市司法局2026年部门预算

            部门收入总表

            单位：元
            科目编码	科目名称	合计	上年结转	一般公共预算拨款收入	政府性基金预算拨款收入	国有资本经营预算拨款收入	财政专户管理资金收入	单位资金
            	合计	5,310,000.00	60,000.00	5,000,000.00	100,000.00	0.00	50,000.00	100,000.00
            2040601	行政运行	4,310,000.00	10,000.00	4,200,000.00	0.00	0.00	0.00	100,000.00
            2040605	普法宣传	1,000,000.00	50,000.00	800,000.00	100,000.00	0.00	50,000.00	0.00
            """;

    /**
     * An older layout: 本年收入合计 first, 上年结转, then a 本年收入 group whose parts stand on a second header
     * row, with 事业收入 / 经营收入 / 其他收入 instead of 单位资金.
     */
    private static final String OLDER =
            """
            某某县司法局2023年部门预算

            部门收入总表

            单位：元
            项目		本年收入合计	上年结转	本年收入
            科目编码	科目名称			一般公共预算拨款收入	政府性基金预算拨款收入	国有资本经营预算拨款收入	事业收入	经营收入	其他收入
            	合计	2,380,000.00	30,000.00	2,000,000.00	200,000.00	0.00	100,000.00	20,000.00	30,000.00
            2040601	行政运行	2,130,000.00	0.00	2,000,000.00	0.00	0.00	100,000.00	0.00	30,000.00
            2040610	社区矫正	250,000.00	30,000.00	0.00	200,000.00	0.00	0.00	20,000.00	0.00
            """;

    @Test
    void readsTheNationalIncomeTableByItsHeaders() {
        DisclosureContent d = parse(NATIONAL);
        assertEquals(
                amounts(
                        "total", "1000000.00",
                        "carry_in", "50000.00",
                        "general", "800000.00",
                        "fund", "100000.00",
                        "capital", "0.00",
                        "special_account", "50000.00",
                        "unit_funds", "0.00",
                        "fiscal", "900000.00"),
                row(d, "2040605"));
        assertEquals(new BigDecimal("5310000.00"), row(d, "本年收入合计").get("total"));
        assertEquals(new BigDecimal("5100000.00"), row(d, "本年收入合计").get("fiscal"));
    }

    @Test
    void readsAnOlderIncomeTableWithATwoRowHeader() {
        DisclosureContent d = parse(OLDER);
        assertEquals(
                amounts(
                        "total", "250000.00",
                        "carry_in", "30000.00",
                        "general", "0.00",
                        "fund", "200000.00",
                        "capital", "0.00",
                        "business", "0.00",
                        "operating", "20000.00",
                        "other", "0.00",
                        "fiscal", "200000.00"),
                row(d, "2040610"));
        assertEquals(new BigDecimal("100000.00"), row(d, "本年收入合计").get("business"));
    }

    private static DisclosureContent parse(String text) {
        ParseResult r = BudgetFixtures.parse(text.getBytes(StandardCharsets.UTF_8), "income.txt");
        assertNotNull(r.disclosure(), () -> r.report().toText());
        assertEquals(DisclosureKind.BUDGET, r.disclosure().kind());
        return r.disclosure();
    }

    private static Map<String, BigDecimal> row(DisclosureContent d, String code) {
        return d.tables().stream()
                .filter(t -> t.kind() == StandardTable.G02)
                .flatMap(t -> t.rows().stream())
                .filter(r -> code.equals(r.code()))
                .findFirst()
                .map(DisclosureContent.Row::amounts)
                .orElseThrow(() -> new AssertionError(code + " not read: " + d.tables()));
    }

    private static Map<String, BigDecimal> amounts(String... keysAndValues) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], new BigDecimal(keysAndValues[i + 1]));
        }
        return m;
    }
}
