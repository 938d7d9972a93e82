package gongkai.importer.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.disclosure.StandardTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which cell holds which amount, read from a table's header rows. The seed tests see this only
 * through whole tables whose headers are in the standard order; here each header shape is given
 * alone and the mapping asserted.
 */
class ColumnHeadersTest {

    private static TableBlock.GridRow row(String... cells) {
        return new TableBlock.GridRow(0, List.of(cells));
    }

    @Test
    void labelsSpreadOverHeaderRowsAreJoinedPerColumnWithoutSpaces() {
        Map<Integer, String> labels =
                ColumnHeaders.labels(
                        List.of(
                                row("项目", "本年支出", "", ""),
                                row("", "小 计", "基本支出", "项目支出"),
                                row("栏次", "1", "2", "3"),
                                row("", "1", "2", "3")));
        assertEquals(Map.of(0, "项目", 1, "本年支出小计", 2, "基本支出", 3, "项目支出"), labels);
    }

    @Test
    void columnsAreFoundByTheirLabelsInWhateverOrderTheyArePrinted() {
        Map<Integer, String> labels = Map.of(0, "科目名称", 1, "项目支出", 2, "基本支出", 3, "合计");
        assertEquals(
                Map.of("total", 3, "basic", 2, "project", 1),
                ColumnHeaders.map(labels, StandardTable.G08.columns(), 1));
    }

    @Test
    void anExactLabelWinsOverALongerLabelThatContainsIt() {
        // 合计（含结转） contains 合计 and comes first; the column labelled exactly 合计 is the total.
        Map<Integer, String> labels = Map.of(1, "合计（含结转）", 2, "合计");
        assertEquals(Map.of("total", 2), ColumnHeaders.map(labels, StandardTable.G08.columns(), 1));
    }

    @Test
    void aSubLabelUnderItsGroupLabelCountsAsExact() {
        // 本年支出小计 is 小计 under the group 本年支出: exact, before the containment pass.
        Map<Integer, String> labels = Map.of(1, "本年收入", 2, "本年支出小计", 3, "年末结转和结余");
        Map<String, Integer> m = ColumnHeaders.map(labels, StandardTable.G07.columns(), 1);
        assertEquals(2, m.get("total"));
        assertEquals(1, m.get("income"));
        assertEquals(3, m.get("carry_out"));
        // 其他小计 ends with 小计 but 其他 is no group label: only found by containment.
        Map<Integer, String> other = Map.of(1, "其他小计", 2, "小计");
        assertEquals(2, ColumnHeaders.map(other, StandardTable.G05.columns(), 1).get("total"));
    }

    @Test
    void aLabelThatOnlyContainsTheWordingIsFoundWhenNothingMatchesExactly() {
        Map<Integer, String> labels = Map.of(1, "基本支出（万元）", 2, "项目支出（万元）");
        assertEquals(
                Map.of("basic", 1, "project", 2),
                ColumnHeaders.map(labels, StandardTable.G08.columns(), 1));
    }

    @Test
    void columnsBeforeTheFirstAmountColumnAreNotAmounts() {
        Map<Integer, String> labels = Map.of(0, "合计", 2, "合计");
        assertEquals(Map.of("total", 2), ColumnHeaders.map(labels, StandardTable.G08.columns(), 1));
        assertEquals(Map.of("total", 0), ColumnHeaders.map(labels, StandardTable.G08.columns(), 0));
    }

    @Test
    void synonymsOfALabelFindTheColumn() {
        Map<Integer, String> labels = Map.of(1, "年初预算", 2, "小计");
        Map<String, Integer> m = ColumnHeaders.map(labels, StandardTable.G05.columns(), 1);
        assertEquals(1, m.get("budget"));
        assertEquals(2, m.get("total"));
    }

    @Test
    void columnNumberRowsAreNotLabels() {
        Map<Integer, String> labels =
                ColumnHeaders.labels(List.of(row("", "1", " ", "3"), row("栏次", "合计", "", "")));
        assertEquals(Map.of(), labels);
    }
}
