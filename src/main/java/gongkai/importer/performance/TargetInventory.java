package gongkai.importer.performance;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.report.ImportReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The import report's line for a budget's 绩效目标表: read (with its indicator rows), or not read with
 * the reason, so that staff see the targets were taken in like every other table of the budget.
 */
public final class TargetInventory {

    private TargetInventory() {}

    /**
     * Adds the report line of the performance table whose title starts at line0, when it is a table
     * of targets (a self-evaluation is no table of the budget set).
     *
     * @param block what was read of it (null or without projects when it could not be read)
     */
    public static void add(
            List<ImportReport.TableEntry> targets,
            List<String> lines,
            int line0,
            PerformanceParser.Block block) {
        String title = block == null ? null : block.title();
        if (title == null) {
            int n = Math.max(1, PerformanceParser.titleLines(lines, line0));
            title = String.join("", lines.subList(line0, Math.min(lines.size(), line0 + n)));
            title = title.replace("\t", "").strip();
        }
        if (PerformanceParser.isTargetTitle(title)) {
            targets.add(entry(title, line0, block == null ? List.of() : block.projects()));
        }
    }

    static ImportReport.TableEntry entry(
            String title, int line0, List<DisclosureContent.Project> projects) {
        int indicators = projects.stream().mapToInt(p -> p.indicators().size()).sum();
        if (projects.isEmpty()) {
            return notRead(title, line0, "找到标题，但未识别出项目或部门名称");
        }
        if (indicators == 0) {
            return notRead(title, line0, "找到标题，但未识别出绩效指标表头（三级指标）");
        }
        return new ImportReport.TableEntry(
                "", title, ImportReport.TableState.READ, indicators, line0 + 1, null);
    }

    /** The tables' lines with the targets' among them, in document order. */
    public static List<ImportReport.TableEntry> merge(
            List<ImportReport.TableEntry> tables, List<ImportReport.TableEntry> targets) {
        List<ImportReport.TableEntry> all = new ArrayList<>(tables);
        for (ImportReport.TableEntry target : targets) {
            int at = 0;
            while (at < all.size()
                    && all.get(at).line() != null
                    && all.get(at).line() < target.line()) {
                at++;
            }
            all.add(at, target);
        }
        return all;
    }

    private static ImportReport.TableEntry notRead(String title, int line0, String reason) {
        return new ImportReport.TableEntry(
                "", title, ImportReport.TableState.NOT_READ, 0, line0 + 1, reason);
    }
}
