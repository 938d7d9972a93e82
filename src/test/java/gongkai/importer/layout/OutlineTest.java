package gongkai.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.TextLimits;
import gongkai.importer.report.ImportReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the narrative lines become sections (Outline), fed line by line. Written after mutation
 * testing (issue 16): a part number on a line of its own, headings out of sequence, numbered
 * entries inside 名词解释 and the over-limit signal could all be changed with no test failing.
 */
class OutlineTest {

    private final ImportReport.Builder report = new ImportReport.Builder("t.txt");

    private List<DisclosureContent.Section> outline(String... lines) {
        Outline o = new Outline(report);
        for (int i = 0; i < lines.length; i++) {
            o.accept(i, lines[i]);
        }
        return o.finish();
    }

    /** title@line:body for each section. */
    private static List<String> shape(List<DisclosureContent.Section> sections) {
        return sections.stream().map(s -> s.title() + "@" + s.line() + ":" + s.body()).toList();
    }

    // Kills: each of the three conditions on the line after a bare part negated, the openPart of
    // that line removed (the title would be lost), and index + 1 turned into index - 1.
    @Test
    void aBarePartNumberTakesItsTitleFromTheNextLine() {
        List<DisclosureContent.Section> s = outline("第一部分", "单位概况", "一、主要职能", "负责全县司法行政工作。");
        assertEquals(List.of("单位概况@1:", "主要职能@3:负责全县司法行政工作。"), shape(s));
    }

    // Kills: `text.length() <= 30` turned into `< 30`.
    @Test
    void aTitleOfThirtyCharactersIsStillThePartsTitle() {
        String title = "关于某某县司法局二〇二三年度部门决算公开的有关情况的说明附件";
        assertEquals(30, title.length());
        List<DisclosureContent.Section> s = outline("第三部分", title);
        assertEquals(List.of(title + "@1:"), shape(s));
    }

    // Kills: the openPart(line, "") for a bare part followed by a sentence or a heading removed,
    // and the one in close() for a bare part on the last line.
    @Test
    void aBarePartFollowedByASentenceOrNothingIsKeptUntitled() {
        List<DisclosureContent.Section> s = outline("第二部分", "本部分说明如下。", "第三部分");
        assertEquals(List.of("（无标题部分）@1:本部分说明如下。", "（无标题部分）@3:"), shape(s));
    }

    // Kills: `h.number() == lastL1 + 1 || h.number() == 1` negated.
    @Test
    void aHeadingOutOfSequenceStaysInTheBody() {
        List<DisclosureContent.Section> s = outline("一、主要职能", "负责。", "三、机构设置", "设五个科室。");
        assertEquals(List.of("主要职能@1:负责。\n三、机构设置\n设五个科室。"), shape(s));
    }

    // Kills: the UNSPLIT_PARTS condition negated: numbered entries of 名词解释 are not sections.
    @Test
    void numberedEntriesOfTheGlossaryStayInItsBody() {
        List<DisclosureContent.Section> s =
                outline("第六部分 名词解释", "一、财政拨款收入", "指本年度从本级财政部门取得的财政拨款。", "二、其他收入");
        assertEquals(1, s.size(), () -> shape(s).toString());
        assertEquals("一、财政拨款收入\n指本年度从本级财政部门取得的财政拨款。\n二、其他收入", s.get(0).body());
    }

    // Kills: index + 1 of a section without a heading turned into index - 1.
    @Test
    void textBeforeAnyHeadingIsAnUntitledSectionAtItsLine() {
        List<DisclosureContent.Section> s = outline("", "", "本单位是县政府的工作部门。");
        assertEquals(List.of("（无标题）@3:本单位是县政府的工作部门。"), shape(s));
    }

    // Kills: `indexOf('\t') >= 0` turned into `> 0`: a table row starting with a cell break is
    // never a heading.
    @Test
    void aLineStartingWithATabIsNotAHeading() {
        List<DisclosureContent.Section> s = outline("一、主要职能", "负责。", "\t二、机构设置");
        assertEquals(List.of("主要职能@1:负责。\n二、机构设置"), shape(s));
    }

    // Kills: overLimit() always null, and `length() <= limit` turned into `< limit`.
    @Test
    void aSectionIsOverTheLimitOnlyPastItsLastAllowedCharacter() {
        Outline o = new Outline(report);
        o.accept(0, "一、主要职能");
        o.accept(1, "字".repeat(TextLimits.SECTION_BODY_CHARS));
        assertNull(o.overLimit());
        o.accept(2, "多");
        DisclosureContent.Section over = o.overLimit();
        assertEquals("主要职能", over.title());
        assertEquals(1, over.line());
    }
}
