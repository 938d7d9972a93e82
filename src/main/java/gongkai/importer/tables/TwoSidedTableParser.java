package gongkai.importer.tables;

import gongkai.classification.CodeList;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 公开01 and 公开04 print income on the left and expense on the right of the same line: 项目 | 行次 | 金额 |
 * 项目 | 行次 | 金额 (… 合计 | 一般公共预算 | 政府性基金 | 国有资本经营 for 04). Each line yields up to two rows, one per
 * side. Expense 类 lines become FUNCTIONAL rows with their 3-digit code; everything else a NAMED row
 * with a canonical name.
 */
final class TwoSidedTableParser {

    private static final Pattern NUMBERING =
            Pattern.compile(
                    "^[一二三四五六七八九十]+\\s*[、.．]\\s*|^\\d{1,2}\\s*[、.．]\\s*|^[（(][一二三四五六七八九十\\d]+[）)]\\s*");

    private TwoSidedTableParser() {}

    static List<RowBuilder> parse(TableBlock b, CodeList codes, ImportReport.Builder report) {
        List<TableBlock.GridRow> rows = b.rows();
        int expenseStart = -1;
        Map<String, Integer> expenseColumns = Map.of();
        int incomeLineNoIdx = -1;
        int expenseLineNoIdx = -1;
        int first = 0;
        for (; first < rows.size(); first++) {
            TableBlock.GridRow row = rows.get(first);
            if (isDataRow(row)) {
                break;
            }
            int second = nthIndexOf(row, "项目", 2);
            if (second > 0) {
                expenseStart = second;
                // -2: the header has no 行次 column, so a small first number is an amount, not a line
                // number
                incomeLineNoIdx = orNone(indexOf(row, "行次", 0, second));
                expenseLineNoIdx = orNone(indexOf(row, "行次", second, row.cells().size()));
                expenseColumns =
                        ColumnHeaders.map(
                                ColumnHeaders.labels(List.of(row)),
                                b.kind() == StandardTable.G04
                                        ? b.kind().columns().subList(1, 5)
                                        : b.kind().columns(),
                                second + 1);
            }
        }
        List<RowBuilder> out = new ArrayList<>();
        boolean afterCarryIn = false;
        for (int r = first; r < rows.size(); r++) {
            TableBlock.GridRow row = rows.get(r);
            if (row.joined().isEmpty() || row.joined().contains("栏次")) {
                continue;
            }
            int split = expenseStart > 0 ? expenseStart : splitOf(row);
            List<String> left = row.cells().subList(0, Math.min(split, row.cells().size()));
            List<String> right =
                    split < row.cells().size()
                            ? row.cells().subList(split, row.cells().size())
                            : List.of();
            RowBuilder income =
                    side(
                            b.kind(),
                            LineItem.Side.INCOME,
                            left,
                            incomeLineNoIdx,
                            Map.of(),
                            row,
                            codes,
                            afterCarryIn,
                            report);
            if (income != null) {
                out.add(income);
                if (income.code.equals("年初结转和结余")) {
                    afterCarryIn = true;
                }
            }
            Map<String, Integer> cols = shift(expenseColumns, split);
            RowBuilder expense =
                    side(
                            b.kind(),
                            LineItem.Side.EXPENSE,
                            right,
                            expenseLineNoIdx >= 0 ? expenseLineNoIdx - split : expenseLineNoIdx,
                            cols,
                            row,
                            codes,
                            false,
                            report);
            if (expense != null) {
                out.add(expense);
            }
        }
        return out;
    }

