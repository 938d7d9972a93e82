package gongkai.importer;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.importer.layout.HeaderFields;
import gongkai.importer.layout.Outline;
import gongkai.importer.layout.PageFurniture;
import gongkai.importer.layout.TableOfContents;
import gongkai.importer.performance.PerformanceParser;
import gongkai.importer.performance.TargetInventory;
import gongkai.importer.prose.ProseParser;
import gongkai.importer.report.ImportReport;
import gongkai.importer.tables.Codes;
import gongkai.importer.tables.TableAssembler;
import gongkai.importer.tables.TableBlock;
import gongkai.importer.tables.TableBlockReader;
import gongkai.importer.tables.TableInventory;
import gongkai.importer.text.Headings;
import gongkai.importer.text.MoneyUnits;
import gongkai.importer.text.TableTitles;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Job: one parse of one document, walking its lines into header fields, tables, sections and
 * projects (the state of a single {@link DisclosureParser} call).
 */
final class ParseRun {
    private final List<String> lines;
    private final CodeList codes;
    private final ImportReport.Builder report;
    private final ImportDefaults defaults;

    /** The report lines of the budget's 绩效目标表, found while walking the lines. */
    private final List<ImportReport.TableEntry> targets = new ArrayList<>();

    ParseRun(
            List<String> lines,
            CodeList codes,
            ImportReport.Builder report,
            ImportDefaults defaults) {
        this.lines = lines;
        this.codes = codes;
        this.report = report;
        this.defaults = defaults;
    }

    DisclosureContent parse() {
        int n = lines.size();
        boolean[] furniture = PageFurniture.find(lines);
        boolean[] toc = new boolean[n];
        int tocStart = TableOfContents.mark(lines, furniture, toc);
        boolean[] skip = new boolean[n];
        for (int i = 0; i < n; i++) {
            skip[i] = furniture[i] || toc[i];
        }
        HeaderFields.Found header = HeaderFields.find(lines, coverEnd(tocStart, skip), skip);

        List<TableBlock> blocks = new ArrayList<>();
        List<DisclosureContent.Project> tableProjects = new ArrayList<>();
        List<AmountCoverage.Owner> owners = new ArrayList<>();
        List<TableInventory.TitleOnly> titleOnly = new ArrayList<>();
        Outline outline = new Outline(report);
        for (int i = 0; i < n; ) {
            if (skip[i] || header.consumed()[i]) {
                i++;
                continue;
            }
            String line = lines.get(i);
            if (PerformanceParser.titleLines(lines, i) > 0) {
                PerformanceParser.Block block = performanceBlock(i);
                if (block != null) {
                    for (DisclosureContent.Project p : block.projects()) {
                        tableProjects.add(p);
                        owners.add(AmountCoverage.Owner.ofProject(i, block.end(), p));
                    }
                }
                TargetInventory.add(targets, lines, i, block);
                i = block == null ? i + 1 : Math.max(block.end(), i + 1);
                continue;
            }
            int titleAt = TableTitles.isNumberLabel(line) ? nextContent(i + 1, skip, 2) : i;
            StandardTable kind = titleAt >= 0 ? TableTitles.match(lines.get(titleAt)) : null;
            int titleEnd = titleAt;
            if (kind == null && titleAt >= 0) {
                // a long title that the extraction wrapped: "…支出决算" / "表"
                int next = nextContent(titleAt + 1, skip, 1);
                if (next >= 0
                        && isTitlePart(titleAt)
                        && isTitlePart(next)
                        && TableTitles.match(lines.get(next)) == null) {
                    kind = TableTitles.match(lines.get(titleAt) + lines.get(next));
                    titleEnd = next;
                }
            }
            if (kind != null) {
                TableBlock block = TableBlockReader.read(lines, titleAt, titleEnd, kind, skip);
                if (block != null) {
                    blocks.add(block);
                    i = block.end();
                    continue;
                }
                titleOnly.add(new TableInventory.TitleOnly(kind, titleAt));
            }
            outline.accept(i, line);
            DisclosureContent.Section tooLong = outline.overLimit();
            if (tooLong != null) {
                // Stop here: the import is refused anyway, and reading the rest of a 19 MB
                // paste cost seconds.
                report.error(tooLong.line(), SectionLimits.overLimit(tooLong.title(), i + 1));
                return null;
            }
            i++;
        }
        List<DisclosureContent.Section> sections = outline.finish();
        MoneyUnit narrativeUnit = MoneyUnits.narrativeUnit(lines);
        List<DisclosureContent.Table> tables =
                new TableAssembler(lines, codes, report).tables(blocks);
        MoneyUnit sourceUnit = TableAssembler.majority(tables, narrativeUnit);
        DisclosureKind documentKind = DocumentKinds.of(lines, furniture);
        account(blocks, tables, owners, titleOnly, toc, skip, header.consumed(), documentKind);

        List<DisclosureContent.Row> proseRows = new ArrayList<>();
        List<DisclosureContent.Project> proseProjects = new ArrayList<>();
        for (DisclosureContent.Section s : sections) {
            proseRows.addAll(
                    isolated(() -> ProseParser.lineItems(s, codes, report), s.line(), "正文中的支出项目"));
            proseProjects.addAll(
                    isolated(() -> ProseParser.projects(s, report), s.line(), "正文中的项目绩效自评"));
        }
        proseRows.addAll(isolated(() -> ProseParser.threePublic(sections), null, "正文中的“三公”经费"));
        if (!proseRows.isEmpty()) {
            tables.add(
                    new DisclosureContent.Table(
                            StandardTable.PROSE,
                            StandardTable.PROSE.title(),
                            narrativeUnit == null ? MoneyUnit.WAN_YUAN : narrativeUnit,
                            null,
                            List.copyOf(proseRows),
                            proseRows.get(0).line()));
        }
        List<DisclosureContent.Project> projects =
                isolated(() -> ProseParser.merge(tableProjects, proseProjects), null, "项目合并");
        if (projects.isEmpty() && !(tableProjects.isEmpty() && proseProjects.isEmpty())) {
            projects = new ArrayList<>(tableProjects); // merge failed: keep what the tables said
            projects.addAll(proseProjects);
        }

        String unitName =
                header.unitName() == null || header.unitName().isBlank() ? null : header.unitName();
        Integer fiscalYear = header.fiscalYear();
        if (unitName == null && defaults.unitName() != null) {
            unitName = defaults.unitName();
            report.warn(null, "文档中没有注明单位名称，按" + defaults.source() + "「" + unitName + "」导入");
        }
        if (fiscalYear == null && defaults.fiscalYear() != null) {
            fiscalYear = defaults.fiscalYear();
            report.warn(null, "文档中没有注明决算年度，按" + defaults.source() + "的 " + fiscalYear + " 年度导入");
        }
        identity(header, unitName, fiscalYear);
        if (documentKind == DisclosureKind.BUDGET) {
            tables = BudgetTables.asBudget(tables);
        }
        return new DisclosureContent(
                unitName,
                fiscalYear,
                header.people(),
                sourceUnit,
                sections,
                List.copyOf(tables),
                List.copyOf(projects),
                documentKind);
    }

