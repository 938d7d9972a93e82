package gongkai.validation;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.PerformanceProject;
import java.util.List;
import java.util.Objects;

/**
 * A parsed, not yet stored disclosure as the checks read it, so that an import (or its preview)
 * reports the findings before anything is saved. Only what the rules read is carried over.
 */
final class ContentDocument {

    private ContentDocument() {}

    static DisclosureDocument of(DisclosureContent c) {
        List<DisclosureDocument.SectionView> sections =
                list(c.sections()).stream()
                        .map(s -> new DisclosureDocument.SectionView(s.key(), s.title(), s.body()))
                        .toList();
        List<DisclosureDocument.TableView> tables =
                list(c.tables()).stream()
                        .filter(t -> t.kind() != null)
                        .map(
                                t ->
                                        new DisclosureDocument.TableView(
                                                t.kind().label(),
                                                t.kind(),
                                                t.title(),
                                                t.sourceMoneyUnit(),
                                                t.note(),
                                                t.kind().columns(c.kind()),
                                                list(t.rows()).stream()
                                                        .map(
                                                                r ->
                                                                        new DisclosureDocument
                                                                                .RowView(
                                                                                r.code(),
                                                                                r.name(),
                                                                                r.kind(),
                                                                                r.side(),
                                                                                null,
                                                                                r.lineNo(),
                                                                                r.amounts()))
                                                        .toList()))
                        .toList();
        List<DisclosureDocument.ProjectView> projects =
                list(c.projects()).stream().map(ContentDocument::project).toList();
        return new DisclosureDocument(
                0,
                new DisclosureDocument.UnitRef(0, c.unitName(), null, null),
                c.fiscalYear() == null ? 0 : c.fiscalYear(),
                c.kind(),
                DisclosureStatus.DRAFT,
                0,
                null,
                new Disclosure.Profile(null, null, null, null, null, null),
                c.sourceMoneyUnit(),
                null,
                sections,
                tables,
                projects);
    }

    private static DisclosureDocument.ProjectView project(DisclosureContent.Project p) {
        return new DisclosureDocument.ProjectView(
                p.overall() ? PerformanceProject.Kind.OVERALL : PerformanceProject.Kind.PROJECT,
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
                List.of());
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }
}
