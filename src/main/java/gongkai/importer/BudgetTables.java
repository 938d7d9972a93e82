package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a budget's tables mean beside the final accounts' of the same shape. Only the “三公” table
 * differs: a budget prints the year's planned figures without a 预算数/决算数 heading, which the columns
 * reader takes for the outcome; in a budget they are the 预算数, so they are stored there (and budget
 * against outcome reads them as the plan).
 */
final class BudgetTables {

    private static final String ACTUAL = "actual_";
    private static final String BUDGET = "budget_";

    private BudgetTables() {}

    static List<DisclosureContent.Table> asBudget(List<DisclosureContent.Table> tables) {
        List<DisclosureContent.Table> out = new ArrayList<>(tables.size());
        for (DisclosureContent.Table t : tables) {
            out.add(t.kind() == StandardTable.G09 ? threePublic(t) : t);
        }
        return out;
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
