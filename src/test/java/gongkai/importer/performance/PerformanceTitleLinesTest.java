package gongkai.importer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a self-evaluation table's title is found ({@link PerformanceParser#titleLines}, {@link
 * PerformanceParser#isPerformanceTableStart}) at the limits of its rules: the seeds print short
 * titles on one or two lines. Written after mutation testing (issue 16).
 */
class PerformanceTitleLinesTest {

    private static int titleLines(String... lines) {
        return PerformanceParser.titleLines(List.of(lines), 0);
    }

    @Test
    void aTitleOfAtMostEightyCharactersStartsATable() {
        String eighty = "附件" + "1".repeat(68) + "：项目支出绩效自评表";
        assertEquals(80, eighty.length());
        assertTrue(PerformanceParser.isPerformanceTableStart(eighty));
        assertFalse(PerformanceParser.isPerformanceTableStart("附件1" + eighty.substring(2)));
    }

    @Test
    void aTitleOnOneLineTakesOneLine() {
        assertEquals(1, titleLines("项目支出绩效自评表", "项目名称\t普法"));
        assertEquals(1, titleLines("部门整体支出绩效自评表"));
    }

    @Test
    void aWrappedTitleTakesItsPiecesAndTheYearNoteAfterThem() {
        assertEquals(2, titleLines("项目支出绩效自", "评表", "项目名称\t普法"));
        assertEquals(3, titleLines("项目支出绩效自", "评表", "（2023年度）"));
        assertEquals(3, titleLines("项目支出绩", "效自评", "表"));
        assertEquals(4, titleLines("项目支出绩", "效自评", "表", "（2023年度）"));
        // At most three pieces.
        assertEquals(0, titleLines("项目支", "出绩", "效自评", "表"));
    }

    @Test
    void aPieceIsAShortLineWithoutCells() {
        String twenty = "某".repeat(13) + "项目支出绩效自";
        assertEquals(20, twenty.length());
        assertEquals(2, titleLines(twenty, "评表"));
        assertEquals(0, titleLines("某" + twenty, "评表"));
        assertEquals(0, titleLines("项目支出绩效自", "\t评表"));
        assertEquals(0, titleLines("项目支出绩效自", ""));
        assertEquals(0, titleLines("项目支出绩效自"));
    }

    @Test
    void noTitleStartsOutsideTheLines() {
        List<String> lines = List.of("项目支出绩效自评表");
        assertEquals(0, PerformanceParser.titleLines(lines, -1));
        assertEquals(0, PerformanceParser.titleLines(lines, 1));
        assertEquals(1, PerformanceParser.titleLines(lines, 0));
    }
}
