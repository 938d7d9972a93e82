package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget's own cross-table rules (部门预算 only). Its 部门收入总表 (G02) states 上年结转 beside this year's
 * income, so its 合计 is the 部门收支总表's (G01) 本年收入合计 plus 上年结转, and each source column has its own G01
 * line (财政专户管理资金, 单位资金 included); the final accounts' T02-T01 rules do not know these, so they are
 * not run on budgets. The 部门支出总表 (G03) spends all funds, the 一般公共预算支出表 (G05) one of them: per code
 * G05 never exceeds G03, and equals it when all income is 一般公共预算拨款; G01 lists the expense by 类,
 * which G03's rows must add up to.
 */
final class BudgetRules implements RuleFamily {

    /**
     * G02 income column → the G01 income line(s) it must equal (canonical name or printed name).
     */
    private static final Map<String, List<String>> G02_TO_G01 = new LinkedHashMap<>();

    static {
        G02_TO_G01.put("carry_in", List.of(SummaryRows.CARRY_IN));
        G02_TO_G01.put("general", List.of("一般公共预算财政拨款收入"));
        G02_TO_G01.put("fund", List.of("政府性基金预算财政拨款收入"));
        G02_TO_G01.put("capital", List.of("国有资本经营预算财政拨款收入"));
        G02_TO_G01.put("special_account", List.of("财政专户管理资金收入", "财政专户管理资金"));
        G02_TO_G01.put("unit_funds", List.of("单位资金", "单位资金收入"));
        G02_TO_G01.put("superior", List.of("上级补助收入"));
        G02_TO_G01.put("business", List.of("事业收入"));
        G02_TO_G01.put("operating", List.of("经营收入"));
        G02_TO_G01.put("affiliated", List.of("附属单位上缴收入"));
        G02_TO_G01.put("other", List.of("其他收入"));
    }

    private static final List<String> APPROPRIATIONS = List.of("general", "fund", "capital");

    @Override
    public void check(Checks c) {
        if (c.doc().kind() != DisclosureKind.BUDGET) {
            return;
        }
        Optional<TableView> g01 = c.table(StandardTable.G01);
        Optional<TableView> g02 = c.table(StandardTable.G02);
        Optional<TableView> g03 = c.table(StandardTable.G03);
        Optional<TableView> g05 = c.table(StandardTable.G05);
        if (g01.isPresent() && g02.isPresent()) {
            income(c, g02.get(), g01.get());
        }
        if (g01.isPresent() && g03.isPresent()) {
            BudgetExpenseRules.classes(c, g03.get(), g01.get());
        }
        if (g03.isPresent() && g05.isPresent()) {
            BudgetExpenseRules.generalWithinDepartment(c, g03.get(), g05.get(), g01);
        }
    }

    private void income(Checks c, TableView g02, TableView g01) {
        Optional<RowView> total02 = Checks.totalRow(g02);
        if (total02.isEmpty()) {
            return;
        }
        RowView total = total02.get();
        String title = g02.title();
        String summary = g01.title();
        boolean carry = Checks.has(total, "carry_in");
        Checks.named(g01, Side.INCOME, SummaryRows.INCOME_TOTAL)
                .ifPresent(
                        income01 ->
                                c.compare(
                                        "BUDGET-INCOME-TOTAL",
                                        Severity.ERROR,
                                        Location.cell(g02.kind().label(), "合计", "total"),
                                        g02,
                                        title + " 合计",
                                        Checks.amount(total, "total"),
                                        summary + " 本年收入合计" + (carry ? "与上年结转之和" : ""),
                                        Checks.amount(income01, "amount")
                                                .add(
                                                        carry
                                                                ? TotalSheetRules.namedAmount(
                                                                        g01,
                                                                        Side.INCOME,
                                                                        SummaryRows.CARRY_IN,
                                                                        "amount")
                                                                : BigDecimal.ZERO)));
        boolean threeKinds = APPROPRIATIONS.stream().anyMatch(k -> Checks.has(total, k));
        Map<String, List<String>> lines = new LinkedHashMap<>(G02_TO_G01);
        if (!threeKinds) {
            // 财政拨款收入 printed as one column: it is the three G01 lines together
            APPROPRIATIONS.forEach(lines::remove);
            lines.put("fiscal", List.of("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"));
        }
        for (Map.Entry<String, List<String>> e : lines.entrySet()) {
            Optional<String> found =
                    e.getValue().stream()
                            .filter(n -> Checks.named(g01, Side.INCOME, n).isPresent())
                            .findFirst();
            if (!Checks.has(total, e.getKey()) || found.isEmpty()) {
                continue;
            }
            BigDecimal from01 =
                    e.getKey().equals("fiscal")
                            ? e.getValue().stream()
                                    .map(
                                            n ->
                                                    TotalSheetRules.namedAmount(
                                                            g01, Side.INCOME, n, "amount"))
                                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                            : TotalSheetRules.namedAmount(g01, Side.INCOME, found.get(), "amount");
            String colLabel =
                    g02.kind()
                            .column(e.getKey())
                            .map(StandardTable.Column::label)
                            .orElse(e.getKey());
            String lineLabel =
                    e.getKey().equals("fiscal")
                            ? "三项财政拨款收入之和"
                            : e.getKey().equals("carry_in") ? "上年结转" : colLabel;
            c.compare(
                    "BUDGET-INCOME-LINES",
                    Severity.ERROR,
                    Location.cell(g02.kind().label(), "合计", e.getKey()),
                    g02,
                    title + " 合计的" + colLabel,
                    Checks.amount(total, e.getKey()),
                    summary + " " + lineLabel,
                    from01);
        }
    }
}
