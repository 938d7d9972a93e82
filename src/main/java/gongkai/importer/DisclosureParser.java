package gongkai.importer;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.importer.layout.HeaderFields;
import gongkai.importer.layout.Outline;
import gongkai.importer.layout.PageFurniture;
import gongkai.importer.layout.TableOfContents;
import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentReaders;
import gongkai.importer.read.DocumentText;
import gongkai.importer.report.ImportReport;
import gongkai.importer.tables.TableAssembler;
import gongkai.importer.tables.TableBlockReader;
import gongkai.importer.tables.TableChecks;
import gongkai.importer.text.Placeholders;
import gongkai.importer.text.TableTitles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Understands one disclosure given as lines of text: who and which year, the narrative sections,
 * the standard tables (公开01–10 and the project detail table) with every amount in 元, and the
 * performance self-evaluations. Stateless and thread-safe; never throws: whatever goes wrong ends
 * up as an error in the report.
 *
 * <p>The work is split over small recognisers: {@link PageFurniture} (watermarks, page numbers),
 * {@link TableOfContents}, {@link HeaderFields}, {@link TableTitles} + {@link TableBlockReader}
 * (cut tables out) and one parser per table layout, {@link Outline} (sections), {@link
 * TableChecks}; {@link ParseRun} drives them over one document, {@link TableAssembler} builds its
 * tables.
 */
public final class DisclosureParser {

    private static final Logger LOG = LoggerFactory.getLogger(DisclosureParser.class);

    private final CodeList codes;

    public DisclosureParser() {
        this(CodeList.standard());
    }

    public DisclosureParser(CodeList codes) {
        this.codes = codes;
    }

    /** Reads the bytes as text (see {@link DocumentReaders}) and parses them. */
    public ParseResult parse(byte[] bytes, String fileName) {
        DocumentReader.Result read = new DocumentReaders().read(bytes, fileName);
        if (!read.ok()) {
            ImportReport.Builder report = new ImportReport.Builder(fileName);
            report.error(null, read.error());
            return new ParseResult(null, report.build(null));
        }
        return parse(read.text());
    }

    public ParseResult parse(DocumentText text) {
        return parse(text, ImportDefaults.NONE);
    }

    /** Parses, taking unit and year from {@code defaults} where the document does not say. */
    public ParseResult parse(DocumentText text, ImportDefaults defaults) {
        String source = text == null ? null : text.sourceName();
        ImportReport.Builder report = new ImportReport.Builder(source);
        try {
            if (text == null || text.lines().stream().allMatch(String::isBlank)) {
                report.error(null, "文件没有任何文字内容");
                return new ParseResult(null, report.build(null));
            }
            String template = Placeholders.refusal(text.lines());
            if (template != null) {
                report.error(null, template);
                return new ParseResult(null, report.build(null));
            }
            DisclosureContent parsed = new ParseRun(text.lines(), codes, report, defaults).parse();
            return new ParseResult(report.hasErrors() ? null : parsed, report.build(parsed));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Parsing {} failed unexpectedly", source, e);
            ImportReport.Builder failed = new ImportReport.Builder(source);
            failed.error(null, "解析时发生意外错误（" + e.getClass().getSimpleName() + "），文件未导入，请联系管理员");
            return new ParseResult(null, failed.build(null));
        }
    }
}
