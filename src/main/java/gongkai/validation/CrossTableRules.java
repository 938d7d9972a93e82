package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules 2 and 4 of DOMAIN.md: 公开02/03 against 公开01, the per-row column sums of 02, 03 and 05, 公开05
 * against 公开04, and 05 基本支出 against 公开06.
 */
final class CrossTableRules implements RuleFamily {

    static final String PERSONNEL_TOTAL = "人员经费合计";
    static final String PUBLIC_TOTAL = "公用经费合计";

    /** 02 income column → the 01 income lines it must equal. */
    private static final Map<String, List<String>> G02_TO_G01 = new LinkedHashMap<>();

    static {
        G02_TO_G01.put("fiscal", List.of("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"));
        G02_TO_G01.put("superior", List.of("上级补助收入"));
        G02_TO_G01.put("business", List.of("事业收入"));
        G02_TO_G01.put("operating", List.of("经营收入"));
        G02_TO_G01.put("affiliated", List.of("附属单位上缴收入"));
        G02_TO_G01.put("other", List.of("其他收入"));
    }

    /**
     * A budget's 部门收入总表 adds 上年结转, the three kinds of 拨款 (their sum is stored as {@code fiscal}, so
     * that is not a part of its own), 财政专户管理资金 and 单位资金; older sets print 事业/经营/其他收入.
     */
    private static final List<String> G02_BUDGET_SOURCES =
            List.of(
                    "carry_in",
                    "general",
                    "fund",
                    "capital",
                    "special_account",
                    "unit_funds",
                    "business",
                    "operating",
                    "other");

    private static final List<String> G03_KINDS =
            List.of("basic", "project", "remit", "operating", "subsidy");

    @Override
    public void check(Checks c) {
        Optional<TableView> g01 = c.table(StandardTable.G01);
        Optional<TableView> g02 = c.table(StandardTable.G02);
        Optional<TableView> g03 = c.table(StandardTable.G03);
        Optional<TableView> g04 = c.table(StandardTable.G04);
        Optional<TableView> g05 = c.table(StandardTable.G05);
        Optional<TableView> g06 = c.table(StandardTable.G06);

        g02.ifPresent(t -> rowSums(c, t, "T02-ROW-SOURCES", "total", incomeSources(t), "各收入来源之和"));
        g03.ifPresent(
                t ->
                        rowSums(
                                c,
                                t,
                                "T03-ROW-KINDS",
                                "total",
                                G03_KINDS,
                                "基本支出、项目支出、上缴上级支出、经营支出与对附属单位补助支出之和"));
        g05.ifPresent(
                t ->
                        rowSums(
                                c,
                                t,
                                "T05-ROW-KINDS",
                                "total",
                                List.of("basic", "project"),
                                "基本支出与项目支出之和"));

        // a budget's 部门收入总表 adds 上年结转 and its own sources: BudgetRules compares it with 公开01
        if (g01.isPresent() && g02.isPresent() && c.doc().kind() != DisclosureKind.BUDGET) {
            income02vs01(c, g02.get(), g01.get());
        }
        if (g01.isPresent() && g03.isPresent()) {
            Optional<RowView> total03 = Checks.totalRow(g03.get());
            Optional<RowView> expense01 =
                    Checks.named(g01.get(), Side.EXPENSE, SummaryRows.EXPENSE_TOTAL);
            if (total03.isPresent() && expense01.isPresent()) {
                TableView t = g03.get();
                c.compare(
                        "T03-T01-TOTAL",
                        Severity.ERROR,
                        Location.cell(t.kind().label(), "合计", "total"),
                        t,
                        "公开03 合计（本年支出合计）",
                        Checks.amount(total03.get(), "total"),
                        "公开01 本年支出合计",
                        Checks.amount(expense01.get(), "amount"));
            }
        }
        if (g04.isPresent() && g05.isPresent()) {
            Optional<RowView> total05 = Checks.totalRow(g05.get());
            Optional<RowView> expense04 =
                    Checks.named(g04.get(), Side.EXPENSE, SummaryRows.EXPENSE_TOTAL);
            if (total05.isPresent() && expense04.isPresent()) {
                TableView t = g05.get();
                c.compare(
                        "T05-T04-GENERAL",
                        Severity.ERROR,
                        Location.cell(t.kind().label(), "合计", "total"),
                        t,
                        "公开05 合计（小计）",
                        Checks.amount(total05.get(), "total"),
                        "公开04 一般公共预算财政拨款本年支出合计",
                        Checks.amount(expense04.get(), "general"));
            }
        }
        if (g05.isPresent() && g06.isPresent()) {
            Optional<RowView> total05 = Checks.totalRow(g05.get());
            Optional<RowView> personnel = Checks.named(g06.get(), null, PERSONNEL_TOTAL);
            Optional<RowView> publicCosts = Checks.named(g06.get(), null, PUBLIC_TOTAL);
            if (total05.isPresent() && (personnel.isPresent() || publicCosts.isPresent())) {
                BigDecimal sum06 =
                        personnel
                                .map(r -> Checks.amount(r, "amount"))
                                .orElse(BigDecimal.ZERO)
                                .add(
                                        publicCosts
                                                .map(r -> Checks.amount(r, "amount"))
                                                .orElse(BigDecimal.ZERO));
                TableView t = g05.get();
                c.compare(
                        "T05-T06-BASIC",
                        Severity.ERROR,
                        Location.cell(t.kind().label(), "合计", "basic"),
                        t,
                        "公开05 基本支出合计",
                        Checks.amount(total05.get(), "basic"),
                        "公开06 人员经费合计与公用经费合计之和",
                        sum06);
            }
        }
        g06.ifPresent(t -> groupTotals06(c, t));
    }

