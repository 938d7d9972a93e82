package gongkai.opendata;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureFigures;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one disclosure for each bulk file, their values in the order of {@link Fields}.
 * Values are as the read API gives them (amounts in 元, exact; text as printed); an absent value is
 * null (an empty CSV cell, JSON null).
 */
final class DocumentRows {

    private final DisclosureDocument d;
    private final List<Object> key;

    DocumentRows(DisclosureDocument d, String regionLevel) {
        this.d = d;
        this.key =
                Arrays.asList(
                        d.id(),
                        d.unit().id(),
                        d.unit().name(),
                        d.unit().region().code(),
                        String.join(" / ", d.unit().region().path()),
                        regionLevel,
                        d.fiscalYear(),
                        d.kind().name(),
                        d.revision(),
                        d.status().name());
    }

    List<List<Object>> rows(Dataset dataset) {
        return switch (dataset) {
            case LINE_ITEMS -> lineItems();
            case DISCLOSURES -> List.of(disclosure());
            case PROJECTS -> projects();
            case INDICATORS -> indicators();
            case SECTIONS -> sections();
        };
    }

    /** One record per stored amount, in table and row order, columns in the table's order. */
    private List<List<Object>> lineItems() {
        List<List<Object>> rows = new ArrayList<>();
        for (DisclosureDocument.TableView t : d.tables()) {
            for (DisclosureDocument.RowView r : t.rows()) {
                for (StandardTable.Column c : t.columns()) {
                    BigDecimal amount = r.amounts().get(c.key());
                    if (amount != null) {
                        rows.add(
                                row(
                                        t.code(),
                                        t.kind().name(),
                                        t.title(),
                                        r.side() == null ? null : r.side().name(),
                                        r.kind().name(),
                                        r.lineNo(),
                                        r.code(),
                                        r.level(),
                                        r.name(),
                                        c.key(),
                                        c.label(),
                                        amount));
                    }
                }
                // amounts under a key the table does not list (none today) must not vanish
                for (var e : r.amounts().entrySet()) {
                    if (t.columns().stream().noneMatch(c -> c.key().equals(e.getKey()))) {
                        rows.add(
                                row(
                                        t.code(),
                                        t.kind().name(),
                                        t.title(),
                                        r.side() == null ? null : r.side().name(),
                                        r.kind().name(),
                                        r.lineNo(),
                                        r.code(),
                                        r.level(),
                                        r.name(),
                                        e.getKey(),
                                        e.getKey(),
                                        e.getValue()));
                    }
                }
            }
        }
        return rows;
    }

    /** How many amounts the disclosure has: its records in line-items. */
    int amountCount() {
        return d.tables().stream()
                .flatMap(t -> t.rows().stream())
                .mapToInt(r -> r.amounts().size())
                .sum();
    }

    private List<Object> disclosure() {
        DisclosureFigures.Headline h = DisclosureFigures.headline(d);
        return row(
                d.publishedAt() == null ? null : d.publishedAt().toString(),
                d.sourceMoneyUnit() == null ? null : d.sourceMoneyUnit().name(),
                d.correctionNote() == null || d.correctionNote().isBlank()
                        ? null
                        : d.correctionNote(),
                h.income(),
                h.expense(),
                h.basic(),
                h.project(),
                h.threePublic(),
                d.tables().size(),
                amountCount(),
                d.projects().size(),
                d.sections().size(),
                "/disclosures/" + d.id());
    }

    private List<List<Object>> projects() {
        List<List<Object>> rows = new ArrayList<>();
        int no = 0;
        for (DisclosureDocument.ProjectView p : d.projects()) {
            no++;
            rows.add(
                    row(
                            no,
                            p.kind().name(),
                            p.name(),
                            p.department(),
                            p.implementer(),
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
        }
        return rows;
    }

    private List<List<Object>> indicators() {
        List<List<Object>> rows = new ArrayList<>();
        int no = 0;
        for (DisclosureDocument.ProjectView p : d.projects()) {
            no++;
            int i = 0;
            for (PerformanceIndicator ind : p.indicators()) {
                i++;
                rows.add(
                        row(
                                no,
                                p.name(),
                                i,
                                ind.level1(),
                                ind.level2(),
                                ind.name(),
                                ind.nature(),
                                ind.direction(),
                                ind.targetValue(),
                                ind.actualValue(),
                                ind.measureUnit(),
                                ind.weight(),
                                ind.score(),
                                ind.deviationReason()));
            }
        }
        return rows;
    }

    private List<List<Object>> sections() {
        List<List<Object>> rows = new ArrayList<>();
        int no = 0;
        for (DisclosureDocument.SectionView s : d.sections()) {
            rows.add(row(++no, s.key(), s.title(), s.body()));
        }
        return rows;
    }

    private List<Object> row(Object... values) {
        List<Object> all = new ArrayList<>(key.size() + values.length);
        all.addAll(key);
        all.addAll(Arrays.asList(values));
        return all;
    }
}
