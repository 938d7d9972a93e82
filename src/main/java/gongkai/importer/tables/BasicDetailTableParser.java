package gongkai.importer.tables;

import gongkai.classification.CodeList;
import gongkai.disclosure.LineItem;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * 公开06 prints economic codes in up to three groups side by side (人员经费 | 公用经费 | 公用经费 continued),
 * each 科目代码 | 科目名称 | 决算数. Each code becomes one ECONOMIC row; the footer gives 人员经费合计 and 公用经费合计,
 * whose amounts do not sit under their labels.
 */
final class BasicDetailTableParser {

    static final String PERSONNEL_TOTAL = "人员经费合计";
    static final String PUBLIC_TOTAL = "公用经费合计";

    private BasicDetailTableParser() {}

    static List<RowBuilder> parse(TableBlock b, CodeList codes, ImportReport.Builder report) {
        List<TableBlock.GridRow> rows = b.rows();
        List<Integer> groups = groupStarts(rows);
        List<RowBuilder> out = new ArrayList<>();
        RowBuilder[] lastInGroup = new RowBuilder[groups.size()];
        for (TableBlock.GridRow row : rows) {
            String joined = row.joined();
            if (joined.isEmpty()
                    || joined.contains("科目代码")
                    || joined.contains("科目编码")
                    || joined.startsWith("栏次")
                    || isGroupCaption(row)) {
                continue;
            }
            if (joined.contains("合计")) {
                totals(row, out);
                continue;
            }
            boolean anyCode = false;
            for (int g = 0; g < groups.size(); g++) {
                Codes.Found code = Codes.leading(row, groups.get(g));
                if (code != null
                        && code.next() <= groups.get(g) + 2
                        && (code.code().length() == 3 || code.code().length() == 5)) {
                    anyCode = true;
                    int nameIdx = code.next();
                    String name =
                            code.name() != null ? code.name() : Texts.cellName(row.cell(nameIdx));
                    int amountIdx = code.name() != null ? nameIdx : nameIdx + 1;
                    RowBuilder rb =
                            new RowBuilder(
                                    LineItem.RowKind.ECONOMIC,
                                    null,
                                    code.code(),
                                    name,
                                    row.line() + 1);
                    rb.put("amount", row.cell(amountIdx));
                    out.add(rb);
                    lastInGroup[g] = rb;
                }
            }
            if (!anyCode) {
                continuation(row, groups, lastInGroup, report, b);
            }
        }
        BudgetBasicColumns.addTotals(rows, out);
        for (RowBuilder rb : out) {
            if (rb.kind == LineItem.RowKind.ECONOMIC) {
                Codes.checkName(codes, false, rb.code, rb.name, rb.line, report);
            }
        }
        // code rows in print order, the footer totals after them
        out.sort(
                Comparator.comparingInt(
                        (RowBuilder r) -> r.kind == LineItem.RowKind.NAMED ? 1 : 0));
        return out;
    }

    /** Where each group starts: at the 科目代码 header cells, else every three cells. */
    private static List<Integer> groupStarts(List<TableBlock.GridRow> rows) {
        for (TableBlock.GridRow row : rows) {
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String c = Texts.compact(row.cell(i));
                if (c.equals("科目代码")
                        || c.equals("代码")
                        || c.endsWith("科目编码")
                        || c.endsWith("分类科目代码")) {
                    starts.add(i);
                }
            }
            if (!starts.isEmpty()) {
                return starts;
            }
        }
        List<Integer> codeColumns = codeColumns(rows);
        if (!codeColumns.isEmpty()) {
            return codeColumns;
        }
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(3);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < Math.max(width, 3); i += 3) {
            starts.add(i);
        }
        return starts;
    }

    /**
     * Without 科目代码 headers (项目 | 决算数), the groups start where the codes stand: a 3- or 5-digit cell
     * followed by a name, or "30101 基本工资" in one cell. Groups may be two cells wide or three.
     */
    private static List<Integer> codeColumns(List<TableBlock.GridRow> rows) {
        TreeSet<Integer> columns = new TreeSet<>();
        for (TableBlock.GridRow row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                String c = Texts.strip(row.cell(i));
                boolean bare = c.matches("\\d{3}|\\d{5}") && Texts.hasHan(row.cell(i + 1));
                if (bare || c.matches("(?:\\d{3}|\\d{5})\\s*\\p{IsHan}.*")) {
                    columns.add(i);
                }
            }
        }
        return new ArrayList<>(columns);
    }

    private static boolean isGroupCaption(TableBlock.GridRow row) {
        String j = row.joined();
        return (j.startsWith("人员经费") || j.startsWith("公用经费") || j.startsWith("经济分类"))
                && !j.contains("合计")
                && row.cells().stream().noneMatch(Amounts::isNumber);
    }

    /** 人员经费合计 … amount … 公用经费合计 … amount: each label takes the next number after it. */
    private static void totals(TableBlock.GridRow row, List<RowBuilder> out) {
        for (int i = 0; i < row.cells().size(); i++) {
            String label = Texts.compact(row.cell(i));
            String code =
                    label.contains("人员经费")
                            ? PERSONNEL_TOTAL
                            : label.contains("公用经费")
                                    ? PUBLIC_TOTAL
                                    : label.equals("合计") ? "合计" : null;
            if (code == null) {
                continue;
            }
            for (int j = i + 1; j < row.cells().size(); j++) {
                String c = Texts.strip(row.cell(j));
                if (Amounts.isNumber(c)) {
                    RowBuilder rb =
                            new RowBuilder(
                                    LineItem.RowKind.NAMED, null, code, label, row.line() + 1);
                    rb.put("amount", c);
                    out.add(rb);
                    i = j;
                    break;
                }
                if (!c.isEmpty()) {
                    break; // another label before any number: this one has no amount
                }
            }
        }
    }

    /**
     * A line holding the rest of wrapped names and split numbers of the row above, group by group.
     */
    private static void continuation(
            TableBlock.GridRow row,
            List<Integer> groups,
            RowBuilder[] lastInGroup,
            ImportReport.Builder report,
            TableBlock b) {
        boolean used = false;
        for (int g = 0; g < groups.size(); g++) {
            int start = groups.get(g);
            int end = g + 1 < groups.size() ? groups.get(g + 1) : row.cells().size();
            RowBuilder target = lastInGroup[g];
            for (int i = start; i < Math.min(end, row.cells().size()); i++) {
                String c = Texts.strip(row.cell(i));
                if (c.isEmpty() || target == null) {
                    continue;
                }
                if (Amounts.isNumber(c) && target.raw.containsKey("amount")) {
                    target.append("amount", c);
                } else {
                    target.name = target.name + c;
                }
                used = true;
            }
        }
        if (!used) {
            report.warn(
                    row.line() + 1,
                    b.kind().label() + "中无法识别的行：" + String.join(" | ", row.cells()).strip());
        }
    }
}
