package gongkai.importer.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which lines are page furniture. The seeds carry few watermarks and no chart residue; written
 * after mutation testing (issue 16), these state the limits: three repeats, twelve characters,
 * twelve residue lines, and what a watermark may not look like.
 */
class PageFurnitureTest {

    private static boolean[] find(String... lines) {
        return PageFurniture.find(List.of(lines));
    }

    @Test
    void aShortPhraseOnThreePagesIsAWatermarkOnTwoItIsText() {
        assertArrayEquals(
                new boolean[] {true, false, true, false, true},
                find("机密文件", "正文第一段。", "机密 文件", "正文第二段。", "机密文件"));
        assertArrayEquals(new boolean[] {false, false, false}, find("机密文件", "正文第一段。", "机密文件"));
    }

    @Test
    void aKnownWatermarkNeedsNoRepeats() {
        assertArrayEquals(new boolean[] {true, false}, find("仅供内部审核", "正文。"));
    }

    @Test
    void repeatsThatLookLikeContentAreNotWatermarks() {
        // digits, a bracket, sentence punctuation, more than twelve characters, a heading
        for (String line : List.of("二〇二三年度2023", "(万元)", "单位：元", "一二三四五六七八九十一二三", "一、基本情况")) {
            boolean[] f = find(line, line, line);
            assertArrayEquals(new boolean[] {false, false, false}, f, line);
        }
    }

    @Test
    void aRepeatedPhraseInATableOrInALongLineIsNotCounted() {
        assertArrayEquals(
                new boolean[] {false, false, false, false},
                find("机密文件\t1", "机密文件\t2", "机密文件", "机密文件"));
        // over 40 characters with its padding: not one of the three repeats
        String longLine = "机密文件" + " ".repeat(40);
        assertArrayEquals(new boolean[] {false, false, false}, find(longLine, longLine, "机密文件"));
    }

    @Test
    void lonePageNumbersAreFurnitureButNotFiguresInTablesOrLongLines() {
        assertArrayEquals(
                new boolean[] {true, true, true, true, false, false},
                find("- 3 -", "第 4 页，共 20 页", "5/20", "12", "合计\t12", "1".repeat(21)));
    }

    @Test
    void upToTwelveLinesWithoutChineseAfterAnImageAreChartResidue() {
        String[] lines = new String[15];
        lines[0] = "[image: chart.png]";
        for (int i = 1; i < 15; i++) {
            lines[i] = "A" + i + "%";
        }
        boolean[] f = find(lines);
        for (int i = 0; i <= 12; i++) {
            assertEquals(true, f[i], "line " + i);
        }
        assertEquals(false, f[13]);
        assertEquals(false, f[14]);
    }

    @Test
    void chineseTextOrATableRowEndsTheResidue() {
        assertArrayEquals(
                new boolean[] {true, true, false, false}, find("[图片：1]", "x y", "收入情况", "z w"));
        assertArrayEquals(new boolean[] {true, false, false}, find("[bookmark: a]", "1\t2", "x y"));
    }

    @Test
    void inlinePlaceholdersAreCutFromALine() {
        assertEquals("收入见图。", PageFurniture.withoutPlaceholders("收入[image: a.png]见图。"));
        assertEquals("收入[注]见图。", PageFurniture.withoutPlaceholders("收入[注]见图。"));
        assertEquals("收入见图。", PageFurniture.withoutPlaceholders("收入见图。"));
    }
}
