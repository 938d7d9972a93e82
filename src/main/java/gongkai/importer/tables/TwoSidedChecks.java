package gongkai.importer.tables;

import static gongkai.importer.tables.TableChecks.amount;
import static gongkai.importer.tables.TableChecks.find;
import static gongkai.importer.tables.TableChecks.plus;
import static gongkai.importer.tables.TableChecks.sum;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import gongkai.importer.tables.TableChecks.Checker;
import java.math.BigDecimal;
import java.util.List;

/**
 * Job: the checks of the two-sided tables (公开01, 公开04): income and expense totals against their
 * lines, the grand totals, and income = expense.
 */
final class TwoSidedChecks {

    private TwoSidedChecks() {}

    static void check(Checker c, DisclosureContent.Table t) {
        var income = LineItem.Side.INCOME;
        var expense = LineItem.Side.EXPENSE;
        List<String> incomeKeys = List.of("amount");
        List<String> expenseKeys =
                t.kind() == StandardTable.G04
                        ? List.of("total", "general", "fund", "capital")
                        : List.of("amount");
        List<DisclosureContent.Row> incomeLines =
                t.rows().stream()
                        .filter(
                                r ->
                                        r.side() == income
                                                && TwoSidedNames.INCOME_LINES.containsValue(
                                                        r.code()))
                        .toList();
        List<DisclosureContent.Row> classes =
                t.rows().stream()
                        .filter(r -> r.side() == expense && r.kind() == LineItem.RowKind.FUNCTIONAL)
                        .toList();
        DisclosureContent.Row inTotal = find(t, income, SummaryRows.INCOME_TOTAL);
        DisclosureContent.Row outTotal = find(t, expense, SummaryRows.EXPENSE_TOTAL);
        DisclosureContent.Row inGrand = find(t, income, SummaryRows.GRAND_TOTAL);
        DisclosureContent.Row outGrand = find(t, expense, SummaryRows.GRAND_TOTAL);
        for (String k : incomeKeys) {
            if (inTotal != null && !incomeLines.isEmpty()) {
                c.equal(amount(inTotal, k), sum(incomeLines, k), inTotal.line(), "本年收入合计与各项收入之和");
            }
            if (inGrand != null && inTotal != null) {
                BigDecimal expected =
                        plus(
                                plus(
                                        amount(inTotal, k),
                                        amount(find(t, income, SummaryRows.NON_FISCAL_BALANCE), k)),
                                amount(find(t, income, SummaryRows.CARRY_IN), k));
                c.equal(amount(inGrand, k), expected, inGrand.line(), "收入总计与本年收入合计、使用结余、年初结转和结余之和");
            }
        }
        for (String k : expenseKeys) {
            if (outTotal != null && !classes.isEmpty()) {
                c.equal(amount(outTotal, k), sum(classes, k), outTotal.line(), "本年支出合计与各类支出之和");
            }
            if (outGrand != null && outTotal != null) {
                BigDecimal expected =
                        plus(
                                plus(
                                        amount(outTotal, k),
                                        amount(find(t, expense, SummaryRows.DISTRIBUTION), k)),
                                amount(find(t, expense, SummaryRows.CARRY_OUT), k));
                c.equal(
                        amount(outGrand, k),
                        expected,
                        outGrand.line(),
                        "支出总计与本年支出合计、结余分配、年末结转和结余之和");
            }
        }
        if (inGrand != null && outGrand != null) {
            c.equal(
                    amount(inGrand, "amount"),
                    amount(outGrand, expenseKeys.get(0)),
                    outGrand.line(),
                    "收入总计与支出总计");
        }
    }
}
