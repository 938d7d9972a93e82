package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.SummaryRows;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The budget's expense tables against each other ({@link BudgetRules} says which and why). */
final class BudgetExpenseRules {

    private static final List<String> COLUMNS = List.of("total", "basic", "project");

    private BudgetExpenseRules() {}

    /** G01 lists the expense by 类: each equals what G03's rows of that 类 add up to. */
    static void classes(Checks c, TableView g03, TableView g01) {
        List<RowView> coded = Checks.codedRows(g03);
        if (coded.isEmpty()) {
            return;
        }
        for (RowView line : Checks.rows(g01)) {
            if (line.kind() != LineItem.RowKind.FUNCTIONAL
                    || line.side() != Side.EXPENSE
                    || line.code() == null
                    || line.code().length() != 3) {
                continue;
            }
            BigDecimal spent = classTotal(coded, line.code());
            c.compare(
                    "BUDGET-EXPENSE-CLASSES",
                    Severity.ERROR,
                    Location.cell(g01.kind().label(), line.code(), "amount"),
                    g01,
                    g01.title() + " " + line.code() + " " + line.name(),
                    Checks.amount(line, "amount"),
                    g03.title() + "中该类各科目之和",
                    spent);
        }
    }

    /** The 类's own row if listed, else its 款 rows, else its 项 rows. */
    private static BigDecimal classTotal(List<RowView> coded, String classCode) {
        for (int length = 3; length <= 7; length += 2) {
            int l = length;
            List<RowView> level =
                    coded.stream()
                            .filter(r -> r.code().length() == l && r.code().startsWith(classCode))
                            .toList();
            if (!level.isEmpty()) {
                return Checks.sum(level, "total");
            }
        }
        return BigDecimal.ZERO;
    }

    /**
     * Per code that G05 lists: G05 (one fund) is at most G03 (all funds), and equal to it when the
     * budget's only income is 一般公共预算拨款 (G01's 一般公共预算 line is its whole 收入总计).
     */
    static void generalWithinDepartment(
            Checks c, TableView g03, TableView g05, Optional<TableView> g01) {
        boolean onlyGeneral =
                g01.flatMap(
                                t ->
                                        Checks.named(t, Side.INCOME, SummaryRows.GRAND_TOTAL)
                                                .map(
                                                        grand ->
                                                                !c.differs(
                                                                        t,
                                                                        Checks.amount(
                                                                                grand, "amount"),
                                                                        TotalSheetRules.namedAmount(
                                                                                t,
                                                                                Side.INCOME,
                                                                                "一般公共预算财政拨款收入",
                                                                                "amount"))))
                        .orElse(false);
        for (RowView general : Checks.codedRows(g05)) {
            Optional<RowView> all =
                    Checks.codedRows(g03).stream()
                            .filter(r -> r.code().equals(general.code()))
                            .findFirst();
            if (all.isEmpty() && general.code().length() < 7) {
                continue; // G03 may list 项 only
            }
            for (String col : COLUMNS) {
                if (!Checks.has(general, col)) {
                    continue;
                }
                BigDecimal g = Checks.amount(general, col);
                BigDecimal a = all.map(r -> Checks.amount(r, col)).orElse(BigDecimal.ZERO);
                String what =
                        g05.title()
                                + " “"
                                + general.code()
                                + " "
                                + general.name()
                                + "”"
                                + label(col);
                String against = g03.title() + "同一科目的" + label(col);
                if (onlyGeneral) {
                    c.compare(
                            "BUDGET-EXPENSE-GENERAL",
                            Severity.ERROR,
                            Location.cell(g05.kind().label(), general.code(), col),
                            g05,
                            what,
                            g,
                            against + "（收入全部为一般公共预算拨款，两者应相等）",
                            a);
                } else if (g.subtract(a).compareTo(c.tolerance(g05)) > 0) {
                    c.add(
                            "BUDGET-EXPENSE-GENERAL",
                            Severity.ERROR,
                            Location.cell(g05.kind().label(), general.code(), col),
                            what
                                    + " "
                                    + c.money(g05, g)
                                    + "，多于"
                                    + against
                                    + " "
                                    + c.money(g03, a)
                                    + "（一般公共预算拨款只是部门支出的一部分），相差 "
                                    + c.money(g05, g.subtract(a))
                                    + "。");
                }
            }
        }
    }

    private static String label(String col) {
        return switch (col) {
            case "basic" -> "基本支出";
            case "project" -> "项目支出";
            default -> "合计";
        };
    }
}
