package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.TextLimits;
import gongkai.importer.layout.Outline;
import gongkai.importer.report.ImportReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the section form's limits ({@link TextLimits}) to a parsed document: a section over them
 * is an error of the import report that names it and its length, so nothing is stored, rather than
 * a section the editing page could never have saved. The parser already stops at a body over the
 * limit ({@link Outline#overLimit}); this check covers titles and whatever else reaches the store.
 */
final class SectionLimits {

    private static final String ADVICE =
            "每节最多 " + TextLimits.SECTION_BODY_CHARS + " 字（与编辑页面相同）；请拆分为多节或删减后再导入。";

    private SectionLimits() {}

    /**
     * The message when the parser stops at a section that has just passed the limit (it does not
     * read on to count the rest: a pasted document of 19 MB took seconds to parse).
     */
    static String overLimit(String title, int atLine) {
        return "章节“"
                + name(title)
                + "”正文超过 "
                + TextLimits.SECTION_BODY_CHARS
                + " 字（读到第 "
                + atLine
                + " 行时已超过），"
                + ADVICE;
    }

    private static String name(String title) {
        return title.length() > 40 ? title.substring(0, 40) + "…" : title;
    }

    static ParseResult check(ParseResult parsed) {
        if (parsed.disclosure() == null) {
            return parsed;
        }
        List<ImportReport.Message> problems = new ArrayList<>();
        for (DisclosureContent.Section s : parsed.disclosure().sections()) {
            if (s.body().length() > TextLimits.SECTION_BODY_CHARS) {
                problems.add(
                        new ImportReport.Message(
                                s.line(),
                                "章节“"
                                        + name(s.title())
                                        + "”正文过长（"
                                        + s.body().length()
                                        + " 字），"
                                        + ADVICE));
            }
            if (s.title().length() > TextLimits.SECTION_TITLE_CHARS) {
                problems.add(
                        new ImportReport.Message(
                                s.line(),
                                "章节“"
                                        + name(s.title())
                                        + "”的标题过长（"
                                        + s.title().length()
                                        + " 字），最多 "
                                        + TextLimits.SECTION_TITLE_CHARS
                                        + " 字。"));
            }
        }
        if (problems.isEmpty()) {
            return parsed;
        }
        ImportReport r = parsed.report();
        List<ImportReport.Message> errors = new ArrayList<>(r.errors());
        errors.addAll(problems);
        return new ParseResult(
                parsed.disclosure(),
                new ImportReport(
                        r.source(),
                        r.unitName(),
                        r.fiscalYear(),
                        r.counts(),
                        r.warnings(),
                        List.copyOf(errors),
                        null,
                        null));
    }
}
