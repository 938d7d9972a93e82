package gongkai.importer.tables;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Arithmetic checks within one table (DOMAIN.md 勾稽关系 1, 3, 5 and the per-row sums of 2): rows must
 * add up to their 合计, 类 to their 款, 款 to their 项. Differences above 0.01 in the table's own unit
 * are reported as warnings: staff must explain or correct them, the import still proceeds.
 *
 * <p>Job here: the dispatch by layout, the comparison, the shared sums and the 三公 table; {@link
 * CodedTableChecks} and {@link TwoSidedChecks} check the other layouts.
 */
public final class TableChecks {

    private TableChecks() {}

    static void check(DisclosureContent.Table t, ImportReport.Builder report) {
        BigDecimal tolerance = t.sourceMoneyUnit().toYuan(new BigDecimal("0.01"));
        Checker c = new Checker(t, tolerance, report);
        switch (t.kind()) {
            case G01, G04 -> TwoSidedChecks.check(c, t);
            case G02, G03, G05, G07, G08, PROJECT_DETAIL -> CodedTableChecks.codeTable(c, t);
            case G06 -> CodedTableChecks.basicDetail(c, t);
            case G09 -> threePublic(c, t);
            default -> {}
        }
    }

    /** Compares and reports; keeps the table context. */
    record Checker(
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
            return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    static BigDecimal sum(List<DisclosureContent.Row> rows, String key) {
        BigDecimal total = null;
        for (DisclosureContent.Row r : rows) {
            BigDecimal v = r.amounts().get(key);
            if (v != null) {
                total = total == null ? v : total.add(v);
            }
        }
        return total;
    }

    static DisclosureContent.Row find(DisclosureContent.Table t, LineItem.Side side, String code) {
        return t.rows().stream()
                .filter(r -> r.side() == side && Objects.equals(r.code(), code))
                .findFirst()
                .orElse(null);
    }

    static BigDecimal amount(DisclosureContent.Row r, String key) {
        return r == null ? null : r.amounts().get(key);
    }

    static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
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
