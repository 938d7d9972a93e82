package gongkai.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.StandardTable;
import org.junit.jupiter.api.Test;

/**
 * A table is recognised by its title's wording, however a document numbers, prefixes or annotates
 * it. The seed tests see only their own three title styles; these state the rules one by one.
 */
class TableTitlesTest {

    @Test
    void theLongestWordingDecidesSoTheFiscalTablesAreNotTakenForThePlainOnes() {
        assertEquals(StandardTable.G03, TableTitles.match("支出决算表"));
        assertEquals(StandardTable.G05, TableTitles.match("一般公共预算财政拨款支出决算表"));
        assertEquals(StandardTable.G04, TableTitles.match("财政拨款收入支出决算总表"));
        assertEquals(StandardTable.G01, TableTitles.match("收入支出决算总表"));
        assertEquals(StandardTable.G06, TableTitles.match("一般公共预算财政拨款基本支出决算明细表"));
        assertEquals(StandardTable.PROJECT_DETAIL, TableTitles.match("项目支出决算明细表"));
    }

    @Test
    void numbersUnitNamesYearsAndMoneyUnitsAroundTheWordingAreIgnored() {
        assertEquals(StandardTable.G08, TableTitles.match("公开08表 国有资本经营预算财政拨款支出决算表"));
        assertEquals(StandardTable.G09, TableTitles.match("表九：财政拨款“三公”经费支出决算表（单位：万元）"));
        assertEquals(StandardTable.G02, TableTitles.match("二、收入决算表"));
        assertEquals(StandardTable.G02, TableTitles.match("3.收入决算表"));
        assertEquals(StandardTable.G10, TableTitles.match("相关信息统计表\t公开10表"));
        assertEquals(StandardTable.G07, TableTitles.match("某某市司法局2023年度政府性基金预算财政拨款收入支出决算表"));
    }

    @Test
    void aSentenceThatMentionsATableIsNoTitle() {
        assertNull(TableTitles.match("详见收入决算表。"));
        assertNull(TableTitles.match("详见支出决算表."));
    }

    @Test
    void tooShortTooLongOrTooMuchBeforeTheWordingIsNoTitle() {
        assertNull(TableTitles.match(null));
        assertNull(TableTitles.match("决算表"));
        // up to 30 characters (unit name and year) may precede the wording
        String thirty = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十";
        assertEquals(StandardTable.G02, TableTitles.match(thirty + "收入决算表"));
        assertNull(TableTitles.match(thirty + "甲收入决算表"));
        // 90 characters in all are accepted, 91 are not (the wording fits within 30 of the end)
        String pad = "（" + "注".repeat(28) + "）";
        String ninety = pad + pad + thirty.substring(0, 25) + "收入决算表";
        assertEquals(90, ninety.length());
        assertEquals(StandardTable.G02, TableTitles.match(ninety));
        assertNull(TableTitles.match(pad + pad + thirty.substring(0, 26) + "收入决算表"));
    }

    @Test
    void theWordingIsReturnedAsPrintedWithoutWhatSurroundsIt() {
        assertEquals("财政拨款“三公”经费支出决算表", TableTitles.wording("公开09表\t某单位财政拨款“三公”经费支出决算表\t（单位：万元）"));
        assertEquals("收 入 决 算 表", TableTitles.wording("二、收 入 决 算 表"));
        assertNull(TableTitles.wording("详见收入决算表。"));
    }

    @Test
    void onlyTheTwo2024WordingsCountAsRenamed() {
        assertTrue(TableTitles.renamedIn2024("一般公共预算财政拨款基本支出决算表"));
        assertTrue(TableTitles.renamedIn2024("国有资本经营预算财政拨款收入支出决算表"));
        assertFalse(TableTitles.renamedIn2024("一般公共预算财政拨款基本支出决算明细表"));
        assertFalse(TableTitles.renamedIn2024("国有资本经营预算财政拨款支出决算表"));
        assertFalse(TableTitles.renamedIn2024("第二部分"));
    }

    @Test
    void aLineThatIsOnlyATableNumberIsANumberLabel() {
        assertTrue(TableTitles.isNumberLabel("公开01表"));
        assertTrue(TableTitles.isNumberLabel("部门公开08"));
        assertTrue(TableTitles.isNumberLabel("表 十"));
        assertTrue(TableTitles.isNumberLabel("附表3"));
        assertFalse(TableTitles.isNumberLabel("公开01表 收入支出决算总表"));
        assertFalse(TableTitles.isNumberLabel("表格说明"));
    }
}
