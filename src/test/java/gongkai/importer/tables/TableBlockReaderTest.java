package gongkai.importer.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the lines after a title become a table block: where it ends, which unit and note it states,
 * and how its cells are split. Each case is a few lines of text shaped as the readers deliver them.
 */
class TableBlockReaderTest {

    private static TableBlock read(String... lines) {
        return TableBlockReader.read(
                List.of(lines), 0, StandardTable.G08, new boolean[lines.length]);
    }

    private static List<List<String>> cells(TableBlock b) {
        return b.rows().stream().map(TableBlock.GridRow::cells).toList();
    }

    @Test
    void tabSeparatedRowsEndAtTheNextTitle() {
        TableBlock b =
                read(
                        "国有资本经营预算财政拨款支出决算表",
                        "公开08表",
                        "编制单位：某某局\t\t单位：万元",
                        "项目\t合计\t基本支出",
                        "合计\t 0.00 \t0.00",
                        "一般公共预算财政拨款基本支出决算明细表",
                        "人员经费\t1.00");
        assertEquals(MoneyUnit.WAN_YUAN, b.statedUnit());
        assertEquals(List.of(List.of("项目", "合计", "基本支出"), List.of("合计", "0.00", "0.00")), cells(b));
        assertEquals(3, b.rows().get(0).line());
        assertEquals(5, b.end());
        assertEquals("国有资本经营预算财政拨款支出决算表", b.title());
    }

    @Test
    void theUnitMayBeInTheTitleOrSplitOverTwoShortLines() {
        assertEquals(MoneyUnit.YUAN, read("国有资本经营预算财政拨款支出决算表（元）", "项目\t合计").statedUnit());
        TableBlock split = read("国有资本经营预算财政拨款支出决算表", "表金额单位：万", "元", "项目\t合计", "合计\t1.00");
        assertEquals(MoneyUnit.WAN_YUAN, split.statedUnit());
        assertEquals(2, split.rows().size());
        // The title's unit wins over a later statement.
        assertEquals(
                MoneyUnit.YUAN, read("国有资本经营预算财政拨款支出决算表 单位：元", "单位：万元", "项目\t合计").statedUnit());
    }

    @Test
    void aTableWithoutRowsKeepsItsNote() {
        TableBlock b = read("国有资本经营预算财政拨款支出决算表", "单位：万元", "注：本单位无国有资本经营预算财政拨款支出。", "第三部分 名词解释");
        assertEquals(List.of(), b.rows());
        assertEquals("注：本单位无国有资本经营预算财政拨款支出。", b.note());
        assertEquals(3, b.end());
    }

    @Test
    void notesAfterTheRowsAreJoinedLineByLine() {
        TableBlock b = read("国有资本经营预算财政拨款支出决算表", "项目\t合计", "合计\t0.00", "注：本表无数据。", "备注：金额为零。");
        assertEquals("注：本表无数据。\n备注：金额为零。", b.note());
        assertEquals(5, b.end());
    }

    @Test
    void nothingTableLikeAfterATitleIsNoTable() {
        assertNull(
                read("国有资本经营预算财政拨款支出决算表", "本年度我单位认真贯彻落实各项财经纪律，严格控制一般性支出，厉行节约，持续推进预算绩效管理工作取得明显成效。"));
        assertNull(read("国有资本经营预算财政拨款支出决算表"));
    }

    @Test
    void twoBlankLinesStayInsideATableAndAThirdEndsIt() {
        TableBlock b =
                read("国有资本经营预算财政拨款支出决算表", "项目\t合计", "", "", "合计\t1.00", "", "", "", "其他\t2.00");
        assertEquals(List.of(List.of("项目", "合计"), List.of("合计", "1.00")), cells(b));
        assertEquals(5, b.end());
    }

    @Test
    void oneCellPerLineWithBlankLinesBetweenRowsIsGroupedIntoRows() {
        TableBlock b =
                read("国有资本经营预算财政拨款支出决算表", "\t项目", "\t合计", "", "\t合计", "\t1.00", "", "第三部分 名词解释");
        assertEquals(List.of(List.of("项目", "合计"), List.of("合计", "1.00")), cells(b));
        assertEquals(4, b.rows().get(1).line());
    }

    @Test
    void afterFiveShortHeaderLinesTheNextShortLineEndsTheTable() {
        TableBlock b = read("国有资本经营预算财政拨款支出决算表", "甲", "乙", "丙", "丁", "戊", "己", "项目\t合计");
        assertNull(b);
        TableBlock five = read("国有资本经营预算财政拨款支出决算表", "甲", "乙", "丙", "丁", "戊", "项目\t合计");
        assertEquals(List.of(List.of("项目", "合计")), cells(five));
    }

    @Test
    void unitsAreReadFromTheirUsualWordings() {
        assertEquals(MoneyUnit.WAN_YUAN, TableBlockReader.unitIn("金额单位： 万元"));
        assertEquals(MoneyUnit.YUAN, TableBlockReader.unitIn("单位:元"));
        assertEquals(MoneyUnit.WAN_YUAN, TableBlockReader.unitIn("收入决算表（万元）"));
        assertNull(TableBlockReader.unitIn("万元以上的项目"));
    }
}
