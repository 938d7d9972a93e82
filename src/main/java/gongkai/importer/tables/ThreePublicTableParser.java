package gongkai.importer.tables;

import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 公开09 (三公经费) has a multi-level header that extraction scrambles, and one data row of twelve
 * amounts (预算数 and 决算数, each: 合计, 因公出国(境)费, 公务用车小计, 购置费, 运行维护费, 公务接待费). We take the row by shape
 * and map by position, in the standard column order.
 */
public final class ThreePublicTableParser {

    public static final String ROW_CODE = "三公经费合计";

    private ThreePublicTableParser() {}

    static List<RowBuilder> parse(TableBlock b, ImportReport.Builder report) {
        RowBuilder byHeader = byHeader(b);
        if (byHeader != null) {
            return List.of(byHeader);
        }
        List<StandardTable.Column> cols = b.kind().columns();
        List<RowBuilder> out = new ArrayList<>();
        for (TableBlock.GridRow row : b.rows()) {
            List<String> numbers = new ArrayList<>();
            for (String c : row.cells()) {
                if (Amounts.isNumber(c) || !Texts.strip(c).isEmpty() && Amounts.isEmptyMark(c)) {
                    numbers.add(Amounts.isNumber(c) ? c : "0");
                }
            }
            if (numbers.size() < 6
                    || isColumnNumbering(numbers)
                    || row.cells().stream().anyMatch(c -> Texts.hasHan(c) && !c.contains("合计"))) {
                continue;
            }
            RowBuilder rb =
                    new RowBuilder(
                            LineItem.RowKind.NAMED, null, ROW_CODE, "“三公”经费合计", row.line() + 1);
            if (numbers.size() >= 12) {
                for (int k = 0; k < 12; k++) {
                    rb.put(cols.get(k).key(), numbers.get(k));
                }
                if (numbers.size() > 12) {
                    report.warn(row.line() + 1, "公开09的数据行有 " + numbers.size() + " 个数，按前 12 个读取");
                }
            } else {
                // only one half printed: most templates that do so print the 决算数
                for (int k = 0; k < 6 && k < numbers.size(); k++) {
                    rb.put(cols.get(6 + k).key(), numbers.get(k));
                }
                report.warn(
                        row.line() + 1, "公开09的数据行只有 " + numbers.size() + " 个数，已按决算数的 6 栏读取，请核对");
            }
            out.add(rb);
            break;
        }
        if (out.isEmpty() && !b.rows().isEmpty() && b.note() == null) {
            report.warn(b.line() + 1, "公开09中没有找到数据行");
        }
        return out;
    }

    /**
     * The row read by the header's meaning ({@link ThreePublicColumns}): 预算数 and 决算数 as two rows or
     * as two columns under each item. Null when the header does not name every amount column, as
     * where extraction scrambled it; then the amounts are taken in the standard order.
     */
    private static RowBuilder byHeader(TableBlock b) {
        List<TableBlock.GridRow> header = new ArrayList<>();
        for (int r = 0; r < b.rows().size(); r++) {
            List<Integer> pairs = ThreePublicColumns.pairs(b.rows().get(r));
            if (!pairs.isEmpty()) {
                return byPairs(b.rows(), r, pairs);
            }
        }
        RowBuilder rb = null;
        for (TableBlock.GridRow row : b.rows()) {
            List<String> numbers = new ArrayList<>();
            for (String c : row.cells()) {
                if (ThreePublicColumns.isAmount(c)) {
                    numbers.add(c);
                }
            }
            if (numbers.size() < 3 || isColumnNumbering(numbers)) {
                if (rb != null) {
                    break;
                }
                if (numbers.isEmpty()) {
                    header.add(row);
                }
                continue;
            }
            Map<Integer, String> keys =
                    ThreePublicColumns.map(header, row, ThreePublicColumns.rowHalf(row));
            if (keys == null) {
                return null;
            }
            if (rb == null) {
                rb =
                        new RowBuilder(
                                LineItem.RowKind.NAMED, null, ROW_CODE, "“三公”经费合计", row.line() + 1);
            }
            for (Map.Entry<Integer, String> e : keys.entrySet()) {
                String c = row.cell(e.getKey());
                rb.put(e.getValue(), Amounts.isNumber(c) ? c : "0");
            }
        }
        return rb;
    }

    /**
     * The 2024 layout: the row of 预算数 | 决算数 pairs at {@code at}, the items above it, and the data
     * row under it, where a blank cell under a pair is a zero. Null when the items above do not
     * name every pair once.
     */
    private static RowBuilder byPairs(List<TableBlock.GridRow> rows, int at, List<Integer> pairs) {
        Map<Integer, String> keys = ThreePublicColumns.mapPairs(rows.subList(0, at), pairs);
        if (keys == null) {
            return null;
        }
        for (TableBlock.GridRow row : rows.subList(at + 1, rows.size())) {
            List<String> numbers = new ArrayList<>();
            for (int i : pairs) {
                if (Amounts.isNumber(row.cell(i))) {
                    numbers.add(row.cell(i));
                }
            }
            if (numbers.isEmpty()
                    || numbers.size() == pairs.size() && isColumnNumbering(numbers)
                    || row.cells().stream().anyMatch(c -> Texts.hasHan(c) && !c.contains("合计"))) {
                continue;
            }
            RowBuilder rb =
                    new RowBuilder(
                            LineItem.RowKind.NAMED, null, ROW_CODE, "“三公”经费合计", row.line() + 1);
            keys.forEach((i, key) -> rb.put(key, orZero(row.cell(i))));
            return rb;
        }
        return null;
    }

    private static String orZero(String cell) {
        return Amounts.isNumber(cell) ? cell : "0";
    }

    /** The 1 2 3 … 12 line under the header. */
    private static boolean isColumnNumbering(List<String> numbers) {
        for (int k = 0; k < numbers.size(); k++) {
            if (!Texts.strip(numbers.get(k)).equals(String.valueOf(k + 1))) {
                return false;
            }
        }
        return true;
    }
}
