package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.StandardTable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every amount the importer reads from a budget is stored under a column key that {@link
 * StandardTable#columns(DisclosureKind)} lists for that table: a key it does not list is not shown
 * on the pages and is dropped when the table is saved in the staff grid.
 */
class BudgetColumnKeysTest {

    /** An older 部门收入总表: 上年结转 and a 本年收入 group with 事业收入 / 经营收入 / 其他收入 on a second row. */
    private static final String OLDER_INCOME =
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
    void everyKeyReadFromTheBudgetFixtureIsAColumnOfItsTable() {
        assertEquals(Map.of(), unlisted(BudgetFixtures.bytes(BudgetFixtures.LILING_2023)));
    }

    @Test
    void everyKeyOfANationalLayoutIncomeTableIsAColumnOfTheBudgetTable() {
        assertEquals(Map.of(), unlisted(BudgetFixtures.lilingWithNationalIncomeTable()));
    }

    @Test
    void everyKeyOfAnOlderLayoutIncomeTableIsAColumnOfTheBudgetTable() {
        assertEquals(Map.of(), unlisted(OLDER_INCOME.getBytes(StandardCharsets.UTF_8)));
    }

    /** Keys read per table that the table's budget columns do not list. */
    private static Map<StandardTable, Set<String>> unlisted(byte[] text) {
        ParseResult r = BudgetFixtures.parse(text, "budget.txt");
        assertNotNull(r.disclosure(), () -> r.report().toText());
        assertEquals(DisclosureKind.BUDGET, r.disclosure().kind());
        Map<StandardTable, Set<String>> unlisted = new TreeMap<>();
        for (DisclosureContent.Table t : r.disclosure().tables()) {
            Set<String> listed =
                    t.kind().columns(DisclosureKind.BUDGET).stream()
                            .map(StandardTable.Column::key)
                            .collect(Collectors.toSet());
            for (DisclosureContent.Row row : t.rows()) {
                for (String key : row.amounts().keySet()) {
                    if (!listed.contains(key)) {
                        unlisted.computeIfAbsent(t.kind(), k -> new TreeSet<>()).add(key);
                    }
                }
            }
        }
        return unlisted;
    }
}
