package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Arithmetic checks within one table (DOMAIN.md 勾稽关系 1, 3, 5 and the per-row sums of 2): rows must
 * add up to their 合计, 类 to their 款, 款 to their 项. Differences above 0.01 in the table's own unit
 * are reported as warnings: staff must explain or correct them, the import still proceeds.
 */
final class TableChecks {

    private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    private TableChecks() {}

    static void check(DisclosureContent.Table t, ImportReport.Builder report) {
        BigDecimal tolerance = t.sourceMoneyUnit().toYuan(new BigDecimal("0.01"));
        Checker c = new Checker(t, tolerance, report);
        switch (t.kind()) {
            case G01, G04 -> twoSided(c, t);
            case G02, G03, G05, G07, G08, PROJECT_DETAIL -> codeTable(c, t);
            case G06 -> basicDetail(c, t);
            case G09 -> threePublic(c, t);
            default -> {}
        }
    }

    /** Compares and reports; keeps the table context. */
    private record Checker(
            DisclosureContent.Table table, BigDecimal tolerance, ImportReport.Builder report) {

        void equal(BigDecimal expected, BigDecimal actual, Integer line, String what) {
            if (expected == null || actual == null) {
                return;
            }
            if (expected.subtract(actual).abs().compareTo(tolerance) > 0) {
                report.warn(
                        line,
                        table.kind().label()
                                + table.kind().title()
                                + "："
                                + what
                                + "不相等（"
                                + fmt(expected)
                                + " ≠ "
                                + fmt(actual)
                                + "，相差 "
                                + fmt(expected.subtract(actual))
                                + " 元）");
            }
        }

        private static String fmt(BigDecimal v) {
            return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    private static BigDecimal sum(List<DisclosureContent.Row> rows, String key) {
        BigDecimal total = null;
        for (DisclosureContent.Row r : rows) {
            BigDecimal v = r.amounts().get(key);
            if (v != null) {
                total = total == null ? v : total.add(v);
            }
        }
        return total;
    }

    private static DisclosureContent.Row find(
            DisclosureContent.Table t, LineItem.Side side, String code) {
        return t.rows().stream()
                .filter(r -> r.side() == side && Objects.equals(r.code(), code))
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal amount(DisclosureContent.Row r, String key) {
        return r == null ? null : r.amounts().get(key);
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static void codeTable(Checker c, DisclosureContent.Table t) {
        List<DisclosureContent.Row> coded =
                t.rows().stream().filter(r -> r.kind() == LineItem.RowKind.FUNCTIONAL).toList();
        DisclosureContent.Row total =
                t.rows().stream()
                        .filter(
                                r ->
                                        r.kind() == LineItem.RowKind.NAMED
                                                && Objects.equals(
                                                        r.code(),
                                                        CodeTableParser.totalCode(t.kind())))
                        .findFirst()
                        .orElse(null);
        hierarchy(c, coded, t.kind().columns().stream().map(StandardTable.Column::key).toList());
        // the rows without children (the deepest level present in each branch) add up to 合计
        List<DisclosureContent.Row> leaves =
                coded.stream()
                        .filter(
                                r ->
                                        coded.stream()
                                                .noneMatch(
                                                        o ->
                                                                o != r
                                                                        && o.code().length()
                                                                                > r.code().length()
                                                                        && o.code()
                                                                                .startsWith(
                                                                                        r.code())))
                        .toList();
        if (total != null && !leaves.isEmpty()) {
            for (StandardTable.Column col : t.kind().columns()) {
                c.equal(
                        total.amounts().get(col.key()),
                        sum(leaves, col.key()),
                        total.line(),
                        "合计行的「" + col.label() + "」与各科目之和");
            }
        }
        // per row: the total column is the sum of its parts
        List<String> parts =
                switch (t.kind()) {
                    case G02 ->
                            List.of(
                                    "fiscal",
                                    "superior",
                                    "business",
                                    "operating",
                                    "affiliated",
                                    "other");
                    case G03 -> List.of("basic", "project", "remit", "operating", "subsidy");
                    case G05, G07, G08, PROJECT_DETAIL -> List.of("basic", "project");
                    default -> List.of();
                };
        for (DisclosureContent.Row r : t.rows()) {
            BigDecimal whole = r.amounts().get("total");
            if (whole == null || parts.stream().noneMatch(r.amounts()::containsKey)) {
                continue;
            }
            BigDecimal s = null;
            for (String p : parts) {
                s = plus(s, r.amounts().get(p));
            }
            c.equal(
                    whole,
                    s,
                    r.line(),
                    "「" + (r.name() == null ? r.code() : r.name()) + "」的合计与各分栏之和");
        }
    }

    /** 类 = Σ its 款 (or its 项 where no 款 is listed), 款 = Σ its 项. */
    private static void hierarchy(Checker c, List<DisclosureContent.Row> coded, List<String> keys) {
        for (DisclosureContent.Row parent : coded) {
            if (parent.code().length() >= 7) {
                continue;
            }
            List<DisclosureContent.Row> children = directChildren(parent, coded);
            if (children.isEmpty()) {
                continue;
            }
            for (String key : keys) {
                c.equal(
                        parent.amounts().get(key),
                        sum(children, key),
                        parent.line(),
                        "科目 " + parent.code() + " 与其下级科目之和（" + key + "）");
            }
        }
    }

    private static List<DisclosureContent.Row> directChildren(
            DisclosureContent.Row parent, List<DisclosureContent.Row> rows) {
        List<DisclosureContent.Row> below =
                rows.stream()
                        .filter(
                                r ->
                                        r.code().length() > parent.code().length()
                                                && r.code().startsWith(parent.code()))
                        .toList();
        int nearest = below.stream().mapToInt(r -> r.code().length()).min().orElse(0);
        List<DisclosureContent.Row> children = new ArrayList<>();
        for (DisclosureContent.Row r : below) {
            // a child at the nearest level, or deeper when its own parent is not listed
            boolean ownParentListed =
                    below.stream()
                            .anyMatch(
                                    o ->
                                            o.code().length() < r.code().length()
                                                    && r.code().startsWith(o.code()));
            if (r.code().length() == nearest || !ownParentListed) {
                children.add(r);
            }
        }
        return children;
    }

    private static void basicDetail(Checker c, DisclosureContent.Table t) {
        List<DisclosureContent.Row> coded =
                t.rows().stream().filter(r -> r.kind() == LineItem.RowKind.ECONOMIC).toList();
        hierarchy(c, coded, List.of("amount"));
        List<DisclosureContent.Row> classes =
                coded.stream().filter(r -> r.code().length() == 3).toList();
        Predicate<DisclosureContent.Row> personnel = r -> PERSONNEL_CLASSES.contains(r.code());
        DisclosureContent.Row p = find(t, null, BasicDetailTableParser.PERSONNEL_TOTAL);
        DisclosureContent.Row q = find(t, null, BasicDetailTableParser.PUBLIC_TOTAL);
        if (!classes.isEmpty()) {
            if (p != null) {
                c.equal(
                        amount(p, "amount"),
                        sum(classes.stream().filter(personnel).toList(), "amount"),
                        p.line(),
                        "人员经费合计与人员经费各类之和");
            }
            if (q != null) {
                c.equal(
                        amount(q, "amount"),
                        sum(classes.stream().filter(personnel.negate()).toList(), "amount"),
                        q.line(),
                        "公用经费合计与公用经费各类之和");
            }
        }
    }

    private static void twoSided(Checker c, DisclosureContent.Table t) {
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

    private static void threePublic(Checker c, DisclosureContent.Table t) {
        for (DisclosureContent.Row r : t.rows()) {
            Map<String, BigDecimal> a = r.amounts();
            for (String half : List.of("budget", "actual")) {
                BigDecimal total = a.get(half + "_total");
                BigDecimal vehicle = a.get(half + "_vehicle");
                c.equal(
                        total,
                        plus(plus(a.get(half + "_abroad"), vehicle), a.get(half + "_reception")),
                        r.line(),
                        ("budget".equals(half) ? "预算数" : "决算数") + "合计与三项经费之和");
                c.equal(
                        vehicle,
                        plus(a.get(half + "_vehicle_purchase"), a.get(half + "_vehicle_operation")),
                        r.line(),
                        ("budget".equals(half) ? "预算数" : "决算数") + "公务用车小计与购置费、运行维护费之和");
            }
        }
    }
}
