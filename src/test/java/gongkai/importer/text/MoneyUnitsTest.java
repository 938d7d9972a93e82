package gongkai.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gongkai.disclosure.MoneyUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a table without a stated unit gets one. The seeds all state their units, so the narrative and
 * magnitude rules were reached by no test that checked their outcome; written after mutation
 * testing (issue 16).
 */
class MoneyUnitsTest {

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void theNarrativesFiguresInWanAreReadFromTextLinesOnly() {
        assertEquals(
                amounts("1374.29", "1200", "0.5"),
                MoneyUnits.narrativeWan(
                        List.of(
                                "收、支总计1374.29万元，比上年增加1,200 万元。",
                                "表格\t1374.29万元",
                                "其中0.5万元用于培训，另支出300元。",
                                "没有金额的一行")));
    }

    @Test
    void theNarrativeIsInWanUnlessYuanFiguresOutnumberWanFigures() {
        assertEquals(MoneyUnit.WAN_YUAN, MoneyUnits.narrativeUnit(List.of("支出12.5万元，其中30元")));
        assertEquals(MoneyUnit.WAN_YUAN, MoneyUnits.narrativeUnit(List.of("支出12.5万元。")));
        assertEquals(MoneyUnit.YUAN, MoneyUnits.narrativeUnit(List.of("支出12.5万元，其中30元、40元")));
        assertEquals(MoneyUnit.YUAN, MoneyUnits.narrativeUnit(List.of("支出300元。")));
        assertNull(MoneyUnits.narrativeUnit(List.of("没有金额。", "表格\t300元\t12万元")));
    }

    @Test
    void aUnitStatedByOtherTablesWinsByItsCount() {
        MoneyUnits.Decision d =
                MoneyUnits.infer(
                        amounts("5"),
                        Map.of(MoneyUnit.YUAN, 3, MoneyUnit.WAN_YUAN, 1),
                        amounts("5"));
        assertEquals(new MoneyUnits.Decision(MoneyUnit.YUAN, "按本文件其他表格注明的单位"), d);
    }

    @Test
    void aTableWhoseLargestFigureIsANarrativeWanFigureTimesTenThousandIsInYuan() {
        // 1374.29万元 in the text; 13,742,900 in the table, or within half a 万 of it
        assertEquals(
                new MoneyUnits.Decision(MoneyUnit.YUAN, "表中最大数 13747900 与正文中的 1374.29万元 相符"),
                MoneyUnits.infer(amounts("100", "-13747900"), Map.of(), amounts("1374.29")));
        assertEquals(
                MoneyUnit.YUAN,
                MoneyUnits.infer(amounts("13737900"), Map.of(), amounts("1374.29")).unit());
        // 5000.01 away is not the same figure: the magnitude decides
        assertEquals(
                "按数额大小推断",
                MoneyUnits.infer(amounts("13747900.01"), Map.of(), amounts("1374.29")).reason());
    }

    @Test
    void aNarrativeFigureBelowOneWanDoesNotMakeATableYuan() {
        // 0.9万元 = 9000: a table whose largest figure is 9000 is still judged by magnitude
        assertEquals(
                new MoneyUnits.Decision(MoneyUnit.WAN_YUAN, "按数额大小推断"),
                MoneyUnits.infer(amounts("9000"), Map.of(), amounts("0.9")));
        assertEquals(
                MoneyUnit.YUAN, MoneyUnits.infer(amounts("10000"), Map.of(), amounts("1")).unit());
    }

    @Test
    void aTableWhoseLargestFigureEqualsANarrativeWanFigureIsInWan() {
        assertEquals(
                new MoneyUnits.Decision(MoneyUnit.WAN_YUAN, "表中最大数 1374.30 与正文中的 1374.29万元 相符"),
                MoneyUnits.infer(amounts("1374.30", "3"), Map.of(), amounts("0", "1374.29")));
        assertEquals(
                "按数额大小推断",
                MoneyUnits.infer(amounts("1374.31"), Map.of(), amounts("1374.29")).reason());
    }

    @Test
    void withoutOtherEvidenceAHundredThousandOrMoreIsYuanAndLessIsWan() {
        assertEquals(
                MoneyUnit.YUAN, MoneyUnits.infer(amounts("100000"), Map.of(), List.of()).unit());
        assertEquals(
                MoneyUnit.WAN_YUAN,
                MoneyUnits.infer(amounts("99999.99"), Map.of(), List.of()).unit());
        assertEquals(
                new MoneyUnits.Decision(MoneyUnit.WAN_YUAN, "按数额大小推断"),
                MoneyUnits.infer(List.of(), Map.of(), amounts("0")));
    }
}
