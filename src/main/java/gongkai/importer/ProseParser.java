package gongkai.importer;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
 */
final class ProseParser {

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

    /** "（一）公共安全（类）" on its own: the 类 for the paragraphs that follow and name only 款 and 项. */
    private static final Pattern CLASS_HEADING =
            Pattern.compile(
                    "^(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．])?\\s*"
                            + NAME
                            + "\\s*[（(]类[)）]\\s*(?:支出)?[。：:]?$");

    private static final String AMOUNT =
            "\\s*(?:为|是|：|:)?\\s*([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(万元|元)";
    private static final Pattern BUDGET = Pattern.compile("年初预算(?:数)?" + AMOUNT);
    private static final Pattern ACTUAL = Pattern.compile("(?:支出决算|决算支出|决算数|实际支出)(?:数)?" + AMOUNT);

    /** "1.普法专项经费项目自评综述：" — the project name precedes 项目自评综述. */
    private static final Pattern SUMMARY =
            Pattern.compile(
                    "^(?:\\d{1,2}\\s*[.．、]|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、)?\\s*(.{1,60}?)(?:项目)?(?:绩效)?自评综述\\s*[:：]");

    private static final Pattern SCORE =
            Pattern.compile("自评得分\\s*(?:为|是|：|:)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分");
    private static final Pattern ANNUAL = Pattern.compile("全年预算(?:数)?" + AMOUNT);
    private static final Pattern EXECUTED = Pattern.compile("(?:全年)?执行数" + AMOUNT);
    private static final Pattern RATE =
            Pattern.compile("(?:完成预算的|预算执行率为?|执行率为?)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]");

    private ProseParser() {}

    /**
     * Line items that the narrative states only in prose: one DisclosureContent.Row per 项
     * paragraph, kind FUNCTIONAL with its code from the code list where the 类/款/项 names identify it
     * (else kind NAMED with the 项 name as code, and a warning), amounts in 元 under column keys
     * "budget" (年初预算) and "actual" (支出决算/决算数) of StandardTable.PROSE; line = source line number.
     */
    static List<DisclosureContent.Row> lineItems(
            DisclosureContent.Section section, CodeList codes, ImportReport.Builder report) {
        List<DisclosureContent.Row> rows = new ArrayList<>();
        List<String> body = bodyLines(section);
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
            BigDecimal budget = amount(BUDGET, figures);
            BigDecimal actual = amount(ACTUAL, figures);
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

    /**
     * Project self-evaluations stated in prose ("…项目自评综述：…自评得分95分。全年预算数为…万元，执行数为…万元…"):
     * fromProse=true, name (e.g. 普法专项经费), totalScore, annualBudget, executed (元), executionRate,
     * summary = the whole paragraph.
     */
    static List<DisclosureContent.Project> projects(
            DisclosureContent.Section section, ImportReport.Builder report) {
        List<DisclosureContent.Project> projects = new ArrayList<>();
        List<String> body = bodyLines(section);
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (line.indexOf('\t') >= 0) {
                continue; // table cells, not prose
            }
            Matcher m = SUMMARY.matcher(line.strip());
            if (!m.find()) {
                continue;
            }
            ProseParagraphs.Paragraph p =
                    ProseParagraphs.from(
                            body, i, text -> false, text -> SUMMARY.matcher(text).find());
            int lineNo = section.line() + 1 + i;
            String text = p.text();
            String name = m.group(1).strip();
            if (name.isEmpty()) {
                continue;
            }
            BigDecimal score = number(SCORE, text);
            BigDecimal annual = amount(ANNUAL, text);
            BigDecimal executed = amount(EXECUTED, text);
            BigDecimal rate = number(RATE, text);
            if (score == null) {
                report.warn(lineNo, "项目“" + name + "”的自评综述中未找到自评得分");
            }
            if (annual == null || executed == null) {
                report.warn(lineNo, "项目“" + name + "”的自评综述中未找到全年预算数或执行数");
            }
            projects.add(
                    new DisclosureContent.Project(
                            false, name, null, null, null, annual, executed, null, null, null, null,
                            null, null, rate, null, null, null, score, null, null, text, true,
                            List.of(), lineNo));
            i = p.lastIndex();
        }
        return projects;
    }

    /**
     * Final project list: table projects, each enriched with the summary (and any missing
     * score/amounts) of the prose project of the same name; prose projects without a table kept as
     * they are; order of appearance.
     */
    static List<DisclosureContent.Project> merge(
            List<DisclosureContent.Project> fromTables, List<DisclosureContent.Project> fromProse) {
        List<DisclosureContent.Project> prose =
                new ArrayList<>(fromProse == null ? List.of() : fromProse);
        List<DisclosureContent.Project> merged = new ArrayList<>();
        for (DisclosureContent.Project table :
                fromTables == null ? List.<DisclosureContent.Project>of() : fromTables) {
            DisclosureContent.Project match = null;
            for (DisclosureContent.Project p : prose) {
                if (!table.overall()
                        && table.name() != null
                        && sameProject(table.name(), p.name())) {
                    match = p;
                    break;
                }
            }
            if (match == null) {
                merged.add(table);
            } else {
                prose.remove(match);
                merged.add(enrich(table, match));
            }
        }
        merged.addAll(prose);
        // Stable: a table and its summary keep the table's line, so projects stay in document
        // order.
        merged.sort(Comparator.comparingInt(DisclosureContent.Project::line));
        return merged;
    }

    private static DisclosureContent.Project enrich(
            DisclosureContent.Project t, DisclosureContent.Project p) {
        return new DisclosureContent.Project(
                t.overall(),
                t.name(),
                t.department(),
                t.implementer(),
                t.initialBudget(),
                or(t.annualBudget(), p.annualBudget()),
                or(t.executed(), p.executed()),
                t.annualBudgetFiscal(),
                t.executedFiscal(),
                t.annualBudgetCarryover(),
                t.executedCarryover(),
                t.annualBudgetOther(),
                t.executedOther(),
                or(t.executionRate(), p.executionRate()),
                t.executionWeight(),
                t.executionScore(),
                t.totalWeight(),
                or(t.totalScore(), p.totalScore()),
                t.goalPlanned(),
                t.goalActual(),
                t.summary() != null ? t.summary() : p.summary(),
                false,
                t.indicators(),
                t.line());
    }

    /**
     * Names compare without quotes, spaces, bracket width and a trailing 项目: "“数字法治 智慧司法”信息化运维费".
     */
    static boolean sameProject(String a, String b) {
        return a != null && b != null && projectKey(a).equals(projectKey(b));
    }

    private static String projectKey(String name) {
        String k = name.replaceAll("[\\s“”\"'‘’「」『』《》]", "").replace('（', '(').replace('）', ')');
        return k.endsWith("项目") && k.length() > 2 ? k.substring(0, k.length() - 2) : k;
    }

    private static List<String> bodyLines(DisclosureContent.Section section) {
        if (section == null || section.body() == null || section.body().isEmpty()) {
            return List.of();
        }
        // No-break spaces (Word indents with them) would survive strip() and hide a paragraph's
        // numbering.
        return List.of(section.body().replace('\u00A0', ' ').split("\n", -1));
    }

    /** The first amount the pattern finds, in 元. */
    private static BigDecimal amount(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        BigDecimal value = PerformanceNumbers.valueOf(m.group(1));
        if (value == null) {
            return null;
        }
        return ("万元".equals(m.group(2)) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN).toYuan(value);
    }

    private static BigDecimal number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? PerformanceNumbers.valueOf(m.group(1)) : null;
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