    private static RowBuilder side(
            StandardTable kind,
            LineItem.Side side,
            List<String> cells,
            int lineNoIdx,
            Map<String, Integer> columns,
            TableBlock.GridRow row,
            CodeList codes,
            boolean afterCarryIn,
            ImportReport.Builder report) {
        int nameIdx = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!Texts.strip(cells.get(i)).isEmpty() && !Amounts.isNumber(cells.get(i))) {
                nameIdx = i;
                break;
            }
        }
        if (nameIdx < 0) {
            return null; // an empty slot: only the 行次 is printed
        }
        String printed = Texts.cellName(cells.get(nameIdx));
        String name = NUMBERING.matcher(Texts.compact(printed)).replaceFirst("");
        int line = row.line() + 1;
        RowBuilder rb;
        String canonical = TwoSidedNames.canonical(name, side, afterCarryIn);
        if (canonical != null) {
            rb = new RowBuilder(LineItem.RowKind.NAMED, side, canonical, name, line);
        } else if (side == LineItem.Side.EXPENSE && Codes.classCode(codes, name).isPresent()) {
            rb =
                    new RowBuilder(
                            LineItem.RowKind.FUNCTIONAL,
                            side,
                            Codes.classCode(codes, name).get(),
                            name,
                            line);
        } else {
            report.warn(
                    line,
                    kind.label()
                            + (side == LineItem.Side.INCOME ? "收入" : "支出")
                            + "栏中无法识别的项目「"
                            + printed
                            + "」，已按原名称保留");
            rb = new RowBuilder(LineItem.RowKind.NAMED, side, name, name, line);
        }
        List<String> numbers = new ArrayList<>();
        List<Integer> numberIdx = new ArrayList<>();
        for (int i = nameIdx + 1; i < cells.size(); i++) {
            numbers.add(cells.get(i));
            numberIdx.add(i);
        }
        int lineNoPos =
                lineNoIdx > nameIdx
                        ? lineNoIdx - nameIdx - 1
                        : lineNoIdx != -2 && looksLikeLineNo(numbers) ? 0 : -1;
        if (lineNoPos >= 0 && lineNoPos < numbers.size()) {
            String n = Texts.strip(numbers.get(lineNoPos));
            if (n.matches("\\d{1,3}")) {
                rb.lineNo = Integer.parseInt(n);
            }
        }
        if (!columns.isEmpty()) {
            int nameAt = nameIdx;
            columns.forEach(
                    (key, i) -> {
                        if (i > nameAt && i < cells.size()) {
                            rb.put(key, cells.get(i));
                        }
                    });
        } else {
            List<String> amounts = new ArrayList<>();
            for (int k = 0; k < numbers.size(); k++) {
                if (k != lineNoPos && !Texts.strip(numbers.get(k)).isEmpty()) {
                    amounts.add(numbers.get(k));
                }
            }
            List<String> keys =
                    kind == StandardTable.G04 && side == LineItem.Side.EXPENSE
                            ? List.of("total", "general", "fund", "capital")
                            : List.of("amount");
            for (int k = 0; k < amounts.size() && k < keys.size(); k++) {
                rb.put(keys.get(k), amounts.get(k));
            }
        }
        return rb;
    }

    private static boolean looksLikeLineNo(List<String> numbers) {
        long filled = numbers.stream().filter(n -> !Texts.strip(n).isEmpty()).count();
        return !numbers.isEmpty() && Texts.strip(numbers.get(0)).matches("\\d{1,3}") && filled >= 1;
    }

    private static Map<String, Integer> shift(Map<String, Integer> columns, int split) {
        Map<String, Integer> shifted = new LinkedHashMap<>();
        columns.forEach((k, v) -> shifted.put(k, v - split));
        return shifted;
    }

    private static final Set<String> HEADER_WORDS =
            Set.of("项目", "行次", "栏次", "金额", "收入", "支出", "合计");

    /** A row with an amount (decimals make it certain) and none of the header's words. */
    private static boolean isDataRow(TableBlock.GridRow row) {
        if (row.cells().stream()
                .anyMatch(c -> Amounts.isNumber(c) && Texts.strip(c).contains("."))) {
            return true;
        }
        return row.cells().stream().anyMatch(Amounts::isNumber)
                && row.cells().stream().noneMatch(c -> HEADER_WORDS.contains(Texts.compact(c)));
    }

    /** Without a header: the expense side starts at the first text cell that follows a number. */
    private static int splitOf(TableBlock.GridRow row) {
        boolean seenNumber = false;
        for (int i = 0; i < row.cells().size(); i++) {
            String c = Texts.strip(row.cell(i));
            if (Amounts.isNumber(c)) {
                seenNumber = true;
            } else if (!c.isEmpty() && seenNumber) {
                return i;
            }
        }
        return (row.cells().size() + 1) / 2;
    }

    private static int orNone(int index) {
        return index < 0 ? -2 : index;
    }

    private static int nthIndexOf(TableBlock.GridRow row, String label, int n) {
        int seen = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            if (Texts.compact(row.cell(i)).equals(label) && ++seen == n) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(TableBlock.GridRow row, String label, int from, int to) {
        for (int i = from; i < Math.min(to, row.cells().size()); i++) {
            if (Texts.compact(row.cell(i)).equals(label)) {
                return i;
            }
        }
        return -1;
    }
}
