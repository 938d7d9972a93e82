package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.SectionKey;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 8, second half: the report says the same year and the same unit everywhere. The fiscal year
 * and unit are those of the cover (what the report is filed under).
 *
 * <ul>
 *   <li>{@code YEAR-TITLE} ERROR — a table title names another year ("2022年度收入支出决算总表" in a 2023
 *       report). An ERROR because a title says which accounts the table holds: nothing legitimate
 *       puts another year there, so either last year's table was published or the report is filed
 *       under the wrong year, and readers would take the figures for the wrong year.
 *   <li>{@code YEAR-NARRATIVE} WARNING — a section title, or a sentence of the narrative that
 *       states the year's accounts ("2022年度收、支总计…"), names another year. Only a WARNING: prose
 *       compares years legitimately and this reading of it is a heuristic, so a reviewer decides.
 *   <li>{@code UNIT-NAME} WARNING — a sentence or title that opens with a unit's name before the
 *       year ("XX市司法局2023年度收入、支出决算总计…") names another unit than the cover.
 * </ul>
 */
final class IdentityRules implements RuleFamily {

    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /** What follows the year in a statement of the year's accounts. */
    private static final String ACCOUNTS =
            "(?=(?:本年)?(?:收|支|财政拨款|一般公共预算|政府性基金|国有资本|机关运行|机构运行|“三公”|\"三公\"|三公|政府采购|部门决算|单位决算))";

    /** A statement of the year's accounts: "2023年度收、支总计", "2023年度一般公共预算财政拨款支出". */
    private static final Pattern STATEMENT_YEAR =
            Pattern.compile("(?<![较比与同于和及至到、~～\\-－—])((?:19|20)\\d{2})年度" + ACCOUNTS);

    /** A unit's name opening a sentence before the year: "内蒙古自治区法治宣传中心 2023年度…". */
    private static final Pattern SUBJECT =
            Pattern.compile(
                    "(?:^|[。；;\\n])[\\s　]*([\\p{IsHan}（）()]{4,40}?(?:局|厅|委员会|中心|所|院|处|站|队|馆|校|办公室)(?:[（(]本级[）)]|[（(]部门[）)])?)[\\s　]*(?:(?:19|20)\\d{2})年度"
                            + ACCOUNTS);

    @Override
    public void check(Checks c) {
        int year = c.doc().fiscalYear();
        for (TableView t : c.tables()) {
            String title = t.title() == null ? "" : t.title();
            Matcher m = TITLE_YEAR.matcher(title);
            if (m.find() && Integer.parseInt(m.group(1)) != year) {
                c.add(
                        "YEAR-TITLE",
                        Severity.ERROR,
                        Location.table(t.kind() == null ? null : t.kind().label()),
                        "表题“" + title + "”写的是 " + m.group(1) + " 年，但本报告是 " + year + " 年度决算。");
            }
            unitNames(c, title, Location.table(t.kind() == null ? null : t.kind().label()));
        }
        for (SectionView s : c.sections()) {
            String title = s.title() == null ? "" : s.title();
            Matcher m = TITLE_YEAR.matcher(title);
            if (m.find()
                    && Integer.parseInt(m.group(1)) != year
                    && title.contains(m.group(1) + "年度")) {
                c.add(
                        "YEAR-NARRATIVE",
                        Severity.WARNING,
                        Location.section(ref(s)),
                        "章节标题“" + title + "”写的是 " + m.group(1) + " 年度，但本报告是 " + year + " 年度决算。");
            }
            if (NarrativeShares.key(s) == SectionKey.WORK_DONE
                    || NarrativeShares.key(s) == SectionKey.GLOSSARY) {
                continue;
            }
            String body = s.body() == null ? "" : s.body();
            Matcher y = STATEMENT_YEAR.matcher(Narrative.compact(body));
            Set<String> seen = new LinkedHashSet<>();
            while (y.find()) {
                if (Integer.parseInt(y.group(1)) != year && seen.add(y.group(1))) {
                    String compact = Narrative.compact(body);
                    String around =
                            compact.substring(
                                    y.start(), Math.min(compact.length(), y.start() + 30));
                    c.add(
                            "YEAR-NARRATIVE",
                            Severity.WARNING,
                            Location.section(ref(s)),
                            "“"
                                    + title
                                    + "”中“"
                                    + around
                                    + "…”写的是 "
                                    + y.group(1)
                                    + " 年度，但本报告是 "
                                    + year
                                    + " 年度决算。");
                }
            }
            unitNames(c, body, Location.section(ref(s)));
        }
    }

    private static String ref(SectionView s) {
        return s.key() != null ? s.key() : s.title();
    }

    /** Every unit name that opens a sentence before a year and is not the report's unit. */
    private static void unitNames(Checks c, String text, Location where) {
        String unit = normal(c.doc().unit() == null ? null : c.doc().unit().name());
        if (unit.isEmpty()) {
            return;
        }
        Matcher m = SUBJECT.matcher(text);
        Set<String> seen = new LinkedHashSet<>();
        while (m.find()) {
            String named = m.group(1).strip();
            String n = normal(named);
            if (n.startsWith("本") || n.startsWith("我") || unit.contains(n) || n.contains(unit)) {
                continue;
            }
            if (seen.add(n)) {
                c.add(
                        "UNIT-NAME",
                        Severity.WARNING,
                        where,
                        "文中写的单位是“" + named + "”，但本报告的单位是“" + c.doc().unit().name() + "”。");
            }
        }
    }

    private static String normal(String name) {
        return name == null
                ? ""
                : Checks.compact(name).replace("(本级)", "").replace("(", "").replace(")", "");
    }
}
