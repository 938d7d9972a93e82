package gongkai.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit, year and people a document names before its sections. The seeds name each once and in
 * one way; written after mutation testing (issue 16), these cover the alternatives and the order of
 * trust between them.
 */
class HeaderFieldsTest {

    private static HeaderFields.Found find(int coverEnd, String... lines) {
        return HeaderFields.find(List.of(lines), coverEnd, new boolean[lines.length]);
    }

    @Test
    void fieldsNameTheUnitAndPeopleAndTheFirstOfTwoAlternativesWins() {
        HeaderFields.Found f =
                find(
                        0,
                        "部门名称：乙县司法局",
                        "单位名称：甲县司法局",
                        "部门负责人：王五",
                        "单位负责人：张三",
                        "财务负责人：李四",
                        "填报人：钱七",
                        "编制人：赵六",
                        "填报日期：2024年3月",
                        "报送日期：2024年8月5日",
                        "单位名称：丙县司法局");
        assertEquals("甲县司法局", f.unitName());
        assertEquals("字段", f.unitNameSource());
        DisclosureContent.People p = f.people();
        assertEquals("张三", p.headOfUnit());
        assertEquals("李四", p.headOfFinance());
        assertEquals("赵六", p.preparer());
        assertEquals(LocalDate.of(2024, 8, 5), p.reportDate());
        for (boolean c : f.consumed()) {
            assertTrue(c);
        }
    }

    @Test
    void theSecondAlternativeOfEachFieldIsUsedWhenTheFirstIsMissing() {
        HeaderFields.Found f = find(0, "填报单位：丁县司法局", "部门负责人：王五", "填报人：钱七", "填报日期：2024年3月");
        assertEquals("丁县司法局", f.unitName());
        assertEquals("王五", f.people().headOfUnit());
        assertEquals("钱七", f.people().preparer());
        assertEquals(LocalDate.of(2024, 3, 1), f.people().reportDate());
        assertEquals("戊县司法局", find(0, "编制单位：戊县司法局", "填报单位：丁县司法局").unitName());
    }

    @Test
    void anEmptyFieldOrATableRowIsNoField() {
        HeaderFields.Found f = find(0, "单位名称：", "单位名称：\t甲县司法局");
        assertNull(f.unitName());
        assertFalse(f.consumed()[0]);
        assertFalse(f.consumed()[1]);
    }

    @Test
    void theCoverNamesUnitAndYearOnlyBeforeTheFirstStructuralLine() {
        HeaderFields.Found f = find(2, "2023年度", "醴陵市司法局2023年度部门决算", "2022年度");
        assertEquals("醴陵市司法局", f.unitName());
        assertEquals("封面", f.unitNameSource());
        assertEquals(2023, f.fiscalYear());
        assertTrue(f.consumed()[0]);
        assertTrue(f.consumed()[1]);
        assertFalse(f.consumed()[2]);
    }

    @Test
    void theFirstCoverYearAndNameWinOverLaterOnes() {
        HeaderFields.Found f = find(4, "2023年", "2022年度", "2023年度醴陵市司法局决算", "2021年度株洲市司法局部门决算");
        assertEquals(2023, f.fiscalYear());
        assertEquals("醴陵市司法局", f.unitName());
    }

    @Test
    void aBudgetTitleGivesTheYearWithoutDu() {
        HeaderFields.Found f = find(1, "醴陵市司法局2024年部门预算");
        assertEquals(2024, f.fiscalYear());
        assertEquals("醴陵市司法局", f.unitName());
        assertTrue(f.consumed()[0]);
    }

    @Test
    void aTitleOfYearAndKindAloneNamesNoUnit() {
        HeaderFields.Found f = find(1, "2024年度部门决算");
        assertNull(f.unitName());
        assertNull(f.unitNameSource());
        assertEquals(2024, f.fiscalYear());
    }

    @Test
    void withoutFieldsOrCoverTheHeadingsThenTheBodyNameTheUnit() {
        HeaderFields.Found byHeading =
                find(0, "第一部分 醴陵市司法局概况", "醴陵市司法局2023年度收入支出决算总表", "株洲市司法局概况", "本单位概况");
        assertEquals("醴陵市司法局", byHeading.unitName());
        assertEquals("标题", byHeading.unitNameSource());
        HeaderFields.Found byBody = find(0, "醴陵市司法局2023年度收入、支出决算总计100万元。", "本局根据规定公开。");
        assertEquals("醴陵市司法局", byBody.unitName());
        assertEquals("正文", byBody.unitNameSource());
        assertEquals("醴陵市司法局", byBody.bodyName());
    }

    @Test
    void withoutACoverYearTheYearMostWrittenWithDuWins() {
        HeaderFields.Found f = find(0, "2022年度决算。", "2023年度收入。2023年度支出。", "2024年的计划");
        assertEquals(2023, f.fiscalYear());
        assertNull(find(0, "没有年度").fiscalYear());
    }

    @Test
    void theContactPersonAndPhoneAreTheFirstFoundInShortLines() {
        HeaderFields.Found f =
                find(
                        0,
                        "联系人：" + "长".repeat(200),
                        "联系人：张三",
                        "电话：0731-1234567",
                        "联系人：李四 联系电话：010-7654321");
        assertEquals("张三", f.people().contactPerson());
        assertEquals("0731-1234567", f.people().contactPhone());
        HeaderFields.Found skipped =
                HeaderFields.find(List.of("联系人：张三", "联系人：李四"), 0, new boolean[] {true, false});
        assertEquals("李四", skipped.people().contactPerson());
        assertNull(skipped.people().contactPhone());
    }

    @Test
    void aDateIsReadToTheDayOrTheFirstOfItsMonth() {
        assertEquals(LocalDate.of(2024, 8, 5), HeaderFields.date("2024-08-05"));
        assertEquals(LocalDate.of(2024, 8, 1), HeaderFields.date("2024年8月"));
        assertNull(HeaderFields.date("2024年13月"));
        assertNull(HeaderFields.date("八月"));
        assertNull(HeaderFields.date(null));
    }
}
