package gongkai.importer.performance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column layout of the indicator part of a self-evaluation table, read from its header row
 * (一级指标, 二级指标, 三级指标, 指标性质, …), and the alignment of data rows to it.
 *
 * <p>Data rows do not always have as many cells as the header: merged cells (the "绩效指标" column, a
 * blank 一级指标) may be dropped or kept by the extraction. Rows are therefore aligned on a cell whose
 * vocabulary is closed — the 指标性质 (正向/反向/定性) or the 指标方向 (大于等于 …) — and only fall back to position
 * when neither is present.
 */
final class PerformanceIndicatorLayout {

    enum Field {
        /** A target table printed as one table: the project each row group belongs to. */
        PROJECT,
        /** …and its 年度绩效目标. */
        GOAL,
        /** …and its 年度资金总额. */
        AMOUNT,
        LEVEL1,
        LEVEL2,
        NAME,
        NATURE,
        DIRECTION,
        TARGET,
        ACTUAL,
        UNIT,
        WEIGHT,
        SCORE,
        REASON
    }

    static final Set<String> NATURES =
            Set.of("正向", "反向", "定性", "定量", "中性", "正向指标", "反向指标", "定性指标", "定量指标");
    static final Set<String> DIRECTIONS =
            Set.of(
                    "大于等于", "小于等于", "等于", "大于", "小于", "≥", "≤", "=", "＝", ">", "<", "＞", "＜", ">=",
                    "<=", "不低于", "不高于", "不少于", "不超过", "不多于", "达到");

    private final Map<Field, Integer> columns;
    private final int width;

    private PerformanceIndicatorLayout(Map<Field, Integer> columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    /** Reads a header row; null when it has no 三级指标 column (then it is not an indicator header). */
    static PerformanceIndicatorLayout fromHeader(List<String> cells) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (int i = 0; i < cells.size(); i++) {
            Field f = fieldOf(PerformanceTable.label(cells.get(i)));
            if (f != null && !columns.containsKey(f)) {
                columns.put(f, i);
            }
        }
        return columns.containsKey(Field.NAME)
                ? new PerformanceIndicatorLayout(columns, cells.size())
                : null;
    }

    /** Whether the header has a column for the field. */
    boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** The header column of the field, or -1. */
    int column(Field field) {
        return columns.getOrDefault(field, -1);
    }

    /** Header labels vary slightly between templates; the most specific are tested first. */
    private static Field fieldOf(String label) {
        if (label.isEmpty()) {
            return null;
        }
        if (label.contains("项目名称")) return Field.PROJECT;
        if (label.contains("绩效目标") || label.matches("(?:年度|项目|年度总体|总体)目标")) return Field.GOAL;
        if (label.replaceAll("[（(](?:万元|元)[)）]", "")
                .matches("(?:年度)?(?:资金总额|预算金额|项目金额|预算数)(?:合计)?")) return Field.AMOUNT;
        if (label.startsWith("一级指标")) return Field.LEVEL1;
        if (label.startsWith("二级指标")) return Field.LEVEL2;
        if (label.startsWith("三级指标")) return Field.NAME;
        if (label.startsWith("指标性质")) return Field.NATURE;
        if (label.contains("方向")) return Field.DIRECTION;
        if (label.startsWith("实际完成值") || label.startsWith("实际值") || label.startsWith("完成值"))
            return Field.ACTUAL;
        if (label.contains("指标值") || label.startsWith("目标值")) return Field.TARGET;
        if (label.contains("计量单位") || label.contains("度量单位") || label.equals("单位"))
            return Field.UNIT;
        if (label.startsWith("分值") || label.startsWith("权重")) return Field.WEIGHT;
        if (label.startsWith("得分")) return Field.SCORE;
        if (label.startsWith("偏差原因") || label.contains("改进措施")) return Field.REASON;
        return null;
    }

    /** The cells of a data row by field, aligned to this header. */
    Map<Field, String> align(List<String> cells) {
        int offset = offset(cells);
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Map.Entry<Field, Integer> e : columns.entrySet()) {
            int i = e.getValue() + offset;
            values.put(e.getKey(), i >= 0 && i < cells.size() ? cells.get(i).strip() : "");
        }
        Integer name = columns.get(Field.NAME);
        if (offset > 0 && name != null) {
            levelsLeftOf(name + offset, cells, values);
        }
        return values;
    }

    /**
     * A row with more cells before its anchor than the header has (blank cells between, from a
     * merged cell printed wide): its 一级/二级指标 are the nearest words left of the name, 二级 first,
     * since a new 一级指标 always opens a new 二级指标.
     */
    private void levelsLeftOf(int name, List<String> cells, Map<Field, String> values) {
        List<String> words = new ArrayList<>();
        for (int i = Math.min(name, cells.size()) - 1; i >= 0 && words.size() < 2; i--) {
            if (!cells.get(i).isBlank()) {
                words.add(cells.get(i).strip());
            }
        }
        if (columns.containsKey(Field.LEVEL2)) {
            values.put(Field.LEVEL2, words.isEmpty() ? "" : words.remove(0));
        }
        if (columns.containsKey(Field.LEVEL1)) {
            values.put(Field.LEVEL1, words.isEmpty() ? "" : words.remove(0));
        }
    }

    private int offset(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).strip();
            if (NATURES.contains(c) && columns.containsKey(Field.NATURE)) {
                return i - columns.get(Field.NATURE);
            }
            if (DIRECTIONS.contains(c)) {
                // Some templates print the direction (≥, ≤) in the 指标性质 column.
                Integer col =
                        columns.containsKey(Field.DIRECTION)
                                ? columns.get(Field.DIRECTION)
                                : columns.get(Field.NATURE);
                if (col != null) {
                    return i - col;
                }
            }
        }
        // No anchor: assume the row lost (or kept) leading merged cells and is aligned on the
        // right.
        return cells.size() < width ? cells.size() - width : 0;
    }
}
