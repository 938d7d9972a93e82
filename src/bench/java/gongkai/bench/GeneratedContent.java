package gongkai.bench;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import java.util.List;

/**
 * A generated disclosure as the content the portal's write path takes (what the importer hands
 * {@code DisclosureService.storeNewRevision} after parsing a document). The generator builds the
 * document as the catalog reads it back, so the consistency checks and the read-back test compare
 * like with like; this turns it into the service's input, field for field.
 */
final class GeneratedContent {

    private GeneratedContent() {}

    static DisclosureContent of(DisclosureDocument d) {
        var p = d.profile();
        return new DisclosureContent(
                d.unit().name(),
                d.fiscalYear(),
                new DisclosureContent.People(
                        p.headOfUnit(),
                        p.headOfFinance(),
                        p.preparer(),
                        p.reportDate(),
                        p.contactPerson(),
                        p.contactPhone()),
                d.sourceMoneyUnit(),
                d.sections().stream().map(GeneratedContent::section).toList(),
                d.tables().stream().map(GeneratedContent::table).toList(),
                d.projects().stream().map(GeneratedContent::project).toList());
    }

    private static DisclosureContent.Section section(SectionView s) {
        return new DisclosureContent.Section(s.key(), s.title(), s.body(), 0);
    }

    private static DisclosureContent.Table table(TableView t) {
        return new DisclosureContent.Table(
                t.kind(),
                t.title(),
                t.sourceMoneyUnit(),
                t.note(),
                t.rows().stream().map(GeneratedContent::row).toList(),
                0);
    }

    private static DisclosureContent.Row row(RowView r) {
        return new DisclosureContent.Row(
                r.kind(), r.side(), r.code(), r.name(), r.lineNo(), r.amounts(), 0);
    }

    private static DisclosureContent.Project project(ProjectView p) {
        List<DisclosureContent.Indicator> indicators =
                p.indicators().stream().map(GeneratedContent::indicator).toList();
        return new DisclosureContent.Project(
                p.kind() == PerformanceProject.Kind.OVERALL,
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
                p.fromProse(),
                indicators,
                0);
    }

    private static DisclosureContent.Indicator indicator(PerformanceIndicator i) {
        return new DisclosureContent.Indicator(
                i.level1(),
                i.level2(),
                i.name(),
                i.nature(),
                i.direction(),
                i.targetValue(),
                i.actualValue(),
                i.measureUnit(),
                i.weight(),
                i.score(),
                i.deviationReason());
    }
}
