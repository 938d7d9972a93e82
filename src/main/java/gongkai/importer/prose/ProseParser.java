package gongkai.importer.prose;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that a disclosure states only in its narrative (情况说明): the per-项 paragraphs of the
 * 一般公共预算财政拨款支出 section, and the project self-evaluation summaries of the 预算绩效 section.
 *
 * <p>Line numbers: a section keeps its title line ({@code section.line()}, 1-based) and its body as
 * text, so a body line's source line is taken as {@code section.line() + 1 + index}. This is exact
 * when the body is the lines after the title as they were, and an approximation when page furniture
 * was removed in between.
 *
 * <p>Job here: the 项 line items; {@link ProseProjects} reads the project summaries and merges them
 * with the table projects, {@link ProseFigures} reads body lines and amounts for both.
 */
public final class ProseParser {

    /** A name as printed before （类）/（款）/（项）: no punctuation, digits or brackets. */
    private static final String NAME = "([^\\s，。；：、,;:（）()．.0-9０-９“”\"]+)";

    /** 公共安全支出（类）司法（款）社区矫正（项）: the 类 and 款 are optional. */
    private static final Pattern ITEM =
            Pattern.compile(
                    "(?:"
                            + NAME
                            + "\\s*[（(]类[)）])?\\s*(?:"
                            + NAME
                            + "\\s*[（(]款[)）])?\\s*"
                            + NAME
                            + "\\s*[（(]项[)）]");

    private static final Pattern ITEM_MARK = Pattern.compile("[（(]项[)）]");

    /** A line that stops inside a 项 name: after （类）/（款）, with no sentence punctuation since. */
    private static final Pattern NAME_CUT_AFTER = Pattern.compile("[（(][类款][)）][^，。；：、,;:（）()]*$");

    /** A line that finishes a cut name: at most the name's last characters, then （项）. */
    private static final Pattern NAME_END_BEFORE =
            Pattern.compile("^[^\\s，。；：、,;:（）()．.0-9０-９“”\"]*[（(]项[)）]");

    /** "（一）公共安全（类）" on its own: the 类 for the paragraphs that follow and name only 款 and 项. */
    private static final Pattern CLASS_HEADING =
            Pattern.compile(
                    "^(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．])?\\s*"
                            + NAME
                            + "\\s*[（(]类[)）]\\s*(?:支出)?[。：:]?$");

    private static final Pattern BUDGET = Pattern.compile("年初预算(?:数)?" + ProseFigures.AMOUNT);
    private static final Pattern ACTUAL =
            Pattern.compile("(?:支出决算|决算支出|决算数|实际支出)(?:数)?" + ProseFigures.AMOUNT);

    private ProseParser() {}

    /**
     * Line items that the narrative states only in prose: one DisclosureContent.Row per 项
     * paragraph, kind FUNCTIONAL with its code from the code list where the 类/款/项 names identify it
     * (else kind NAMED with the 项 name as code, and a warning), amounts in 元 under column keys
     * "budget" (年初预算) and "actual" (支出决算/决算数) of StandardTable.PROSE; line = source line number.
     */
    public static List<DisclosureContent.Row> lineItems(
            DisclosureContent.Section section, CodeList codes, ImportReport.Builder report) {
        List<DisclosureContent.Row> rows = new ArrayList<>();
        List<String> body = joinCutNames(ProseFigures.bodyLines(section));
        String className = null;
        for (int i = 0; i < body.size(); i++) {
            String t = body.get(i).strip();
            Matcher heading = CLASS_HEADING.matcher(t);
            if (heading.matches()) {
                className = heading.group(1);
                continue;
            }
            if (!ITEM_MARK.matcher(t).find()) {
                continue;
            }
            ProseParagraphs.Paragraph p =
                    ProseParagraphs.from(
                            body,
                            i,
                            text -> !BUDGET.matcher(text).find() || !ACTUAL.matcher(text).find(),
                            line ->
                                    ITEM_MARK.matcher(line).find()
                                            || CLASS_HEADING.matcher(line).matches());
            int lineNo = section.line() + 1 + i;
            rows.addAll(itemsOf(p.text(), className, lineNo, codes, report));
            i = p.lastIndex();
        }
        return rows;
    }

