package gongkai.importer;

import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import java.util.ArrayList;
import java.util.List;

/**
 * 公开09 (三公经费) has a multi-level header that extraction scrambles, and one data row of twelve
 * amounts (预算数 and 决算数, each: 合计, 因公出国(境)费, 公务用车小计, 购置费, 运行维护费, 公务接待费). We take the row by shape
 * and map by position, in the standard column order.
 */
final class ThreePublicTableParser {

    static final String ROW_CODE = "三公经费合计";

    private ThreePublicTableParser() {}

    static List<RowBuilder> parse(TableBlock b, ImportReport.Builder report) {
        List<StandardTable.Column> cols = b.kind().columns();
        List<RowBuilder> out = new ArrayList<>();
        List<Integer> pairs = pairedColumns(b.rows());
        for (TableBlock.GridRow row : b.rows()) {
            if (!pairs.isEmpty()) {
                RowBuilder rb = pairedRow(row, pairs, cols);
                if (rb != null) {
                    out.add(rb);
                    break;
                }
                continue;
            }
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
     * The 2024 layout pairs 预算数 | 决算数 under each of the six headings (合计, 因公出国(境)费, 公务用车 小计, 购置费,
     * 运行维护费, 公务接待费): the indexes of the twelve cells of that header row, else none.
     */
    private static List<Integer> pairedColumns(List<TableBlock.GridRow> rows) {
        for (TableBlock.GridRow row : rows) {
            List<Integer> idx = new ArrayList<>();
            boolean alternating = true;
            for (int i = 0; i < row.cells().size(); i++) {
                String c = Texts.compact(row.cell(i));
                if (c.isEmpty()) {
                    continue;
                }
                String expected = idx.size() % 2 == 0 ? "预算数" : "决算数";
                alternating &= c.equals(expected);
                idx.add(i);
            }
            if (alternating && idx.size() == 12) {
                return idx;
            }
        }
        return List.of();
    }

    /** The data row of the paired layout: a blank cell under a heading is a zero. */
    private static RowBuilder pairedRow(
            TableBlock.GridRow row, List<Integer> pairs, List<StandardTable.Column> cols) {
        boolean any = false;
        for (int i : pairs) {
            any |= Amounts.isNumber(row.cell(i));
        }
        if (!any || row.cells().stream().anyMatch(c -> Texts.hasHan(c) && !c.contains("合计"))) {
            return null;
        }
        RowBuilder rb =
                new RowBuilder(LineItem.RowKind.NAMED, null, ROW_CODE, "“三公”经费合计", row.line() + 1);
        for (int k = 0; k < 6; k++) {
            rb.put(cols.get(k).key(), orZero(row.cell(pairs.get(2 * k))));
            rb.put(cols.get(6 + k).key(), orZero(row.cell(pairs.get(2 * k + 1))));
        }
        return rb;
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
