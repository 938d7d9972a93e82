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

    /**
     * A document the final-accounts parser does not take (a budget): read by the real readers, its
     * parts split at numbered headings.
     */
    static List<ProofFinding> budgetFindings(byte[] bytes, String name, String unit, int year) {
        DocumentReader.Result text = new DocumentReaders().read(bytes, name);
        if (!text.ok()) {
            throw new IllegalStateException(text.error());
        }
        List<String> lines = text.text().lines();
        List<ProofInput.Part> parts = new java.util.ArrayList<>();
        String title = null;
        int at = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.matches("^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分).*")) {
                if (title != null) {
                    parts.add(new ProofInput.Part(null, title, body.toString(), at));
                }
                title = l.replaceAll("^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)\\s*", "");
                at = i + 1;
                body.setLength(0);
            } else if (title != null) {
                body.append(l).append('\n');
            }
        }
        if (title != null) {
            parts.add(new ProofInput.Part(null, title, body.toString(), at));
        }
        return INSPECTOR.inspect(
                new ProofInput(
                        true, year, unit, parts, List.of(), ImportInspection.source(text.text())));
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
