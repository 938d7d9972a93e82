package gongkai.importer.tables;

import gongkai.disclosure.LineItem;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.util.List;

/**
 * The budgets' 一般公共预算基本支出表 lists each economic code once with 合计 | 人员经费 | 公用经费 as columns (the
 * final accounts print the two groups side by side instead). Its 合计 row then gives 人员经费合计 and
 * 公用经费合计 under those column headers, found by their meaning, not their place.
 */
final class BudgetBasicColumns {

    private BudgetBasicColumns() {}

    static void addTotals(List<TableBlock.GridRow> rows, List<RowBuilder> out) {
        if (out.stream().anyMatch(r -> BasicDetailTableParser.PERSONNEL_TOTAL.equals(r.code))) {
            return;
        }
        int personnel = -1;
        int publicFunds = -1;
        for (TableBlock.GridRow row : rows) {
            if (!row.cells().stream().anyMatch(Amounts::isNumber)) {
                for (int i = 0; i < row.cells().size(); i++) {
                    String c = Texts.compact(row.cell(i));
                    if (c.equals("人员经费")) {
                        personnel = i;
                    } else if (c.equals("公用经费")) {
                        publicFunds = i;
                    }
                }
                continue;
            }
            if (personnel < 0 || publicFunds < 0 || !row.joined().startsWith("合计")) {
                continue;
            }
            add(out, row, personnel, BasicDetailTableParser.PERSONNEL_TOTAL);
            add(out, row, publicFunds, BasicDetailTableParser.PUBLIC_TOTAL);
            return;
        }
    }

    private static void add(List<RowBuilder> out, TableBlock.GridRow row, int idx, String code) {
        String c = Texts.strip(row.cell(idx));
        if (!Amounts.isNumber(c)) {
            return;
        }
        RowBuilder rb = new RowBuilder(LineItem.RowKind.NAMED, null, code, code, row.line() + 1);
        rb.put("amount", c);
        out.add(rb);
    }
}
