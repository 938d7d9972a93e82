package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a budget's tables mean beside the final accounts' of the same shape. The 部门收入总表 gains the
 * 财政拨款收入 its three kinds of 拨款 add up to. The “三公” table of a budget prints the year's planned
 * figures without a 预算数/决算数 heading, which the columns reader takes for the outcome; in a budget
 * they are the 预算数, so they are stored there (and budget against outcome reads them as the plan).
 */
final class BudgetTables {

    private static final String ACTUAL = "actual_";
    private static final String BUDGET = "budget_";

    private BudgetTables() {}

    static List<DisclosureContent.Table> asBudget(List<DisclosureContent.Table> tables) {
        List<DisclosureContent.Table> out = new ArrayList<>(tables.size());
        for (DisclosureContent.Table t : tables) {
            out.add(
                    t.kind() == StandardTable.G09
                            ? threePublic(t)
                            : t.kind() == StandardTable.G02 ? income(t) : t);
        }
        return out;
    }

    private static final List<String> APPROPRIATIONS = List.of("general", "fund", "capital");

    /**
     * A budget's 部门收入总表 prints the three kinds of 拨款收入 apart; their sum is the 财政拨款收入 that the
     * final accounts' 收入决算表 prints, which the checks against the total sheet compare.
     */
    private static DisclosureContent.Table income(DisclosureContent.Table t) {
        List<DisclosureContent.Row> rows = new ArrayList<>();
        for (DisclosureContent.Row r : t.rows()) {
            if (r.amounts().containsKey("fiscal")
                    || APPROPRIATIONS.stream().noneMatch(r.amounts()::containsKey)) {
                rows.add(r);
                continue;
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>(r.amounts());
            amounts.put(
                    "fiscal",
                    APPROPRIATIONS.stream()
                            .map(k -> r.amounts().getOrDefault(k, BigDecimal.ZERO))
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
            rows.add(
                    new DisclosureContent.Row(
                            r.kind(), r.side(), r.code(), r.name(), r.lineNo(), amounts, r.line()));
        }
        return new DisclosureContent.Table(
                t.kind(), t.title(), t.sourceMoneyUnit(), t.note(), List.copyOf(rows), t.line());
    }

    private static DisclosureContent.Table threePublic(DisclosureContent.Table t) {
        boolean hasBudget =
                t.rows().stream()
                        .anyMatch(
                                r ->
                                        r.amounts().keySet().stream()
                                                .anyMatch(k -> k.startsWith(BUDGET)));
        if (hasBudget) {
            return t; // the table names its 预算数 itself
        }
        List<DisclosureContent.Row> rows = new ArrayList<>();
        for (DisclosureContent.Row r : t.rows()) {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            r.amounts()
                    .forEach(
                            (k, v) ->
                                    amounts.put(
                                            k.startsWith(ACTUAL)
                                                    ? BUDGET + k.substring(ACTUAL.length())
                                                    : k,
                                            v));
            rows.add(
                    new DisclosureContent.Row(
                            r.kind(), r.side(), r.code(), r.name(), r.lineNo(), amounts, r.line()));
        }
        return new DisclosureContent.Table(
                t.kind(), t.title(), t.sourceMoneyUnit(), t.note(), List.copyOf(rows), t.line());
    }
}
