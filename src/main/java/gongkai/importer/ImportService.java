package gongkai.importer;

import gongkai.classification.CodeList;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentReaders;
import gongkai.importer.report.ImportReport;
import gongkai.inspection.InspectionService;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.unit.UnitService;
import gongkai.validation.ConsistencyChecker;
import gongkai.validation.Finding;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one document: read its text, parse it, place its unit, and store it as a new revision,
 * all or nothing. Whatever happens, the caller gets a report; nothing escapes as an exception.
 */
@Singleton
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final DisclosureParser parser = new DisclosureParser();
    private final ConsistencyChecker checker = new ConsistencyChecker(CodeList.standard());
    private final DocumentReader reader = new DocumentReaders();
    private final RegionDirectory regions;
    private final UnitService units;
    private final ImportWriter writer;
    private final InspectionService inspection;

    ImportService(
            RegionDirectory regions,
            UnitService units,
            ImportWriter writer,
            InspectionService inspection) {
        this.regions = regions;
        this.units = units;
        this.writer = writer;
        this.inspection = inspection;
    }

    /**
     * @param publish store as PUBLISHED (for documents that are already public) instead of DRAFT
     */
    public ImportReport importDocument(String sourceName, byte[] bytes, boolean publish) {
        return importDocument(sourceName, bytes, publish, null);
    }

    /**
     * @param requiredUnitId when set (a unit editor's upload), the document must be that unit's
     */
    public ImportReport importDocument(
            String sourceName, byte[] bytes, boolean publish, @Nullable Long requiredUnitId) {
        // Where the document does not name its unit, it is the importing editor's.
        ImportDefaults defaults =
                requiredUnitId == null
                        ? ImportDefaults.NONE
                        : units.byId(requiredUnitId)
                                .map(u -> new ImportDefaults(u.name(), null, "导入人所在单位"))
                                .orElse(ImportDefaults.NONE);
        return importDocument(sourceName, bytes, publish, requiredUnitId, defaults);
    }

    /**
     * @param defaults unit and year where the document does not say (command line --unit/--year)
     */
    public ImportReport importDocument(
            String sourceName,
            byte[] bytes,
            boolean publish,
            @Nullable Long requiredUnitId,
            ImportDefaults defaults) {
        return store(parse(sourceName, bytes, defaults), publish, requiredUnitId);
    }

    /**
     * Stores what {@link #parse(String, byte[], ImportDefaults)} understood (parsing may run on
     * many threads; storing is one transaction per document).
     */
    public ImportReport store(ParseResult parsed, boolean publish, @Nullable Long requiredUnitId) {
        String sourceName = parsed.report().source();
        if (!parsed.ok()) {
            return parsed.report();
        }
        DisclosureContent disclosure = parsed.disclosure();
        Optional<Region> region = regions.locate(disclosure.unitName());
        if (region.isEmpty()) {
            return withError(
                    parsed.report(), "无法从单位名称“" + disclosure.unitName() + "”确定其所在行政区划，未导入。");
        }
        if (requiredUnitId != null
                && units.byId(requiredUnitId)
                        .filter(
                                u ->
                                        u.name().equals(disclosure.unitName())
                                                && u.regionCode().equals(region.get().code()))
                        .isEmpty()) {
            return withError(parsed.report(), "文档的单位“" + disclosure.unitName() + "”不是您所在的单位，未导入。");
        }
        ImportReport report = parsed.report();
        List<ImportReport.TableEntry> unread = report.unreadTables();
        DisclosureStatus status = publish ? DisclosureStatus.PUBLISHED : DisclosureStatus.DRAFT;
        if (publish && !unread.isEmpty()) {
            // A table present but not read stops a publish until staff confirm it.
            status = DisclosureStatus.DRAFT;
            report =
                    report.withWarning(
                            "有 " + unread.size() + " 张表格未读取，未直接公开：已存为草稿，须由工作人员在该报告的页面确认后再公开。");
        }
        try {
            Disclosure stored =
                    writer.store(region.get().code(), disclosure, status, unread, parsed.proof());
            return report.stored(stored.id(), stored.status().name());
        } catch (RuntimeException e) {
            LOG.error("Storing {} failed", sourceName, e);
            return withError(parsed.report(), "保存到数据库失败，未导入任何内容：" + e.getClass().getSimpleName());
        }
    }

    /** Reads and parses without storing: the report of what an import would understand. */
    public ParseResult parse(String sourceName, byte[] bytes) {
        return parse(sourceName, bytes, ImportDefaults.NONE);
    }

    /** Reads and parses without storing; thread-safe. */
    public ParseResult parse(String sourceName, byte[] bytes, ImportDefaults defaults) {
        try {
            DocumentReader.Result text = reader.read(bytes, sourceName);
            if (!text.ok()) {
                return new ParseResult(
                        null,
                        new ImportReport.Builder(sourceName).error(null, text.error()).build(null));
            }
            // The same limits as the section form, checked before anything is stored.
            return ImportInspection.withProof(
                    withFindings(SectionLimits.check(parser.parse(text.text(), defaults))),
                    text.text(),
                    inspection);
        } catch (RuntimeException e) {
            LOG.error("Parsing {} failed unexpectedly", sourceName, e);
            ImportReport report =
                    new ImportReport.Builder(sourceName)
                            .error(null, "文档无法解析：" + e.getClass().getSimpleName())
                            .build(null);
            return new ParseResult(null, report);
        }
    }

    /**
     * The consistency findings (勾稽关系) of a parsed document, as warnings of its report: staff see
     * them on every import and preview, before publishing. They never make an import fail.
     */
    private ParseResult withFindings(ParseResult parsed) {
        if (!parsed.ok()) {
            return parsed;
        }
        List<ImportReport.Message> warnings = new ArrayList<>();
        for (Finding f : checker.check(parsed.disclosure())) {
            warnings.add(
                    new ImportReport.Message(
                            null,
                            "勾稽检查"
                                    + switch (f.severity()) {
                                        case ERROR -> "（错误，";
                                        case WARNING -> "（需说明，";
                                        case INFO -> "（提示，";
                                    }
                                    + f.ruleId()
                                    + "）："
                                    + f.message()));
        }
        return new ParseResult(parsed.disclosure(), parsed.report().withWarnings(warnings));
    }

    private static ImportReport withError(ImportReport report, String message) {
        return report.withError(message);
    }
}
