package gongkai.importer.prose;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Job: the project self-evaluation summaries of the 预算绩效 section, and their merge with the projects
 * of the self-evaluation tables.
 */
final class ProseProjects {

    /** "1.普法专项经费项目自评综述：" — the project name precedes 项目自评综述. */
    private static final Pattern SUMMARY =
            Pattern.compile(
                    "^(?:\\d{1,2}\\s*[.．、]|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、)?\\s*(.{1,60}?)(?:项目)?(?:绩效)?自评综述\\s*[:：]");

    private static final Pattern SCORE =
            Pattern.compile("自评得分\\s*(?:为|是|：|:)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分");
    private static final Pattern ANNUAL = Pattern.compile("全年预算(?:数)?" + ProseFigures.AMOUNT);
    private static final Pattern EXECUTED = Pattern.compile("(?:全年)?执行数" + ProseFigures.AMOUNT);
    private static final Pattern RATE =
            Pattern.compile("(?:完成预算的|预算执行率为?|执行率为?)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]");

    private ProseProjects() {}

    /**
     * Project self-evaluations stated in prose ("…项目自评综述：…自评得分95分。全年预算数为…万元，执行数为…万元…"):
     * fromProse=true, name (e.g. 普法专项经费), totalScore, annualBudget, executed (元), executionRate,
     * summary = the whole paragraph.
     */
    static List<DisclosureContent.Project> projects(
            DisclosureContent.Section section, ImportReport.Builder report) {
        List<DisclosureContent.Project> projects = new ArrayList<>();
        List<String> body = ProseFigures.bodyLines(section);
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
            BigDecimal score = ProseFigures.number(SCORE, text);
            BigDecimal annual = ProseFigures.amount(ANNUAL, text);
            BigDecimal executed = ProseFigures.amount(EXECUTED, text);
            BigDecimal rate = ProseFigures.number(RATE, text);
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
                t.summary() == null
                        ? p.summary()
                        : p.summary() == null ? t.summary() : p.summary() + "\n" + t.summary(),
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

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
