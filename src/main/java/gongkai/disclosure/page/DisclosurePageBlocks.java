package gongkai.disclosure.page;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StandardTable;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds the table and performance-project blocks of a disclosure's page. */
final class DisclosurePageBlocks {

    private DisclosurePageBlocks() {}

    static DisclosurePage.TableBlock table(
            long id,
            DisclosureDocument.TableView t,
            List<DisclosureDocument.RowView> rows,
            String suffix,
            MoneyUnit display,
            int index) {
        // Show only the columns this table (side) actually fills: 公开04's income side has one, its
        // expense side four.
        List<StandardTable.Column> columns =
                t.columns().stream()
                        .filter(c -> rows.stream().anyMatch(r -> r.amounts().containsKey(c.key())))
                        .toList();
        List<DisclosurePage.RowLine> lines =
                rows.stream()
                        .map(
                                r ->
                                        new DisclosurePage.RowLine(
                                                r.kind() == LineItem.RowKind.NAMED
                                                        ? null
                                                        : r.code(),
                                                r.name(),
                                                r.level() == null ? 0 : r.level(),
                                                isTotal(r),
                                                DisclosurePage.cells(
                                                        columns, r.amounts(), display)))
                        .toList();
        return new DisclosurePage.TableBlock(
                "t" + (index + 1),
                t.code(),
                t.title() + suffix,
                t.note(),
                columns.stream().map(StandardTable.Column::label).toList(),
                lines,
                "/disclosures/" + id + "/download.csv?table=" + t.kind().name());
    }

    private static boolean isTotal(DisclosureDocument.RowView r) {
        return r.kind() == LineItem.RowKind.NAMED
                && r.name() != null
                && (r.name().contains("合计") || r.name().contains("总计"));
    }

    /**
     * @param budget the project is a budget's performance target (绩效目标表): its money is the year's
     *     funds (年度资金总额), of which 财政拨款 and 其他资金
     */
    static DisclosurePage.ProjectBlock project(
            DisclosureDocument.ProjectView p, String anchor, MoneyUnit display, boolean budget) {
        List<DisclosurePage.Labelled> facts = new ArrayList<>();
        addIfPresent(facts, "主管部门", p.department());
        addIfPresent(facts, "实施单位", p.implementer());
        addAmount(facts, "年初预算数", p.initialBudget(), display);
        addAmount(facts, budget ? "年度资金总额" : "全年预算数", p.annualBudget(), display);
        if (budget) {
            addAmount(facts, "其中：财政拨款", p.annualBudgetFiscal(), display);
            addAmount(facts, "其他资金", p.annualBudgetOther(), display);
        }
        addAmount(facts, "全年执行数", p.executed(), display);
        addIfPresent(
                facts,
                "执行率",
                p.executionRate() == null
                        ? null
                        : p.executionRate().stripTrailingZeros().toPlainString() + "%");
        addIfPresent(
                facts,
                "自评得分",
                p.totalScore() == null
                        ? null
                        : p.totalScore().stripTrailingZeros().toPlainString() + " 分");
        List<DisclosurePage.IndicatorLine> indicators =
                p.indicators().stream()
                        .map(
                                i ->
                                        new DisclosurePage.IndicatorLine(
                                                text(i.level1()),
                                                text(i.level2()),
                                                i.name(),
                                                text(i.direction()),
                                                text(i.targetValue()),
                                                text(i.actualValue()),
                                                text(i.measureUnit()),
                                                number(i.weight()),
                                                number(i.score()),
                                                text(i.deviationReason())))
                        .toList();
        // Only project self-evaluations have counterparts in other units (/projects compares
        // those).
        String similarHref =
                p.kind() == PerformanceProject.Kind.OVERALL
                        ? null
                        : "/projects?q="
                                + URLEncoder.encode(
                                        p.name().length() > 100
                                                ? p.name().substring(0, 100)
                                                : p.name(),
                                        StandardCharsets.UTF_8);
        return new DisclosurePage.ProjectBlock(
                anchor,
                p.name(),
                (p.kind() == PerformanceProject.Kind.OVERALL ? "部门整体支出" : "项目支出")
                        + (budget ? "绩效目标" : "绩效自评"),
                facts,
                budget ? "年度绩效目标" : "年度目标",
                p.goalPlanned(),
                p.goalActual(),
                p.summary(),
                indicators,
                DisclosurePage.IndicatorColumns.of(indicators),
                similarHref);
    }

    static void addIfPresent(
            List<DisclosurePage.Labelled> list, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DisclosurePage.Labelled(label, value));
        }
    }

    private static void addAmount(
            List<DisclosurePage.Labelled> list,
            String label,
            @Nullable BigDecimal yuan,
            MoneyUnit display) {
        if (yuan != null) {
            list.add(
                    new DisclosurePage.Labelled(
                            label, display.format(yuan) + " " + display.label()));
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String number(@Nullable BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
