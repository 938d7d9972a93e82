package gongkai.importer;

import gongkai.importer.read.DocumentText;
import gongkai.importer.report.ImportReport;
import gongkai.inspection.InspectionService;
import gongkai.inspection.ProofFinding;
import gongkai.inspection.ProofInputs;
import gongkai.inspection.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands an import to the proofreading checks (gongkai.inspection): the parsed content with the
 * document's lines and, for a PDF, its pages. The findings join the import report as warnings and
 * are kept with the stored revision for the 公开情况检查表.
 */
public final class ImportInspection {

    /** What an import found, for storing with the revision. */
    public record Proof(String sourceName, int pageCount, List<ProofFinding> findings) {}

    private ImportInspection() {}

    public static SourceText source(DocumentText text) {
        DocumentText.PageFacts pages = text.pages();
        if (pages == null) {
            return SourceText.of(text.lines());
        }
        return new SourceText(
                text.lines(),
                pages.pageOfLine(),
                pages.count(),
                pages.unmapped().stream()
                        .map(u -> new SourceText.Glyphless(u.page(), u.line(), u.count()))
                        .toList());
    }

    /** The findings of a parsed document, with the report warning about each. */
    static ParseResult withProof(
            ParseResult parsed, DocumentText text, InspectionService inspection) {
        if (!parsed.ok()) {
            return parsed;
        }
        SourceText source = source(text);
        List<ProofFinding> found =
                inspection.inspect(
                        ProofInputs.of(
                                parsed.disclosure(), parsed.disclosure().kind().name(), source));
        List<ImportReport.Message> warnings = new ArrayList<>();
        for (ProofFinding f : found) {
            warnings.add(
                    new ImportReport.Message(null, "校对检查（" + f.ruleId() + "）：" + f.described()));
        }
        return new ParseResult(
                parsed.disclosure(),
                parsed.report().withWarnings(warnings),
                new Proof(text.sourceName(), source.pageCount(), found));
    }
}
