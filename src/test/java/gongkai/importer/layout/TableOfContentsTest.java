package gongkai.importer.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the table of contents starts and ends. The seeds have one contents list each, ended the
 * same way; written after mutation testing (issue 16), these state each way it ends and the lines
 * it takes in between.
 */
class TableOfContentsTest {

    private static boolean[] toc(String... lines) {
        boolean[] toc = new boolean[lines.length];
        TableOfContents.mark(List.of(lines), new boolean[lines.length], toc);
        return toc;
    }

    @Test
    void theContentsEndWhereTheBodyRepeatsTheFirstPart() {
        assertArrayEquals(
                new boolean[] {false, true, true, true, true, true, false, false},
                toc(
                        "某某区司法局2023年度部门决算",
                        "目 录",
                        "第一部分 部门概况……3",
                        "",
                        "一、部门职责 5",
                        "第二部分 部门决算表",
                        "第一部分 部门概况",
                        "一、部门职责"));
    }

    @Test
    void theContentsEndWhereAListedHeadingComesAgain() {
        assertArrayEquals(
                new boolean[] {true, true, true, false, false},
                toc("目次", "一、部门职责", "二、机构设置", "一、部门职责", "本部门负责……。"));
    }

    @Test
    void theContentsEndAtALineOfProse() {
        assertArrayEquals(
                new boolean[] {true, true, false},
                toc("目录", "一、部门职责", "本单位主要职责是负责全区的法治宣传工作，并承担人民调解工作。"));
        // a short line with a full stop is prose as well
        assertArrayEquals(new boolean[] {true, false}, toc("目录", "见下。"));
    }

    @Test
    void aShortLineThatIsNoHeadingMayRepeatInsideTheContents() {
        assertArrayEquals(
                new boolean[] {true, true, true, true}, toc("目录", "资料汇编", "资料汇编", "一、部门职责"));
    }

    @Test
    void skippedLinesInsideTheContentsBelongToIt() {
        List<String> lines = List.of("目录", "一、部门职责", "- 2 -", "二、机构设置");
        boolean[] skip = {false, false, true, false};
        boolean[] toc = new boolean[4];
        assertEquals(0, TableOfContents.mark(lines, skip, toc));
        assertArrayEquals(new boolean[] {true, true, true, true}, toc);
    }

    @Test
    void aSkippedContentsLineOrOneFarFromTheFrontIsNotTheContents() {
        boolean[] toc = new boolean[2];
        assertEquals(
                -1,
                TableOfContents.mark(List.of("目录", "一、部门职责"), new boolean[] {true, false}, toc));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 202; i++) {
            lines.add("正文。");
        }
        lines.add("目录");
        assertEquals(-1, TableOfContents.mark(lines, new boolean[203], new boolean[203]));
        lines.add(201, "目录");
        assertEquals(201, TableOfContents.mark(lines, new boolean[204], new boolean[204]));
    }

    @Test
    void pageNumbersAfterLeadersOrSpacesAreCutFromAnEntry() {
        assertEquals("一、部门职责", TableOfContents.withoutPageNumber("一、部门职责……3"));
        assertEquals("一、部门职责", TableOfContents.withoutPageNumber("一、部门职责 .... 12"));
        assertEquals("一、部门职责", TableOfContents.withoutPageNumber("一、部门职责 5"));
        assertEquals("2023年度", TableOfContents.withoutPageNumber("2023年度"));
    }
}
