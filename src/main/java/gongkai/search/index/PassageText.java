package gongkai.search.index;

import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a table row and of a performance project as the index holds them: the searchable
 * body, a row's amounts by column (shown, never searched) and the one amount that represents a
 * passage in results and in sort=AMOUNT. Sections need none of this: their text is their body.
 */
final class PassageText {

    private PassageText() {}

    /**
     * A row's body: its table by number, its code and name (公开03｜2040610 社区矫正). The body names the
     * table by its number only, not by its title: a title such as 一般公共预算财政拨款基本支出决算明细表 on every row
     * made each of a report's ~36 rows of 公开06 match 基本支出 (540,000 passages at 15,000 reports),
     * burying the rows and sections that are about 基本支出 and making such words the slowest to
     * search. The shown title keeps the name ({@link DocumentMapper#rowTitle}).
     */
    static String rowBody(StandardTable kind, String code, String name) {
        StringBuilder body = new StringBuilder();
        body.append(kind.label()).append('｜');
        if (code != null) {
            body.append(code).append(' ');
        }
        return body.append(name).toString();
    }

    /** A row's amounts by column ("本年支出合计 1,234.00元；基本支出 …"), null when it has none. */
    static String rowDetail(TableView t, RowView r) {
        List<String> parts = new ArrayList<>();
        for (StandardTable.Column col : t.columns()) {
            BigDecimal v = r.amounts().get(col.key());
            if (v != null) {
                parts.add(col.label() + " " + money(v) + "元");
            }
        }
        return parts.isEmpty() ? null : String.join("；", parts);
    }

    /**
     * A project's body: one labelled line per figure, goal and indicator, so every one is
     * searchable.
     */
    static String projectBody(ProjectView p, DisclosureKind kind) {
        // A budget's project is a performance target (绩效目标表): labelled as its report page
        // labels it, so a target is not presented as a self-evaluation.
        boolean target = kind == DisclosureKind.BUDGET;
        StringBuilder body = new StringBuilder();
        line(body, "主管部门", p.department());
        line(body, "实施单位", p.implementer());
        line(
                body,
                target ? "年度资金总额" : "全年预算数",
                p.annualBudget() == null ? null : money(p.annualBudget()) + "元");
        line(body, "全年执行数", p.executed() == null ? null : money(p.executed()) + "元");
        line(
                body,
                "执行率",
                p.executionRate() == null
                        ? null
                        : p.executionRate().stripTrailingZeros().toPlainString() + "%");
        line(
                body,
                "得分",
                p.totalScore() == null
                        ? null
                        : p.totalScore().stripTrailingZeros().toPlainString());
        line(body, target ? "年度绩效目标" : "年度目标", p.goalPlanned());
        line(body, "实际完成情况", p.goalActual());
        line(
                body,
                !target ? "自评综述" : p.kind() == PerformanceProject.Kind.OVERALL ? "年度主要任务" : "说明",
                p.summary());
        for (PerformanceIndicator i : p.indicators()) {
            line(body, "指标", indicator(i));
        }
        return body.toString();
    }

    /** 产出指标·数量指标·培训人次 指标值 ≥500 实际完成 620 人次 偏差原因 …: the parts it has, in that order. */
    private static String indicator(PerformanceIndicator i) {
        StringBuilder ind = new StringBuilder();
        for (String part : new String[] {i.level1(), i.level2(), i.name()}) {
            if (!isBlank(part)) {
                ind.append(ind.length() == 0 ? "" : "·").append(part);
            }
        }
        if (!isBlank(i.targetValue())) {
            ind.append(" 指标值 ").append(i.targetValue());
        }
        if (!isBlank(i.actualValue())) {
            ind.append(" 实际完成 ").append(i.actualValue());
        }
        if (!isBlank(i.measureUnit())) {
            ind.append(' ').append(i.measureUnit());
        }
        if (!isBlank(i.deviationReason())) {
            ind.append(" 偏差原因 ").append(i.deviationReason());
        }
        return ind.toString();
    }

    /** Projects: the executed amount is what was spent; fall back to the annual budget. */
    static BigDecimal projectAmount(ProjectView p) {
        return p.executed() != null ? p.executed() : p.annualBudget();
    }

    /**
     * The column whose amount represents a row in results and in sort=AMOUNT: the table's total
     * column — 01/06/10 "amount", 02/03/05/08/项目明细 "total" (本年收入合计, 本年支出合计, 小计, 合计), 04 "total"
     * (合计; its 01-like shape may only have "amount"), 07 "total" (本年支出小计, else 本年收入), 09
     * "actual_total" (决算数·合计), prose items "actual" (支出决算). If the preferred column is empty, the
     * first non-empty column in the table's order is used.
     */
    static BigDecimal mainAmount(StandardTable kind, Map<String, BigDecimal> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            return null;
        }
        List<String> preferred =
                switch (kind) {
                    case G01, G06, G10 -> List.of("amount");
                    case G02, G03, G05, G08, PROJECT_DETAIL -> List.of("total");
                    case G04 -> List.of("total", "amount");
                    case G07 -> List.of("total", "income");
                    case G09 -> List.of("actual_total");
                    case PROSE -> List.of("actual");
                };
        for (String key : preferred) {
            if (amounts.get(key) != null) {
                return amounts.get(key);
            }
        }
        for (StandardTable.Column col : kind.columns()) {
            if (amounts.get(col.key()) != null) {
                return amounts.get(col.key());
            }
        }
        return amounts.values().stream().filter(v -> v != null).findFirst().orElse(null);
    }

    /** 1,234,567.80: in 元 as the tables state them, so a search for the figure finds it. */
    static String money(BigDecimal v) {
        DecimalFormat f =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (!isBlank(value)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(label).append('：').append(value.strip());
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
