package gongkai.validation;

import static gongkai.disclosure.SummaryRows.CARRY_IN;
import static gongkai.disclosure.SummaryRows.CARRY_OUT;
import static gongkai.disclosure.SummaryRows.DISTRIBUTION;
import static gongkai.disclosure.SummaryRows.EXPENSE_TOTAL;
import static gongkai.disclosure.SummaryRows.GRAND_TOTAL;
import static gongkai.disclosure.SummaryRows.INCOME_LINES;
import static gongkai.disclosure.SummaryRows.INCOME_TOTAL;
import static gongkai.disclosure.SummaryRows.NON_FISCAL_BALANCE;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The two-sided summary tables: 公开01 收入支出决算总表 (rule 1 of DOMAIN.md) and, in the same way, 公开04
 * 财政拨款收入支出决算总表.
 */
final class TotalSheetRules implements RuleFamily {

    @Override
    public void check(Checks c) {
        c.table(StandardTable.G01).ifPresent(t -> checkG01(c, t));
        c.table(StandardTable.G04).ifPresent(t -> checkG04(c, t));
    }

    private void checkG01(Checks c, TableView t) {
        String label = t.kind().label();
        Optional<RowView> income = Checks.named(t, Side.INCOME, INCOME_TOTAL);
        Optional<RowView> expense = Checks.named(t, Side.EXPENSE, EXPENSE_TOTAL);
        List<RowView> lines = incomeLines(t);
        if (income.isPresent() && !lines.isEmpty()) {
            c.compare(
                    "T01-INCOME-TOTAL",
                    Severity.ERROR,
                    Location.cell(label, INCOME_TOTAL, "amount"),
                    t,
                    label + " 本年收入合计",
                    Checks.amount(income.get(), "amount"),
                    "第1–8行收入之和",
                    Checks.sum(lines, "amount"));
        }
        List<RowView> classes = expenseClasses(t);
        if (expense.isPresent() && !classes.isEmpty()) {
            c.compare(
                    "T01-EXPENSE-TOTAL",
                    Severity.ERROR,
                    Location.cell(label, EXPENSE_TOTAL, "amount"),
                    t,
                    label + " 本年支出合计",
                    Checks.amount(expense.get(), "amount"),
                    "各类支出之和",
                    Checks.sum(classes, "amount"));
        }
        Optional<RowView> grandIn = Checks.named(t, Side.INCOME, GRAND_TOTAL);
        Optional<RowView> grandOut = Checks.named(t, Side.EXPENSE, GRAND_TOTAL);
        if (grandIn.isPresent() && income.isPresent()) {
            BigDecimal computed =
                    Checks.amount(income.get(), "amount")
                            .add(namedAmount(t, Side.INCOME, NON_FISCAL_BALANCE, "amount"))
                            .add(namedAmount(t, Side.INCOME, CARRY_IN, "amount"));
            c.compare(
                    "T01-INCOME-GRAND",
                    Severity.ERROR,
                    new Location(label, GRAND_TOTAL, "amount", "收入"),
                    t,
                    label + " 收入总计",
                    Checks.amount(grandIn.get(), "amount"),
                    "本年收入合计、使用非财政拨款结余和专用结余与年初结转和结余之和",
                    computed);
        }
        if (grandOut.isPresent() && expense.isPresent()) {
            BigDecimal computed =
                    Checks.amount(expense.get(), "amount")
                            .add(namedAmount(t, Side.EXPENSE, DISTRIBUTION, "amount"))
                            .add(namedAmount(t, Side.EXPENSE, CARRY_OUT, "amount"));
            c.compare(
                    "T01-EXPENSE-GRAND",
                    Severity.ERROR,
                    new Location(label, GRAND_TOTAL, "amount", "支出"),
                    t,
                    label + " 支出总计",
                    Checks.amount(grandOut.get(), "amount"),
                    "本年支出合计、结余分配与年末结转和结余之和",
                    computed);
        }
        if (grandIn.isPresent() && grandOut.isPresent() && grandIn.get() != grandOut.get()) {
            c.compare(
                    "T01-BALANCE",
                    Severity.ERROR,
                    Location.cell(label, GRAND_TOTAL, "amount"),
                    t,
                    label + " 收入总计",
                    Checks.amount(grandIn.get(), "amount"),
                    "支出总计",
                    Checks.amount(grandOut.get(), "amount"));
        }
    }

