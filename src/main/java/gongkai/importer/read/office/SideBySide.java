package gongkai.importer.read.office;

import java.util.ArrayList;
import java.util.List;

/**
 * A two-sided table (收入支出决算总表, 财政拨款收入支出决算总表) written in long form, one row per line item with a 收支
 * column saying 收入 or 支出 (Gongkai's own download does this, so that every amount sits under its
 * column), laid out again side by side as the printed reports have it: 项目 | 行次 | amounts of the
 * income side, then 项目 | 行次 | amounts of the expense side, the n-th income line beside the n-th
 * expense line. A sub-line named {@code 年初结转和结余·一般公共预算财政拨款} is printed under its parent by its own
 * name, 一般公共预算财政拨款.
 */
final class SideBySide {

    private static final String SIDE = "收支";
    private static final String INCOME = "收入";
    private static final String EXPENSE = "支出";

    private SideBySide() {}

    /** The rows with every long-form two-sided block rewritten; other rows unchanged. */
    static List<List<String>> apply(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        int r = 0;
        while (r < rows.size()) {
            List<String> header = rows.get(r);
            int side = header.indexOf(SIDE);
            int name = header.indexOf("科目名称");
            int end = r + 1;
            while (side >= 0 && end < rows.size() && isSide(cell(rows.get(end), side))) {
                end++;
            }
            if (side < 0 || name < 0 || end == r + 1) {
                out.add(header);
                r++;
                continue;
            }
            out.addAll(rewrite(header, rows.subList(r + 1, end), side, name));
            r = end;
        }
        return out;
    }

    private static List<List<String>> rewrite(
            List<String> header, List<List<String>> data, int side, int name) {
        int lineNo = header.indexOf("行次");
        List<Integer> amounts = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c != side && c != name && c != lineNo && !header.get(c).equals("科目编码")) {
                amounts.add(c);
            }
        }
        List<List<String>> income = new ArrayList<>();
        List<List<String>> expense = new ArrayList<>();
        for (List<String> row : data) {
            (cell(row, side).equals(INCOME) ? income : expense).add(row);
        }
        List<Integer> incomeColumns = filled(income, amounts);
        List<Integer> expenseColumns = filled(expense, amounts);
        List<List<String>> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        half(head, "项目", "行次", header, incomeColumns);
        half(head, "项目", "行次", header, expenseColumns);
        out.add(head);
        for (int i = 0; i < Math.max(income.size(), expense.size()); i++) {
            List<String> line = new ArrayList<>();
            part(line, i < income.size() ? income.get(i) : null, name, lineNo, incomeColumns);
            part(line, i < expense.size() ? expense.get(i) : null, name, lineNo, expenseColumns);
            out.add(line);
        }
        return out;
    }

    private static void half(
            List<String> head, String item, String no, List<String> header, List<Integer> cols) {
        head.add(item);
        head.add(no);
        cols.forEach(c -> head.add(header.get(c)));
    }

    private static void part(
            List<String> line, List<String> row, int name, int lineNo, List<Integer> cols) {
        if (row == null) {
            for (int i = 0; i < cols.size() + 2; i++) {
                line.add("");
            }
            return;
        }
        String n = cell(row, name);
        line.add(n.substring(n.lastIndexOf('·') + 1));
        line.add(lineNo < 0 ? "" : cell(row, lineNo));
        cols.forEach(c -> line.add(cell(row, c)));
    }

    /** The amount columns that at least one row of the side fills. */
    private static List<Integer> filled(List<List<String>> rows, List<Integer> columns) {
        return columns.stream()
                .filter(c -> rows.stream().anyMatch(r -> !cell(r, c).isEmpty()))
                .toList();
    }

    private static boolean isSide(String cell) {
        return cell.equals(INCOME) || cell.equals(EXPENSE);
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }
}
