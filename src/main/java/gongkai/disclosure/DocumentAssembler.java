package gongkai.disclosure;

import gongkai.disclosure.store.AmountRow;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a {@link DisclosureDocument} together from its stored rows, whether they were read for one
 * disclosure or for a batch ({@link DisclosureCatalog#document}, {@link
 * DisclosureBatches#documents}): the rows of lines, amounts and indicators are looked up by their
 * owner's id, so one map may hold a whole batch's.
 */
final class DocumentAssembler {

    private DocumentAssembler() {}

    /** Amounts by line item id, each line's columns in the order read. */
    static Map<Long, Map<String, BigDecimal>> amountsByLine(List<AmountRow> amounts) {
        Map<Long, Map<String, BigDecimal>> byItem = new HashMap<>();
        for (AmountRow a : amounts) {
            byItem.computeIfAbsent(a.lineItemId(), k -> new LinkedHashMap<>())
                    .put(a.columnKey(), a.amount());
        }
        return byItem;
    }

    /** Rows by table id, in the order read (the table's row order). */
    static Map<Long, List<DisclosureDocument.RowView>> rowsByTable(
            List<LineItem> lines, Map<Long, Map<String, BigDecimal>> amountsByLine) {
        Map<Long, List<DisclosureDocument.RowView>> rowsByTable = new HashMap<>();
        for (LineItem li : lines) {
            Map<String, BigDecimal> stored = amountsByLine.getOrDefault(li.id(), Map.of());
            rowsByTable
                    .computeIfAbsent(li.tableId(), k -> new ArrayList<>())
                    .add(
                            new DisclosureDocument.RowView(
                                    li.rowCode(),
                                    li.rowName(),
                                    li.rowKind(),
                                    li.side(),
                                    li.codeLevel(),
                                    li.lineNo(),
                                    stored));
        }
        return rowsByTable;
    }

    /** Indicators by project id, in the order read. */
    static Map<Long, List<PerformanceIndicator>> indicatorsByProject(
            List<PerformanceIndicator> indicators) {
        Map<Long, List<PerformanceIndicator>> byProject = new HashMap<>();
        for (PerformanceIndicator i : indicators) {
            byProject.computeIfAbsent(i.projectId(), k -> new ArrayList<>()).add(i);
        }
        return byProject;
    }

    static DisclosureDocument.RegionRef region(RegionDirectory regions, String code) {
        List<Region> path = regions.path(code);
        return new DisclosureDocument.RegionRef(
                code,
                path.isEmpty() ? code : path.get(path.size() - 1).name(),
                path.stream().map(Region::name).toList());
    }

    /** One disclosure from its own sections, tables and projects and the looked-up rows. */
    static DisclosureDocument assemble(
            Disclosure d,
            Unit unit,
            DisclosureDocument.RegionRef region,
            List<Section> sections,
            List<DisclosureTable> tables,
            Map<Long, List<DisclosureDocument.RowView>> rowsByTable,
            List<PerformanceProject> projects,
            Map<Long, List<PerformanceIndicator>> indicatorsByProject) {
        return new DisclosureDocument(
                d.id(),
                new DisclosureDocument.UnitRef(unit.id(), unit.name(), unit.kind(), region),
                d.fiscalYear(),
                d.kind(),
                d.status(),
                d.revision(),
                d.publishedAt(),
                d.profile(),
                d.sourceMoneyUnit(),
                d.correctionNote(),
                sections.stream()
                        .map(
                                s ->
                                        new DisclosureDocument.SectionView(
                                                s.sectionKey(), s.title(), s.body()))
                        .toList(),
                tables.stream()
                        .map(
                                t ->
                                        new DisclosureDocument.TableView(
                                                t.tableKind().label(),
                                                t.tableKind(),
                                                t.title(),
                                                t.sourceMoneyUnit(),
                                                t.note(),
                                                t.tableKind().columns(d.kind()),
                                                rowsByTable.getOrDefault(t.id(), List.of())))
                        .toList(),
                projects.stream()
                        .map(
                                p ->
                                        DisclosureDocument.ProjectView.of(
                                                p,
                                                indicatorsByProject.getOrDefault(
                                                        p.id(), List.of())))
                        .toList());
    }
}
