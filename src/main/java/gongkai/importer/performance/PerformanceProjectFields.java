package gongkai.importer.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Job: the descriptive rows of a self-evaluation table, the 项目名称/主管部门/实施单位 fields and the 年度总体目标
 * goals.
 */
final class PerformanceProjectFields {

    private static final Set<String> GOAL_HEADERS = Set.of("预期目标", "实际完成情况", "目标", "完成情况", "实际完成");

    private static final List<String> FIELD_LABELS =
            List.of("项目名称", "部门（单位）名称", "部门(单位)名称", "单位名称", "部门名称", "主管部门", "实施单位");

    String name;
    String unitName;
    String department;
    String implementer;
    final List<String> goalsPlanned = new ArrayList<>();
    final List<String> goalsActual = new ArrayList<>();

    /** 项目名称, 主管部门, 实施单位 (and 单位名称 for the 部门整体 table): value in the next cell or after a colon. */
    boolean readFields(List<String> cells) {
        boolean found = false;
        for (int i = 0; i < cells.size(); i++) {
            String l = PerformanceTable.label(cells.get(i));
            String key =
                    FIELD_LABELS.stream()
                            .filter(
                                    k ->
                                            l.equals(k)
                                                    || l.startsWith(k + "：")
                                                    || l.startsWith(k + ":"))
                            .findFirst()
                            .orElse(null);
            if (key == null) {
                continue;
            }
            String value;
            if (l.length() > key.length()) {
                String cell = cells.get(i); // "项目名称：普法专项经费" in one cell
                int colon = Math.max(cell.indexOf('：'), cell.indexOf(':'));
                value = colon >= 0 ? cell.substring(colon + 1) : "";
            } else if (i + 1 < cells.size() && !isFieldLabel(cells.get(i + 1))) {
                value = cells.get(++i);
            } else {
                value = "";
            }
            found = true;
            value = value.isBlank() ? null : value.strip();
            switch (key) {
                case "项目名称" -> name = value;
                case "主管部门" -> department = value;
                case "实施单位" -> implementer = value;
                default -> unitName = value;
            }
        }
        return found;
    }

    /**
     * Whether the row names a project (项目名称 | …): in a table of targets, the next project starts.
     */
    static boolean namesProject(PerformanceRowReader.Row row) {
        return row.cells().stream()
                .map(PerformanceTable::label)
                .anyMatch(l -> l.equals("项目名称") || l.startsWith("项目名称："));
    }

    @SafeVarargs
    static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static boolean isFieldLabel(String cell) {
        String l = PerformanceTable.label(cell);
        return FIELD_LABELS.contains(l);
    }

    void readGoals(List<String> cells) {
        List<String> texts = new ArrayList<>();
        for (String cell : cells) {
            if (!GOAL_HEADERS.contains(PerformanceTable.label(cell))) {
                texts.add(cell);
            }
        }
        // Leading blank cells belong to the merged 年度总体目标 column.
        while (!texts.isEmpty() && texts.get(0).isEmpty()) {
            texts.remove(0);
        }
        if (!texts.isEmpty() && !texts.get(0).isEmpty()) {
            goalsPlanned.add(texts.get(0));
        }
        if (texts.size() > 1 && !texts.get(1).isEmpty()) {
            goalsActual.add(texts.get(1));
        }
    }
}
