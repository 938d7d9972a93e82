package gongkai.importer.tables;

import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the amount columns of a 三公 table by the meaning of its header, whose two or three rows carry
 * merged cells: an item (合计, 因公出国（境）费, 公务用车购置及运行(维护)费 with 小计 / 购置费 / 运行(维护)费, 公务接待费) and a half
 * (预算数 / 决算数), either above the item, as the label of the data row, or (the 2024 layout) as a row
 * of 预算数 | 决算数 pairs under the items.
 */
final class ThreePublicColumns {

    /** The vehicle group's heading, as the 2023 and the 2024 sets word it. */
    private static final List<String> VEHICLE_GROUP = List.of("公务用车购置及运行维护费", "公务用车购置及运行费");

    private ThreePublicColumns() {}

    /**
     * Column key (budget_total … actual_reception) by cell index for the numeric cells of {@code
     * row}, or null when the header does not name each of them exactly once.
     *
     * @param rowHalf "budget" or "actual" when the data row's label says so, else null
     */
    static Map<Integer, String> map(
            List<TableBlock.GridRow> header, TableBlock.GridRow row, String rowHalf) {
        List<String> labels = labels(header);
        Map<Integer, String> keys = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!isAmount(row.cell(i))) {
                continue;
            }
            String label = i < labels.size() ? labels.get(i) : "";
            String item = item(label);
            String half =
                    label.contains("预算") ? "budget" : label.contains("决算") ? "actual" : rowHalf;
            if (item == null || half == null || !seen.add(half + "_" + item)) {
                return null;
            }
            keys.put(i, half + "_" + item);
        }
        return keys.isEmpty() ? null : keys;
    }

    static boolean isAmount(String cell) {
        return Amounts.isNumber(cell) || !Texts.strip(cell).isEmpty() && Amounts.isEmptyMark(cell);
    }

    /** "budget" or "actual" when a row is labelled 预算数 / 决算数, else null. */
    static String rowHalf(TableBlock.GridRow row) {
        for (String c : row.cells()) {
            String t = Texts.compact(c);
            if (t.startsWith("预算")) {
                return "budget";
            }
            if (t.startsWith("决算")) {
                return "actual";
            }
        }
        return null;
    }

    /**
     * The cell indexes of a header row that alternates 预算数 | 决算数 (two pairs or more), else an empty
     * list.
     */
    static List<Integer> pairs(TableBlock.GridRow row) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String c = Texts.compact(row.cell(i));
            if (c.isEmpty()) {
                continue;
            }
            if (!c.equals(idx.size() % 2 == 0 ? "预算数" : "决算数")) {
                return List.of();
            }
            idx.add(i);
        }
        return idx.size() >= 4 && idx.size() % 2 == 0 ? idx : List.of();
    }

    /**
     * Column key by cell index for the paired layout: each pair's item is what the header rows
     * above say over either of its two cells (a merged label lands over the left or the right one);
     * null unless every pair names one item and no item comes twice.
     */
    static Map<Integer, String> mapPairs(List<TableBlock.GridRow> above, List<Integer> pairs) {
        Map<Integer, String> keys = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k + 1 < pairs.size(); k += 2) {
            int budget = pairs.get(k);
            int actual = pairs.get(k + 1);
            StringBuilder label = new StringBuilder();
            for (TableBlock.GridRow r : above) {
                for (int c = budget; c <= actual; c++) {
                    String t = Texts.compact(r.cell(c));
                    label.append(t.contains("三公") ? "" : t); // the table's caption row
                }
            }
            String item = item(label.toString());
            if (item == null || !seen.add(item)) {
                return null;
            }
            keys.put(budget, "budget_" + item);
            keys.put(actual, "actual_" + item);
        }
        return keys.isEmpty() ? null : keys;
    }

    private static String item(String label) {
        String rest = label;
        for (String group : VEHICLE_GROUP) {
            rest = rest.replace(group, "");
        }
        boolean vehicle = !rest.equals(label);
        if (rest.contains("运行")) {
            return "vehicle_operation";
        }
        if (rest.contains("购置")) {
            return "vehicle_purchase";
        }
        if (vehicle || rest.contains("小计")) {
            return "vehicle";
        }
        if (rest.contains("因公出国")) {
            return "abroad";
        }
        if (rest.contains("接待")) {
            return "reception";
        }
        return rest.contains("合计") ? "total" : null;
    }

    /**
     * Each column's labels from top to bottom. A merged cell prints its label in its first column
     * only, so a label also covers the empty cells to its right that share its parent label.
     */
    private static List<String> labels(List<TableBlock.GridRow> header) {
        int width = header.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<String> above = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            above.add("");
        }
        for (TableBlock.GridRow r : header) {
            List<String> next = new ArrayList<>(above);
            String carried = "";
            for (int c = 0; c < width; c++) {
                String cell = Texts.compact(r.cell(c));
                boolean sameParent = c > 0 && above.get(c).equals(above.get(c - 1));
                if (!cell.isEmpty()) {
                    carried = cell;
                } else if (!sameParent) {
                    carried = "";
                }
                next.set(c, above.get(c) + carried);
            }
            above = next;
        }
        return above;
    }
}