    /**
     * A PDF's text layer breaks a long 项 name where the line ends ("…（款）机关事业单位基本养老" /
     * "保险缴费支出（项）。…"), so the mark would be read with only the name's tail. Such a pair becomes one
     * line, and the second is left blank so that body indices (and so line numbers) stay those of
     * the source.
     */
    private static List<String> joinCutNames(List<String> lines) {
        List<String> body = new ArrayList<>(lines);
        for (int i = 0; i + 1 < body.size(); i++) {
            String line = body.get(i).strip();
            String next = body.get(i + 1).strip();
            if (!ITEM_MARK.matcher(line).find()
                    && NAME_CUT_AFTER.matcher(line).find()
                    && NAME_END_BEFORE.matcher(next).find()) {
                body.set(i, line + next);
                body.set(i + 1, "");
            }
        }
        return body;
    }

    /**
     * The items of one paragraph; usually one, but a sentence may list several, each followed by
     * its figures.
     */
    private static List<DisclosureContent.Row> itemsOf(
            String text,
            String carriedClass,
            int lineNo,
            CodeList codes,
            ImportReport.Builder report) {
        List<DisclosureContent.Row> rows = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            names.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        for (int k = 0; k < spans.size(); k++) {
            String figures =
                    text.substring(
                            spans.get(k)[1],
                            k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length());
            BigDecimal budget = ProseFigures.amount(BUDGET, figures);
            BigDecimal actual = ProseFigures.amount(ACTUAL, figures);
            String[] n = names.get(k);
            String label = text.substring(spans.get(k)[0], spans.get(k)[1]);
            if (budget == null && actual == null) {
                // A 项 mentioned without figures (e.g. in a list of subjects) is not a line item.
                continue;
            }
            if (budget == null || actual == null) {
                report.warn(
                        lineNo,
                        "“"
                                + label
                                + "”只说明了"
                                + (budget == null ? "支出决算" : "年初预算")
                                + "，未找到"
                                + (budget == null ? "年初预算" : "支出决算")
                                + "金额");
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            if (budget != null) {
                amounts.put(column("budget"), budget);
            }
            if (actual != null) {
                amounts.put(column("actual"), actual);
            }
            String className = n[0] != null ? n[0] : carriedClass;
            Optional<ProseCodes.Match> match = ProseCodes.find(codes, className, n[1], n[2]);
            if (match.isPresent()) {
                CodeList.Code code = match.get().code();
                if (match.get().partial()) {
                    report.warn(
                            lineNo,
                            "“"
                                    + label
                                    + "”的类/款名称与科目表不一致，按项名称对应为 "
                                    + code.code()
                                    + " "
                                    + code.name());
                }
                rows.add(
                        new DisclosureContent.Row(
                                LineItem.RowKind.FUNCTIONAL,
                                null,
                                code.code(),
                                n[2],
                                null,
                                amounts,
                                lineNo));
            } else {
                report.warn(lineNo, "“" + label + "”在科目表中找不到对应的功能分类科目，按名称保存");
                rows.add(
                        new DisclosureContent.Row(
                                LineItem.RowKind.NAMED, null, n[2], n[2], null, amounts, lineNo));
            }
        }
        return rows;
    }

    private static String column(String key) {
        // Keys are those of StandardTable.PROSE; looked up so that a renamed column fails loudly
        // here.
        return StandardTable.PROSE.column(key).orElseThrow().key();
    }

    /** See {@link ProseThreePublic#rows}. */
    public static List<DisclosureContent.Row> threePublic(
            List<DisclosureContent.Section> sections) {
        return ProseThreePublic.rows(sections);
    }

    /** See {@link ProseProjects#projects}. */
    public static List<DisclosureContent.Project> projects(
            DisclosureContent.Section section, ImportReport.Builder report) {
        return ProseProjects.projects(section, report);
    }

    /** See {@link ProseProjects#merge}. */
    public static List<DisclosureContent.Project> merge(
            List<DisclosureContent.Project> fromTables, List<DisclosureContent.Project> fromProse) {
        return ProseProjects.merge(fromTables, fromProse);
    }
}
