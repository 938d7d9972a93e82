package gongkai.importer;

/** The parser's answer: the disclosure (null when the document could not be understood) and the report. */
public record ParseResult(ParsedDisclosure disclosure, ImportReport report) {

    public boolean ok() {
        return disclosure != null && !report.failed();
    }
}
