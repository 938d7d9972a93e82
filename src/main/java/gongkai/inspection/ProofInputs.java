package gongkai.inspection;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.PerformanceProject;
import java.util.ArrayList;
import java.util.List;

/** Builds the checks' input from an imported document or from a stored disclosure. */
public final class ProofInputs {

    private ProofInputs() {}

    /**
     * An import: the parsed content and the source it came from. {@code kindName} is the disclosure
     * kind's name where the importer knows it (null: judged from the cover's words).
     */
    public static ProofInput of(DisclosureContent content, String kindName, SourceText source) {
        List<ProofInput.Part> parts = new ArrayList<>();
        for (DisclosureContent.Section s : content.sections()) {
            parts.add(new ProofInput.Part(s.key(), s.title(), s.body(), s.line()));
        }
        List<String> titles = new ArrayList<>();
        for (DisclosureContent.Table t : content.tables()) {
            titles.add(t.title() == null ? t.kind().title() : t.title());
        }
        String cover = String.join("", source.lines().stream().limit(15).toList());
        boolean budget = ProofInput.isBudget(kindName, cover);
        for (DisclosureContent.Project p :
                budget ? content.projects() : List.<DisclosureContent.Project>of()) {
            titles.add(targetTitle(p.overall(), p.fromProse()));
        }
        return new ProofInput(
                budget,
                content.fiscalYear() == null ? 0 : content.fiscalYear(),
                content.unitName(),
                parts,
                titles,
                source);
    }

    /**
     * The table a budget's performance project was read from: a project read from a table is a
     * 绩效目标表 that was present and read.
     */
    private static String targetTitle(boolean overall, boolean fromProse) {
        return fromProse ? "" : overall ? "部门整体支出绩效目标表" : "项目支出绩效目标表";
    }

    /** A stored disclosure, without its source document. */
    public static ProofInput of(DisclosureDocument d) {
        List<ProofInput.Part> parts = new ArrayList<>();
        for (DisclosureDocument.SectionView s : d.sections()) {
            parts.add(new ProofInput.Part(s.key(), s.title(), s.body(), 0));
        }
        List<String> titles = new ArrayList<>();
        for (DisclosureDocument.TableView t : d.tables()) {
            titles.add(t.title());
            titles.add(t.kind().title());
        }
        boolean budget = ProofInput.isBudget(d.kind().name(), d.kind().label());
        for (DisclosureDocument.ProjectView p :
                budget ? d.projects() : List.<DisclosureDocument.ProjectView>of()) {
            titles.add(targetTitle(p.kind() == PerformanceProject.Kind.OVERALL, p.fromProse()));
        }
        return new ProofInput(
                budget, d.fiscalYear(), d.unit().name(), parts, titles, SourceText.NONE);
    }
}
