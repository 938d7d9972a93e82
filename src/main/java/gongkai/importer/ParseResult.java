package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.report.ImportReport;

/**
 * The parser's answer: the disclosure (null when the document could not be understood) and the
 * report.
 */
public record ParseResult(DisclosureContent disclosure, ImportReport report) {

    public boolean ok() {
        return disclosure != null && !report.failed();
    }
}