    /**
     * 公开04: 本年收入合计 = Σ its fiscal income lines; per expense column 本年支出合计 = Σ 类; per expense row 合计
     * = 一般公共预算 + 政府性基金 + 国有资本经营; 总计 of both sides agree.
     */
    private void checkG04(Checks c, TableView t) {
        String label = t.kind().label();
        Optional<RowView> income = Checks.named(t, Side.INCOME, INCOME_TOTAL);
        List<RowView> lines = incomeLines(t);
        if (income.isPresent() && !lines.isEmpty()) {
            c.compare(
                    "T04-INCOME-TOTAL",
                    Severity.ERROR,
                    Location.cell(label, INCOME_TOTAL, "amount"),
                    t,
                    label + " 本年收入合计",
                    Checks.amount(income.get(), "amount"),
                    "各项财政拨款收入之和",
                    Checks.sum(lines, "amount"));
        }
        Optional<RowView> expense = Checks.named(t, Side.EXPENSE, EXPENSE_TOTAL);
        List<RowView> classes = expenseClasses(t);
        if (expense.isPresent() && !classes.isEmpty()) {
            for (String col : List.of("total", "general", "fund", "capital")) {
                String colLabel = t.kind().column(col).map(StandardTable.Column::label).orElse(col);
                c.compare(
                        "T04-EXPENSE-TOTAL",
                        Severity.ERROR,
                        Location.cell(label, EXPENSE_TOTAL, col),
                        t,
                        label + " 本年支出合计（" + colLabel + "）",
                        Checks.amount(expense.get(), col),
                        "各类支出之和",
                        Checks.sum(classes, col));
            }
        }
        for (RowView r : Checks.rows(t)) {
            if (r.side() == Side.INCOME || !Checks.has(r, "total")) {
                continue;
            }
            BigDecimal parts =
                    Checks.amount(r, "general")
                            .add(Checks.amount(r, "fund"))
                            .add(Checks.amount(r, "capital"));
            c.compare(
                    "T04-ROW-FUNDS",
                    Severity.ERROR,
                    Location.cell(label, rowKey(r), "total"),
                    t,
                    label + " “" + r.name() + "”合计",
                    Checks.amount(r, "total"),
                    "一般公共预算、政府性基金预算与国有资本经营预算财政拨款之和",
                    parts);
        }
        Optional<RowView> grandIn = Checks.named(t, Side.INCOME, GRAND_TOTAL);
        Optional<RowView> grandOut = Checks.named(t, Side.EXPENSE, GRAND_TOTAL);
        if (grandIn.isPresent() && grandOut.isPresent() && grandIn.get() != grandOut.get()) {
            BigDecimal out =
                    Checks.has(grandOut.get(), "total")
                            ? Checks.amount(grandOut.get(), "total")
                            : Checks.amount(grandOut.get(), "amount");
            c.compare(
                    "T04-BALANCE",
                    Severity.ERROR,
                    Location.cell(label, GRAND_TOTAL, "amount"),
                    t,
                    label + " 收入总计",
                    Checks.amount(grandIn.get(), "amount"),
                    "支出总计",
                    out);
        }
    }

    static List<RowView> incomeLines(TableView t) {
        return Checks.rows(t).stream()
                .filter(r -> r.kind() == LineItem.RowKind.NAMED && r.side() != Side.EXPENSE)
                .filter(r -> INCOME_LINES.contains(r.code()))
                .toList();
    }

    static List<RowView> expenseClasses(TableView t) {
        return Checks.rows(t).stream()
                .filter(r -> r.kind() == LineItem.RowKind.FUNCTIONAL && r.side() != Side.INCOME)
                .filter(r -> r.code() != null && r.code().length() == 3)
                .toList();
    }

    static BigDecimal namedAmount(TableView t, Side side, String name, String column) {
        return Checks.named(t, side, name)
                .map(r -> Checks.amount(r, column))
                .orElse(BigDecimal.ZERO);
    }

    static String rowKey(RowView r) {
        return r.code() != null ? r.code() : r.name();
    }
}
