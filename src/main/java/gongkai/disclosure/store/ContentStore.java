package gongkai.disclosure.store;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureTable;
import gongkai.disclosure.LineAmount;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.Section;
import gongkai.disclosure.StandardTable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a disclosure's content rows (sections, tables with their rows and amounts, performance
 * self-evaluations with their indicators). Package-private: only {@link DisclosureService} calls
 * it, inside its transactions, so the disclosure tables keep one public writer.
 */
@Singleton
public class ContentStore {

    private final SectionRepository sections;
    private final DisclosureTableRepository tables;
    private final LineItemRepository lineItems;
    private final LineAmountRepository amounts;
    private final PerformanceProjectRepository projects;
    private final PerformanceIndicatorRepository indicators;

    ContentStore(
            SectionRepository sections,
            DisclosureTableRepository tables,
            LineItemRepository lineItems,
            LineAmountRepository amounts,
            PerformanceProjectRepository projects,
            PerformanceIndicatorRepository indicators) {
        this.sections = sections;
        this.tables = tables;
        this.lineItems = lineItems;
        this.amounts = amounts;
        this.projects = projects;
        this.indicators = indicators;
    }

    /**
     * The edited project's values as a row at the given place, cut to the column limits like an
     * import.
     */
    static PerformanceProject withPlace(
            PerformanceProject v, Long projectId, long disclosureId, int position) {
        return new PerformanceProject(
                projectId,
                disclosureId,
                position,
                v.kind(),
                truncate(v.name(), 300),
                truncate(v.department(), 200),
                truncate(v.implementer(), 200),
                v.initialBudget(),
                v.annualBudget(),
                v.executed(),
                v.annualBudgetFiscal(),
                v.executedFiscal(),
                v.annualBudgetCarryover(),
                v.executedCarryover(),
                v.annualBudgetOther(),
                v.executedOther(),
                v.executionRate(),
                v.executionWeight(),
                v.executionScore(),
                v.totalWeight(),
                v.totalScore(),
                v.goalPlanned(),
                v.goalActual(),
                v.summary(),
                v.fromProse());
    }

    public void storeContent(long disclosureId, DisclosureContent content) {
        List<Section> sectionRows = new ArrayList<>();
        int position = 0;
        for (DisclosureContent.Section s : content.sections()) {
            sectionRows.add(
                    new Section(
                            null,
                            disclosureId,
                            position++,
                            s.key(),
                            truncate(s.title(), 500),
                            s.body()));
        }
        sections.saveAll(sectionRows);

        Map<StandardTable, DisclosureTable> byKind = new EnumMap<>(StandardTable.class);
        Map<StandardTable, Integer> nextRow = new EnumMap<>(StandardTable.class);
        int tablePosition = 0;
        for (DisclosureContent.Table t : content.tables()) {
            // A document may print one table in two pieces (e.g. across a page): keep one table of
            // each kind.
            DisclosureTable table = byKind.get(t.kind());
            if (table == null) {
                table =
                        tables.save(
                                new DisclosureTable(
                                        null,
                                        disclosureId,
                                        t.kind(),
                                        tablePosition++,
                                        truncate(
                                                t.title() == null ? t.kind().title() : t.title(),
                                                200),
                                        t.sourceMoneyUnit(),
                                        t.note()));
                byKind.put(t.kind(), table);
            }
            int first = nextRow.getOrDefault(t.kind(), 0);
            storeRows(table, t.rows(), first);
            nextRow.put(t.kind(), first + t.rows().size());
        }

        int projectPosition = 0;
        for (DisclosureContent.Project p : content.projects()) {
            PerformanceProject project =
                    projects.save(
                            new PerformanceProject(
                                    null,
                                    disclosureId,
                                    projectPosition++,
                                    p.overall()
                                            ? PerformanceProject.Kind.OVERALL
                                            : PerformanceProject.Kind.PROJECT,
                                    truncate(p.name(), 300),
                                    truncate(p.department(), 200),
                                    truncate(p.implementer(), 200),
                                    p.initialBudget(),
                                    p.annualBudget(),
                                    p.executed(),
                                    p.annualBudgetFiscal(),
                                    p.executedFiscal(),
                                    p.annualBudgetCarryover(),
                                    p.executedCarryover(),
                                    p.annualBudgetOther(),
                                    p.executedOther(),
                                    p.executionRate(),
                                    p.executionWeight(),
                                    p.executionScore(),
                                    p.totalWeight(),
                                    p.totalScore(),
                                    p.goalPlanned(),
                                    p.goalActual(),
                                    p.summary(),
                                    p.fromProse()));
            List<PerformanceIndicator> rows = new ArrayList<>();
            int indicatorPosition = 0;
            for (DisclosureContent.Indicator i : p.indicators()) {
                rows.add(
                        new PerformanceIndicator(
                                null,
                                project.id(),
                                indicatorPosition++,
                                truncate(i.level1(), 64),
                                truncate(i.level2(), 64),
                                truncate(i.name() == null ? "" : i.name(), 300),
                                truncate(i.nature(), 16),
                                truncate(i.direction(), 16),
                                truncate(i.targetValue(), 200),
                                truncate(i.actualValue(), 200),
                                truncate(i.measureUnit(), 32),
                                i.weight(),
                                i.score(),
                                i.deviationReason()));
            }
            indicators.saveAll(rows);
        }
    }

    /** Inserts rows (and their amounts) into a table, numbering them from {@code firstPosition}. */
    public void storeRows(
            DisclosureTable table, List<DisclosureContent.Row> rows, int firstPosition) {
        List<LineItem> items = new ArrayList<>();
        int rowPosition = firstPosition;
        for (DisclosureContent.Row r : rows) {
            LineItem.RowKind rowKind = r.kind();
            items.add(
                    new LineItem(
                            null,
                            table.id(),
                            rowPosition++,
                            rowKind,
                            r.side(),
                            r.code(),
                            LineItem.levelOf(rowKind, r.code()),
                            truncate(r.name() == null ? "" : r.name(), 200),
                            r.lineNo()));
        }
        List<LineItem> savedItems = new ArrayList<>();
        lineItems.saveAll(items).forEach(savedItems::add);
        List<LineAmount> amountRows = new ArrayList<>();
        for (int i = 0; i < savedItems.size(); i++) {
            for (Map.Entry<String, BigDecimal> a : rows.get(i).amounts().entrySet()) {
                if (a.getValue() != null) {
                    amountRows.add(LineAmount.of(savedItems.get(i).id(), a.getKey(), a.getValue()));
                }
            }
        }
        amounts.saveAll(amountRows);
    }

    /**
     * Column limits are generous; a longer value from a broken document is cut rather than failing
     * the import.
     */
    public static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
