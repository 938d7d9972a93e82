package gongkai.budget;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.StatedIn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Budget against outcome for one unit and year. Each side is read from the table of the same
 * meaning: per code the 一般公共预算 table (budget 一般公共预算支出表, outcome 一般公共预算财政拨款支出决算表), else the 支出 table
 * of each; 款 and 类 not printed are the sum of their 项. Named rows come from 支出总表 (合计, 基本, 项目), the
 * 基本支出 table (人员/公用经费合计) and the “三公” table (the budget's 预算数, the outcome's 决算数).
 */
final class BudgetLines {

    /**
     * {@code proseCode}: the code of the narrative's row for the same item (ProseThreePublic), read
     * when the table does not give the figure; null for rows only tables state.
     */
    private record Named(
            String name,
            StandardTable table,
            String code,
            String budgetColumn,
            String actualColumn,
            String proseCode) {

        Named(
                String name,
                StandardTable table,
                String code,
                String budgetColumn,
                String actualColumn) {
            this(name, table, code, budgetColumn, actualColumn, null);
        }
    }

    private static final List<Named> NAMED =
            List.of(
                    new Named("本年支出合计", StandardTable.G03, "本年支出合计", "total", "total"),
                    new Named("基本支出", StandardTable.G03, "本年支出合计", "basic", "basic"),
                    new Named("项目支出", StandardTable.G03, "本年支出合计", "project", "project"),
                    new Named("人员经费合计", StandardTable.G06, "人员经费合计", "amount", "amount"),
                    new Named("公用经费合计", StandardTable.G06, "公用经费合计", "amount", "amount"),
                    new Named(
                            "“三公”经费合计",
                            StandardTable.G09,
                            "三公经费合计",
                            "budget_total",
                            "actual_total",
                            "三公经费合计"),
                    new Named(
                            "因公出国（境）费",
                            StandardTable.G09,
                            "三公经费合计",
                            "budget_abroad",
                            "actual_abroad",
                            "因公出国(境)费"),
                    new Named(
                            "公务用车购置及运行维护费",
                            StandardTable.G09,
                            "三公经费合计",
                            "budget_vehicle",
                            "actual_vehicle",
                            "公务用车购置及运行维护费"),
                    new Named(
                            "公务接待费",
                            StandardTable.G09,
                            "三公经费合计",
                            "budget_reception",
                            "actual_reception",
                            "公务接待费"));

    private BudgetLines() {}

    static List<BudgetLine> byCode(DisclosureDocument budget, DisclosureDocument actual) {
        Map<String, BigDecimal> planned = functional(budget);
        Map<String, BigDecimal> spent = functional(actual);
        Map<String, String> names = new LinkedHashMap<>();
        names(actual, names);
        names(budget, names);
        TreeMap<String, Boolean> codes = new TreeMap<>();
        planned.keySet().forEach(c -> codes.put(c, true));
        spent.keySet().forEach(c -> codes.put(c, true));
        List<BudgetLine> lines = new ArrayList<>();
        for (String code : codes.keySet()) {
            String name = names.getOrDefault(code, code);
            boolean item = code.length() == 7;
            lines.add(
                    BudgetLine.of(
                            code,
                            name,
                            code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3,
                            planned.get(code),
                            spent.get(code),
                            item ? NarrativeReasons.of(budget, name) : null,
                            item ? NarrativeReasons.of(actual, name) : null));
        }
        return lines;
    }

    static List<BudgetLine> named(DisclosureDocument budget, DisclosureDocument actual) {
        List<BudgetLine> lines = new ArrayList<>();
        for (Named n : NAMED) {
            BigDecimal b = amount(budget, n.table(), n.code(), n.budgetColumn());
            BigDecimal a = amount(actual, n.table(), n.code(), n.actualColumn());
            String source = a == null ? null : StatedIn.TABLE;
            if (b == null && n.proseCode() != null) {
                b = amount(budget, StandardTable.PROSE, n.proseCode(), "budget");
            }
            if (a == null && n.proseCode() != null) {
                // a report without a readable 三公 table states the item in its 情况说明
                a = amount(actual, StandardTable.PROSE, n.proseCode(), "actual");
                source = a == null ? null : StatedIn.NARRATIVE;
            }
            if (b != null || a != null) {
                lines.add(BudgetLine.of(null, n.name(), null, b, a, null, null, source));
            }
        }
        return lines;
    }

    /** Code → amount of one side, 款 and 类 summed from 项 where the table does not print them. */
    static Map<String, BigDecimal> functional(DisclosureDocument d) {
        Optional<TableView> table =
                table(d, StandardTable.G05).or(() -> table(d, StandardTable.G03));
        Map<String, BigDecimal> printed = new TreeMap<>();
        table.ifPresent(
                t -> {
                    for (RowView r : t.rows()) {
                        BigDecimal v = r.amounts().get("total");
                        if (r.kind() == LineItem.RowKind.FUNCTIONAL
                                && r.code() != null
                                && v != null) {
                            printed.merge(r.code(), v, BigDecimal::add);
                        }
                    }
                });
        Map<String, BigDecimal> all = new TreeMap<>(printed);
        for (int len : new int[] {5, 3}) {
            Map<String, BigDecimal> sums = new TreeMap<>();
            for (Map.Entry<String, BigDecimal> e : all.entrySet()) {
                if (e.getKey().length() == len + 2) {
                    sums.merge(e.getKey().substring(0, len), e.getValue(), BigDecimal::add);
                }
            }
            sums.forEach(all::putIfAbsent);
        }
        return all;
    }

    private static void names(DisclosureDocument d, Map<String, String> names) {
        for (TableView t : d.tables()) {
            for (RowView r : t.rows()) {
                if (r.kind() == LineItem.RowKind.FUNCTIONAL && r.code() != null) {
                    names.putIfAbsent(r.code(), r.name());
                }
            }
        }
    }

    static BigDecimal amount(DisclosureDocument d, StandardTable kind, String code, String column) {
        return table(d, kind).stream()
                .flatMap(t -> t.rows().stream())
                .filter(r -> code.equals(r.code()) && r.amounts().get(column) != null)
                .map(r -> r.amounts().get(column))
                .findFirst()
                .orElse(null);
    }

    private static Optional<TableView> table(DisclosureDocument d, StandardTable kind) {
        return d.tables().stream().filter(t -> t.kind() == kind && !t.rows().isEmpty()).findFirst();
    }
}