    /**
     * Bookkeeping for the report: every table the document contains with what became of it, and how
     * many of its figures were stored.
     */
    private void account(
            List<TableBlock> blocks,
            List<DisclosureContent.Table> tables,
            List<AmountCoverage.Owner> owners,
            List<TableInventory.TitleOnly> titleOnly,
            boolean[] toc,
            boolean[] skip,
            boolean[] cover,
            DisclosureKind documentKind) {
        boolean[] notTables = new boolean[lines.size()];
        for (int i = 0; i < notTables.length; i++) {
            notTables[i] = skip[i] || cover[i]; // the cover's fields are not table figures
        }
        for (int b = 0; b < blocks.size(); b++) {
            owners.add(AmountCoverage.Owner.ofTable(blocks.get(b), tables.get(b)));
        }
        AmountCoverage.Result measured = AmountCoverage.measure(lines, notTables, owners);
        List<ImportReport.TableEntry> entries =
                new TableInventory(lines, toc, skip, documentKind == DisclosureKind.BUDGET)
                        .entries(blocks, tables, titleOnly, measured.orphanRows());
        report.inventory(TargetInventory.merge(entries, targets), measured.coverage());
    }

    /**
     * A performance table: a failure there loses that table (reported), not the document. The block
     * is skipped up to the next line that does not belong to a one-cell-per-line table.
     */
    private PerformanceParser.Block performanceBlock(int start) {
        try {
            return PerformanceParser.parse(lines, start, report);
        } catch (RuntimeException e) {
            report.warn(start + 1, "绩效自评表无法解析（" + e.getClass().getSimpleName() + "），已跳过");
            int end = start + 1;
            while (end < lines.size()
                    && (lines.get(end).isBlank() || lines.get(end).startsWith("\t"))) {
                end++;
            }
            return new PerformanceParser.Block(null, end);
        }
    }

    /** Runs a collaborator's extraction; a failure becomes a warning and an empty result. */
    private <T> List<T> isolated(Supplier<List<T>> extraction, Integer line, String what) {
        try {
            List<T> result = extraction.get();
            return result == null ? List.of() : result;
        } catch (RuntimeException e) {
            report.warn(line, what + "无法解析（" + e.getClass().getSimpleName() + "），已跳过");
            return List.of();
        }
    }

    /**
     * The cover ends where the outline starts: at the contents or the first heading or table title.
     */
    private int coverEnd(int tocStart, boolean[] skip) {
        for (int i = 0; i < lines.size(); i++) {
            if (tocStart >= 0 && i >= tocStart) {
                return i;
            }
            if (skip[i]) {
                continue;
            }
            String line = lines.get(i);
            Headings.Heading h = Headings.classify(line);
            if (h != null && h.level() != Headings.Level.L3 && Headings.isTitle(h)
                    || TableTitles.match(line) != null
                    || PerformanceParser.isPerformanceTableStart(line)) {
                return i;
            }
            if (Texts.strip(line).length() > 60) {
                return i; // prose: no cover
            }
        }
        return lines.size();
    }

    /** A short line without cells: may be a piece of a wrapped table title. */
    private boolean isTitlePart(int i) {
        String l = lines.get(i);
        return l.indexOf('\t') < 0 && Texts.strip(l).length() <= 40;
    }

    private int nextContent(int from, boolean[] skip, int within) {
        for (int i = from; i < lines.size() && i <= from + within; i++) {
            if (!skip[i] && !lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private void identity(HeaderFields.Found header, String unitName, Integer fiscalYear) {
        if (unitName == null) {
            report.error(null, "未能识别单位名称：请在文件开头注明“单位名称：…”，或在导入时指定单位（命令行 --unit 单位名称）");
        } else if (header.bodyName() != null
                && !"正文".equals(header.unitNameSource())
                && !Codes.sameName(header.bodyName(), header.unitName())) {
            report.warn(
                    null, "封面单位名称「" + header.unitName() + "」与正文中的「" + header.bodyName() + "」不一致");
        }
        if (fiscalYear == null) {
            report.error(null, "未能识别决算年度：请在文件开头注明如“2023年度”，或在导入时指定年度（命令行 --year 2023）");
        }
    }
}
