package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.report.ImportReport;

/**
 * The parser's answer: the disclosure (null when the document could not be understood) and the
 * report; {@code proof} holds the proofreading findings once the import service ran them (else
 * null).
 */
public record ParseResult(
        DisclosureContent disclosure, ImportReport report, ImportInspection.Proof proof) {

    public ParseResult(DisclosureContent disclosure, ImportReport report) {
        this(disclosure, report, null);
    }

    public boolean ok() {
        return disclosure != null && !report.failed();
    }
}
