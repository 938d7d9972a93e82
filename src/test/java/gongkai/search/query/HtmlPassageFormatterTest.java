package gongkai.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The snippet HTML of a hit, passage by passage. The search tests see only that a snippet contains
 * a mark; written after mutation testing (issue 16), these state the exact text: where ellipses go,
 * which matches become one mark, and what is escaped.
 */
class HtmlPassageFormatterTest {

    private final HtmlPassageFormatter formatter = new HtmlPassageFormatter();

    /** A passage from start to end with matches given as start, end pairs. */
    private static Passage passage(int start, int end, int... matches) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            p.addMatch(matches[i], matches[i + 1], new BytesRef("x"), 1);
        }
        return p;
    }

    @Test
    void overlappingAndTouchingMatchesAreMarkedAsOneSpan() {
        // 社区|区矫|矫正 overlap, 正经 touches them: one mark for the reader, not four.
        assertEquals(
                "<mark>社区矫正经</mark>费",
                formatter.format(new Passage[] {passage(0, 6, 0, 2, 1, 3, 2, 4, 4, 5)}, "社区矫正经费"));
    }

    @Test
    void matchesWithTextBetweenThemAreMarkedApart() {
        assertEquals(
                "<mark>社区</mark>矫<mark>正</mark>经费",
                formatter.format(new Passage[] {passage(0, 6, 0, 2, 3, 4)}, "社区矫正经费"));
    }

    @Test
    void aPassageInsideTheTextHasAnEllipsisOnEachSideWhereTextIsLeftOut() {
        String content = "第一句。社区矫正经费。第三句。";
        assertEquals(
                "…社区<mark>矫正</mark>经费。…",
                formatter.format(new Passage[] {passage(4, 11, 6, 8)}, content));
    }

    @Test
    void passagesAreJoinedByAnEllipsisOnlyWhereTextLiesBetweenThem() {
        String content = "甲乙丙丁戊己";
        assertEquals(
                "<mark>甲</mark>乙…戊<mark>己</mark>",
                formatter.format(
                        new Passage[] {passage(0, 2, 0, 1), passage(4, 6, 5, 6)}, content));
        assertEquals(
                "<mark>甲</mark>乙丙<mark>丁</mark>…",
                formatter.format(
                        new Passage[] {passage(0, 2, 0, 1), passage(2, 4, 3, 4)}, content));
    }

    @Test
    void aMatchReachingInFromBeforeThePassageIsMarkedOnlyInsideIt() {
        // matches are added while the passage still starts at 0, then it is cut to start at 3:
        // 甲 lies wholly before the passage and 丙丁 reaches into it
        Passage p = passage(0, 6, 0, 1, 2, 4);
        p.setStartOffset(3);
        assertEquals("…<mark>丁</mark>戊己", formatter.format(new Passage[] {p}, "甲乙丙丁戊己"));
    }

    @Test
    void aMatchEndingWhereThePassageStartsLeavesNoEmptyMark() {
        Passage p = passage(0, 6, 1, 3);
        p.setStartOffset(3);
        assertEquals("…丁戊己", formatter.format(new Passage[] {p}, "甲乙丙丁戊己"));
    }

    @Test
    void aPassageReachingPastTheEndOfTheTextStopsAtItsEnd() {
        assertEquals(
                "<mark>甲</mark>乙", formatter.format(new Passage[] {passage(0, 5, 0, 1)}, "甲乙"));
    }

    @Test
    void htmlIsEscapedInsideAndOutsideMarksAndLineBreaksBecomeSpaces() {
        String content = "a<b>&\"c'\nd\te\rf";
        assertEquals(
                "a&lt;<mark>b&gt;&amp;</mark>&quot;c&#39; d e f",
                formatter.format(new Passage[] {passage(0, content.length(), 2, 5)}, content));
        assertEquals("&lt;mark&gt; &amp;", HtmlPassageFormatter.escape("<mark>\n&"));
    }

    @Test
    void spacesFromLineBreaksAtTheEdgesAreTrimmed() {
        assertEquals(
                "<mark>社区</mark>", formatter.format(new Passage[] {passage(0, 4, 1, 3)}, "\n社区\n"));
    }

    @Test
    void noPassagesGiveAnEmptySnippet() {
        assertEquals("", formatter.format(new Passage[0], "社区矫正"));
    }
}
