package gongkai.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the amount columns of a 三公 table by the meaning of its header, whose two or three rows carry
 * merged cells: an item (合计, 因公出国（境）费, 公务用车购置及运行维护费 with 小计 / 购置费 / 运行维护费, 公务接待费) and a half (预算数 /
 * 决算数), either above the item or as the label of the data row.
 */
final class ThreePublicColumns {

    private static final String VEHICLE_GROUP = "公务用车购置及运行维护费";

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

    private static String item(String label) {
        boolean vehicle = label.contains(VEHICLE_GROUP);
        String rest = label.replace(VEHICLE_GROUP, "");
        if (rest.contains("运行维护")) {
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
