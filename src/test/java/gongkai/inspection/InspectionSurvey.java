package gongkai.inspection;

import gongkai.classification.CodeList;
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
                ProofInputs.of(parsed.disclosure(), null, ImportInspection.source(text.text())));
    }
}
