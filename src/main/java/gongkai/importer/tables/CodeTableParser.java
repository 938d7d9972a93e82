package gongkai.importer.tables;

import gongkai.classification.CodeList;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables with one row per functional classification code (公开02, 03, 05, 07, 08 and the project
 * detail table): 科目代码 | 科目名称 | amounts…, plus a 合计 row. Header rows (项目 / 科目代码 / 栏次) are read for
 * column labels and skipped.
 */
final class CodeTableParser {

    private static final Set<String> TOTAL_LABELS =
            Set.of("合计", "总计", "本年收入合计", "本年支出合计", "收入合计", "支出合计");

    private CodeTableParser() {}

    /** The canonical code of a table's 合计 row: the table-specific name where there is one. */
    static String totalCode(StandardTable kind) {
        return switch (kind) {
            case G02 -> "本年收入合计";
            case G03 -> "本年支出合计";
            default -> "合计";
        };
    }

    static List<RowBuilder> parse(TableBlock b, CodeList codes, ImportReport.Builder report) {
        List<TableBlock.GridRow> rows = b.rows();
        int firstData = 0;
        while (firstData < rows.size() && !isData(rows.get(firstData))) {
            firstData++;
        }
        Map<Integer, String> labels = ColumnHeaders.labels(rows.subList(0, firstData));
        Map<String, Integer> columns =
                BudgetIncomeColumns.applies(b)
                        ? BudgetIncomeColumns.map(labels)
                        : ColumnHeaders.map(labels, b.kind().columns(), 1);
        List<RowBuilder> out = new ArrayList<>();
        RowBuilder previous = null;
        for (int r = firstData; r < rows.size(); r++) {
            TableBlock.GridRow row = rows.get(r);
            String joined = row.joined();
            if (joined.isEmpty() || joined.startsWith("栏次") || joined.contains("科目代码")) {
                continue;
            }
            Codes.Found code = Codes.leading(row, 0);
            int total = totalIndex(row);
            RowBuilder rb;
            int start;
            if (code != null) {
                String name = code.name();
                start = code.next();
                if (name == null && !Amounts.isNumber(row.cell(start))) {
                    name = Texts.cellName(row.cell(start));
                    start++;
                }
                rb =
                        new RowBuilder(
                                LineItem.RowKind.FUNCTIONAL,
                                null,
                                code.code(),
                                name,
                                row.line() + 1);
            } else if (total >= 0) {
                rb =
                        new RowBuilder(
                                LineItem.RowKind.NAMED,
                                null,
                                totalCode(b.kind()),
                                Texts.compact(row.cell(total)),
                                row.line() + 1);
                start = total + 1;
            } else if (previous != null && isContinuation(row)) {
                continueRow(previous, row, columns);
                continue;
            } else if (hasNameAndNumber(row)) {
                int nameIdx = firstText(row);
                String name = Texts.cellName(row.cell(nameIdx));
                rb = new RowBuilder(LineItem.RowKind.NAMED, null, name, name, row.line() + 1);
                start = nameIdx + 1;
                if (b.kind() != StandardTable.PROJECT_DETAIL) {
                    report.warn(
                            row.line() + 1, b.kind().label() + "中的行「" + name + "」没有科目编码，已按名称保留");
                }
            } else {
                report.warn(
                        row.line() + 1,
                        b.kind().label() + "中无法识别的行：" + String.join(" | ", row.cells()).strip());
                continue;
            }
            fillAmounts(rb, row, start, columns, b.kind());
            out.add(rb);
            previous = rb;
        }
        for (RowBuilder rb : out) {
            if (rb.kind == LineItem.RowKind.FUNCTIONAL) {
                Codes.checkName(codes, true, rb.code, rb.name, rb.line, report);
            }
        }
        return out;
    }

    private static boolean isData(TableBlock.GridRow row) {
        return Codes.leading(row, 0) != null
                || totalIndex(row) >= 0 && row.cells().stream().anyMatch(Amounts::isNumber);
    }

    static int totalIndex(TableBlock.GridRow row) {
        for (int i = 0; i < Math.min(3, row.cells().size()); i++) {
            if (TOTAL_LABELS.contains(Texts.compact(row.cell(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Amounts by header position where the header named the columns, else in printed order. */
    private static void fillAmounts(
            RowBuilder rb,
            TableBlock.GridRow row,
            int start,
            Map<String, Integer> columns,
            StandardTable kind) {
        if (!columns.isEmpty()) {
            boolean aligned =
                    columns.values().stream().allMatch(i -> i >= start)
                            && columns.values().stream()
                                    .anyMatch(i -> Amounts.isNumber(row.cell(i)));
            if (aligned) {
                columns.forEach((key, i) -> rb.put(key, row.cell(i)));
                return;
            }
        }
        List<String> values = new ArrayList<>();
        for (int i = start; i < row.cells().size(); i++) {
            if (!row.blankAt(i) || !columns.isEmpty()) {
                values.add(row.cell(i));
            }
        }
        List<StandardTable.Column> cols = kind.columns();
        // 公开05 without 年初预算数 prints 小计, 基本支出, 项目支出 only
        int offset = kind == StandardTable.G05 && values.size() == cols.size() - 1 ? 1 : 0;
        for (int k = 0; k < values.size() && k + offset < cols.size(); k++) {
            rb.put(cols.get(k + offset).key(), values.get(k));
        }
    }

    private static boolean isContinuation(TableBlock.GridRow row) {
        long filled = row.cells().stream().filter(c -> !Texts.strip(c).isEmpty()).count();
        return filled > 0 && filled <= 2;
    }

    /** A wrapped name or the tail of a split number, printed on the next line. */
    private static void continueRow(
            RowBuilder previous, TableBlock.GridRow row, Map<String, Integer> columns) {
        for (int i = 0; i < row.cells().size(); i++) {
            String c = Texts.strip(row.cell(i));
            if (c.isEmpty()) {
                continue;
            }
            int index = i;
            String key =
                    columns.entrySet().stream()
                            .filter(e -> e.getValue() == index)
                            .map(Map.Entry::getKey)
                            .findFirst()
                            .orElse(null);
            if (key != null && Amounts.isNumber(c) && previous.raw.containsKey(key)) {
                previous.append(key, c);
            } else if (!Amounts.isNumber(c)) {
                previous.name = previous.name == null ? c : previous.name + c;
            }
        }
    }

    private static boolean hasNameAndNumber(TableBlock.GridRow row) {
        return firstText(row) >= 0 && row.cells().stream().anyMatch(Amounts::isNumber);
    }

    private static int firstText(TableBlock.GridRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            String c = Texts.strip(row.cell(i));
            if (!c.isEmpty() && !Amounts.isNumber(c)) {
                return i;
            }
        }
        return -1;
    }
}