    private void income02vs01(Checks c, TableView g02, TableView g01) {
        Optional<RowView> total02 = Checks.totalRow(g02);
        if (total02.isEmpty()) {
            return;
        }
        String label = g02.kind().label();
        Checks.named(g01, Side.INCOME, SummaryRows.INCOME_TOTAL)
                .ifPresent(
                        income01 ->
                                c.compare(
                                        "T02-T01-TOTAL",
                                        Severity.ERROR,
                                        Location.cell(label, "合计", "total"),
                                        g02,
                                        "公开02 合计（本年收入合计）",
                                        Checks.amount(total02.get(), "total"),
                                        "公开01 本年收入合计",
                                        Checks.amount(income01, "amount")));
        for (Map.Entry<String, List<String>> e : G02_TO_G01.entrySet()) {
            boolean any =
                    e.getValue().stream()
                            .anyMatch(n -> Checks.named(g01, Side.INCOME, n).isPresent());
            if (!any) {
                continue;
            }
            BigDecimal from01 =
                    e.getValue().stream()
                            .map(n -> TotalSheetRules.namedAmount(g01, Side.INCOME, n, "amount"))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            String colLabel =
                    g02.kind()
                            .column(e.getKey())
                            .map(StandardTable.Column::label)
                            .orElse(e.getKey());
            c.compare(
                    "T02-T01-LINES",
                    Severity.ERROR,
                    Location.cell(label, "合计", e.getKey()),
                    g02,
                    "公开02 合计的" + colLabel,
                    Checks.amount(total02.get(), e.getKey()),
                    "公开01 "
                            + String.join("、", e.getValue())
                            + (e.getValue().size() > 1 ? "之和" : ""),
                    from01);
        }
    }

    /** The income sources a table prints: a budget's 部门收入总表 or the final accounts' 收入决算表. */
    private static List<String> incomeSources(TableView t) {
        boolean budget =
                Checks.rows(t).stream()
                        .anyMatch(
                                r ->
                                        G02_BUDGET_SOURCES.subList(0, 6).stream()
                                                .anyMatch(k -> Checks.has(r, k)));
        if (!budget) {
            return List.copyOf(G02_TO_G01.keySet());
        }
        // A table that prints 财政拨款收入 as one column (not its three kinds) adds that column.
        boolean threeKinds =
                Checks.rows(t).stream()
                        .anyMatch(r -> APPROPRIATIONS.stream().anyMatch(k -> Checks.has(r, k)));
        if (threeKinds) {
            return G02_BUDGET_SOURCES;
        }
        List<String> sources = new ArrayList<>(G02_BUDGET_SOURCES);
        sources.removeAll(APPROPRIATIONS);
        sources.add("fiscal");
        return sources;
    }

    private static final List<String> APPROPRIATIONS = List.of("general", "fund", "capital");

    /** Per row (合计 included): {@code total} = Σ {@code parts}; rows without a total are skipped. */
    private void rowSums(
            Checks c,
            TableView t,
            String ruleId,
            String total,
            List<String> parts,
            String partsLabel) {
        String label = t.kind().label();
        for (RowView r : Checks.rows(t)) {
            if (!Checks.has(r, total) || parts.stream().noneMatch(p -> Checks.has(r, p))) {
                continue;
            }
            BigDecimal sum =
                    parts.stream()
                            .map(p -> Checks.amount(r, p))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            String rowLabel =
                    r.code() != null && !r.code().equals(r.name())
                            ? r.code() + " " + r.name()
                            : r.name();
            String totalLabel =
                    t.kind().column(total).map(StandardTable.Column::label).orElse(total);
            c.compare(
                    ruleId,
                    Severity.ERROR,
                    Location.cell(label, TotalSheetRules.rowKey(r), total),
                    t,
                    label + " “" + rowLabel + "”" + totalLabel,
                    Checks.amount(r, total),
                    partsLabel,
                    sum);
        }
    }

    /** 公开06: 人员经费合计 = Σ 类 301, 303; 公用经费合计 = Σ the other 类 (302, 307, 309, 310, 399 …). */
    private void groupTotals06(Checks c, TableView t) {
        List<RowView> classes =
                Checks.codedRows(t).stream().filter(r -> r.code().length() == 3).toList();
        if (classes.isEmpty()) {
            return;
        }
        String label = t.kind().label();
        List<RowView> personnel =
                classes.stream()
                        .filter(r -> r.code().equals("301") || r.code().equals("303"))
                        .toList();
        List<RowView> publicCosts = classes.stream().filter(r -> !personnel.contains(r)).toList();
        Checks.named(t, null, PERSONNEL_TOTAL)
                .ifPresent(
                        r ->
                                c.compare(
                                        "T06-GROUP-TOTALS",
                                        Severity.ERROR,
                                        Location.cell(label, PERSONNEL_TOTAL, "amount"),
                                        t,
                                        label + " 人员经费合计",
                                        Checks.amount(r, "amount"),
                                        "301、303 类之和",
                                        Checks.sum(personnel, "amount")));
        Checks.named(t, null, PUBLIC_TOTAL)
                .ifPresent(
                        r ->
                                c.compare(
                                        "T06-GROUP-TOTALS",
                                        Severity.ERROR,
                                        Location.cell(label, PUBLIC_TOTAL, "amount"),
                                        t,
                                        label + " 公用经费合计",
                                        Checks.amount(r, "amount"),
                                        "302、307、309、310、399 等类之和",
                                        Checks.sum(publicCosts, "amount")));
    }
}
