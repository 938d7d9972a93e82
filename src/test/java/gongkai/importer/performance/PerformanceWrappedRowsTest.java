package gongkai.importer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.importer.performance.PerformanceRowReader.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link PerformanceWrappedRows} re-joins a cell wrapped over the lines above and below its
 * row, line by line. The seeds and {@code PerformanceParserTest} pass through it only with cells of
 * one piece above and one below, so which pieces pair, in which order, and which lines remain were
 * not asserted. Written after mutation testing (issue 16).
 */
class PerformanceWrappedRowsTest {

    /** Printed lines 0, 1, 2, …: one row each. */
    private static List<Row> lines(List<?>... cells) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            List<String> line = new ArrayList<>();
            for (Object c : cells[i]) {
                line.add((String) c);
            }
            rows.add(new Row(line, i, i));
        }
        return rows;
    }

    /** "first-last: cell|cell|…" per row. */
    private static List<String> shown(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(r.first() + "-" + r.last() + ": " + String.join("|", r.cells()));
        }
        return out;
    }

    private static List<String> joined(List<?>... cells) {
        return shown(PerformanceWrappedRows.join(lines(cells)));
    }

    @Test
    void aCellWrappedAboveAndBelowItsRowIsJoinedAndThePiecesLinesDisappear() {
        assertEquals(
                List.of("0-2: 举办全区普法宣传培训班的场次|正向|3|4"),
                joined(
                        List.of("举办全区", "", "", ""),
                        List.of("普法宣传培训班", "正向", "3", "4"),
                        List.of("的场次", "", "", "")));
    }

    @Test
    void piecesTwoLinesAwayJoinNearestFirstOnBothSides() {
        assertEquals(
                List.of("0-4: 一二三四五|正向|3"),
                joined(
                        List.of("一", "", ""),
                        List.of("二", "", ""),
                        List.of("三", "正向", "3"),
                        List.of("四", "", ""),
                        List.of("五", "", "")));
    }

    @Test
    void aPieceWithoutItsCounterpartOnTheOtherSideStaysALineOfItsOwn() {
        assertEquals(
                List.of("0-0: 上面||", "1-1: 培训班|正向|3"),
                joined(List.of("上面", "", ""), List.of("培训班", "正向", "3")));
        assertEquals(
                List.of("0-0: 培训班|正向|3", "1-1: 下面||"),
                joined(List.of("培训班", "正向", "3"), List.of("下面", "", "")));
        // Two pieces above, one below: the nearer pair joins, the farther piece stays.
        assertEquals(
                List.of("0-0: 远||", "1-3: 近中下|正向|3"),
                joined(
                        List.of("远", "", ""),
                        List.of("近", "", ""),
                        List.of("中", "正向", "3"),
                        List.of("下", "", "")));
    }

    @Test
    void linesWithNothingInTheColumnArePassedOverAndTheirOwnPiecesJoinTheirColumn() {
        assertEquals(
                List.of("0-4: 甲乙丙|正向|上中下"),
                joined(
                        List.of("甲", "", ""),
                        List.of("", "", "上"),
                        List.of("乙", "正向", "中"),
                        List.of("", "", "下"),
                        List.of("丙", "", "")));
    }

    @Test
    void twoCellRowsJoinButAOneCellRowDoesNot() {
        assertEquals(
                List.of("0-2: 举办培训班场次|3"),
                joined(List.of("举办", ""), List.of("培训班", "3"), List.of("场次", "")));
        assertEquals(
                List.of("0-0: 上", "1-1: 100", "2-2: 下"),
                joined(List.of("上"), List.of("100"), List.of("下")));
    }

    @Test
    void aPiecePrintedOutsideTheGridPairsWithItsPartnersOnlyPiece() {
        assertEquals(
                List.of("0-2: 名称|正向|上半中间下半|4"),
                joined(List.of("", "", "上半", ""), List.of("名称", "正向", "中间", "4"), List.of("下半")));
        // With two pieces on the partner's line it is not clear which one it continues.
        assertEquals(
                List.of("0-0: 甲||上半|", "1-1: 名称|正向|中间|4", "2-2: 下半"),
                joined(List.of("甲", "", "上半", ""), List.of("名称", "正向", "中间", "4"), List.of("下半")));
    }

    @Test
    void aDirectionSplitOverTheRowAndTheLineBelowOrAboveIsJoined() {
        assertEquals(
                List.of("0-0: 培训场次|正向|大于等于|3"),
                joined(List.of("培训场次", "正向", "大于等", "3"), List.of("", "", "于", "")));
        assertEquals(
                List.of("1-1: 培训场次|正向|大于等于|3"),
                joined(List.of("", "", "大", ""), List.of("培训场次", "正向", "于等于", "3")));
    }

    @Test
    void halvesThatMakeNoDirectionAndWholeDirectionsStayAsTheyAre() {
        assertEquals(
                List.of("0-0: 培训场次|正向|大于等|3", "1-1: ||某|"),
                joined(List.of("培训场次", "正向", "大于等", "3"), List.of("", "", "某", "")));
        assertEquals(
                List.of("0-0: 培训场次|正向|等于|3", "1-1: ||于|"),
                joined(List.of("培训场次", "正向", "等于", "3"), List.of("", "", "于", "")));
    }

    @Test
    void chinesePiecesJoinDirectlyAndLatinWordsWithASpace() {
        assertEquals("普法宣传", PerformanceWrappedRows.joined("普法", "宣传"));
        assertEquals("Office365", PerformanceWrappedRows.joined("Office", "365"));
        assertEquals("data center", PerformanceWrappedRows.joined("data", "center"));
        assertEquals("OA系统", PerformanceWrappedRows.joined("OA", "系统"));
        assertEquals("系统OA", PerformanceWrappedRows.joined("系统", "OA"));
        assertEquals("abc", PerformanceWrappedRows.joined("", "abc"));
        assertEquals("abc", PerformanceWrappedRows.joined("abc", ""));
    }
}
