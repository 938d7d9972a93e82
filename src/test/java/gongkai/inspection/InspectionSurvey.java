package gongkai.inspection;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureKind;
import gongkai.importer.DisclosureParser;
import gongkai.importer.ImportInspection;
import gongkai.importer.ParseResult;
import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentReaders;
import java.util.List;

/** Reads a document the way an import does and runs the checks over it (test helper). */
final class InspectionSurvey {

    private static final Inspector INSPECTOR = new Inspector(CodeList.standard());

    private InspectionSurvey() {}

    /**
     * A budget read the way an import reads it: the real readers, the parser (which tells the
     * budget by its titles) and the checks over what it parsed; fails unless the parser took the
     * document for a budget of {@code unit} and {@code year}.
     */
    static List<ProofFinding> budgetFindings(byte[] bytes, String name, String unit, int year) {
        DocumentReader.Result text = new DocumentReaders().read(bytes, name);
        if (!text.ok()) {
            throw new IllegalStateException(text.error());
        }
        ParseResult parsed = new DisclosureParser().parse(text.text());
        DisclosureContent d = parsed.disclosure();
        if (d == null
                || d.kind() != DisclosureKind.BUDGET
                || !unit.equals(d.unitName())
                || d.fiscalYear() == null
                || d.fiscalYear() != year) {
            throw new IllegalStateException(
                    "not parsed as the budget of "
                            + unit
                            + " "
                            + year
                            + ":\n"
                            + parsed.report().toText());
        }
        return INSPECTOR.inspect(
                ProofInputs.of(d, d.kind().name(), ImportInspection.source(text.text())));
    }

    static List<ProofFinding> findings(byte[] bytes, String name) {
        DocumentReader.Result text = new DocumentReaders().read(bytes, name);
        if (!text.ok()) {
            throw new IllegalStateException(text.error());
        }
        ParseResult parsed = new DisclosureParser().parse(text.text());
        if (parsed.disclosure() == null) {
            return null; // refused by the importer (e.g. an unfilled template)
        }
        return INSPECTOR.inspect(
                ProofInputs.of(
                        parsed.disclosure(),
                        parsed.disclosure().kind().name(),
                        ImportInspection.source(text.text())));
    }
}
