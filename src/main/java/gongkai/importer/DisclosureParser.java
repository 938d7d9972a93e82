package gongkai.importer;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * TableChecks}.
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

    /** Reads the bytes as text (see {@link TextDocumentReader}) and parses them. */
    public ParseResult parse(byte[] bytes, String fileName) {
        DocumentReader.Result read = new TextDocumentReader().read(bytes, fileName);
        if (!read.ok()) {
            ImportReport.Builder report = new ImportReport.Builder(fileName);
            report.error(null, read.error());
            return new ParseResult(null, report.build(null));
        }
        return parse(read.text());
    }

    public ParseResult parse(DocumentText text) {
        String source = text == null ? null : text.sourceName();
        ImportReport.Builder report = new ImportReport.Builder(source);
        try {
            if (text == null || text.lines().stream().allMatch(String::isBlank)) {
                report.error(null, "文件没有任何文字内容");
                return new ParseResult(null, report.build(null));
            }
            DisclosureContent parsed = new Run(text.lines(), codes, report).parse();
            return new ParseResult(report.hasErrors() ? null : parsed, report.build(parsed));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Parsing {} failed unexpectedly", source, e);
            ImportReport.Builder failed = new ImportReport.Builder(source);
            failed.error(null, "解析时发生意外错误（" + e.getClass().getSimpleName() + "），文件未导入，请联系管理员");
            return new ParseResult(null, failed.build(null));
        }
    }

    /** One parse: the state of a single document. */
    private static final class Run {
        private final List<String> lines;
        private final CodeList codes;
        private final ImportReport.Builder report;

        Run(List<String> lines, CodeList codes, ImportReport.Builder report) {
            this.lines = lines;
            this.codes = codes;
            this.report = report;
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
            Outline outline = new Outline(report);
            for (int i = 0; i < n; ) {
                if (skip[i] || header.consumed()[i]) {
                    i++;
                    continue;
                }
                String line = lines.get(i);
                if (PerformanceParser.isPerformanceTableStart(line)) {
                    PerformanceParser.Block block = performanceBlock(i);
                    if (block != null && block.project() != null) {
                        tableProjects.add(block.project());
                    }
                    i = block == null ? i + 1 : Math.max(block.end(), i + 1);
                    continue;
                }
                int titleAt = TableTitles.isNumberLabel(line) ? nextContent(i + 1, skip, 2) : i;
                StandardTable kind = titleAt >= 0 ? TableTitles.match(lines.get(titleAt)) : null;
                if (kind != null) {
                    TableBlock block = TableBlockReader.read(lines, titleAt, kind, skip);
                    if (block != null) {
                        blocks.add(block);
                        i = block.end();
                        continue;
                    }
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
            List<DisclosureContent.Table> tables = tables(blocks);
            MoneyUnit sourceUnit = majority(tables, narrativeUnit);

            List<DisclosureContent.Row> proseRows = new ArrayList<>();
            List<DisclosureContent.Project> proseProjects = new ArrayList<>();
            for (DisclosureContent.Section s : sections) {
                proseRows.addAll(
                        isolated(
                                () -> ProseParser.lineItems(s, codes, report),
                                s.line(),
                                "正文中的支出项目"));
                proseProjects.addAll(
                        isolated(() -> ProseParser.projects(s, report), s.line(), "正文中的项目绩效自评"));
            }
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
                projects =
                        new ArrayList<>(tableProjects); // merge failed: keep what the tables said
                projects.addAll(proseProjects);
            }

            identity(header);
            return new DisclosureContent(
                    header.unitName(),
                    header.fiscalYear(),
                    header.people(),
                    sourceUnit,
                    sections,
                    List.copyOf(tables),
                    List.copyOf(projects));
        }

        /**
         * A performance table: a failure there loses that table (reported), not the document. The
         * block is skipped up to the next line that does not belong to a one-cell-per-line table.
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
        private <T> List<T> isolated(
                java.util.function.Supplier<List<T>> extraction, Integer line, String what) {
            try {
                List<T> result = extraction.get();
                return result == null ? List.of() : result;
            } catch (RuntimeException e) {
                report.warn(line, what + "无法解析（" + e.getClass().getSimpleName() + "），已跳过");
                return List.of();
            }
        }

        /**
         * The cover ends where the outline starts: at the contents or the first heading or table
         * title.
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

        private int nextContent(int from, boolean[] skip, int within) {
            for (int i = from; i < lines.size() && i <= from + within; i++) {
                if (!skip[i] && !lines.get(i).isBlank()) {
                    return i;
                }
            }
            return -1;
        }

        private List<DisclosureContent.Table> tables(List<TableBlock> blocks) {
            List<DisclosureContent.Table> tables = new ArrayList<>();
            List<MoneyUnit> stated =
                    blocks.stream().map(TableBlock::statedUnit).filter(u -> u != null).toList();
            Map<MoneyUnit, Integer> statedCounts = MoneyUnits.count(stated);
            List<BigDecimal> narrativeWan = MoneyUnits.narrativeWan(lines);
            Map<String, List<String>> inferred = new java.util.LinkedHashMap<>();
            Integer firstInferredLine = null;
            for (TableBlock b : blocks) {
                MoneyUnit unit = b.statedUnit();
                if (unit == null) {
                    MoneyUnits.Decision d =
                            MoneyUnits.infer(rawAmounts(b), statedCounts, narrativeWan);
                    unit = d.unit();
                    if (!b.rows().isEmpty()) {
                        inferred.computeIfAbsent(d.unit().label(), k -> new ArrayList<>())
                                .add(b.kind().label() + "（" + d.reason() + "）");
                        firstInferredLine =
                                firstInferredLine == null ? b.line() + 1 : firstInferredLine;
                    }
                }
                List<DisclosureContent.Row> rows = new ArrayList<>();
                for (RowBuilder rb : rowsOf(b)) {
                    rows.add(rb.build(unit, report));
                }
                if (rows.isEmpty() && b.note() == null) {
                    report.warn(b.line() + 1, b.kind().label() + b.kind().title() + "没有可识别的数据行");
                }
                DisclosureContent.Table table =
                        new DisclosureContent.Table(
                                b.kind(),
                                b.title(),
                                unit,
                                b.note(),
                                List.copyOf(rows),
                                b.line() + 1);
                TableChecks.check(table, report);
                tables.add(table);
            }
            for (Map.Entry<String, List<String>> e : inferred.entrySet()) {
                report.warn(
                        firstInferredLine,
                        "以下表格未注明金额单位，已推定为" + e.getKey() + "，请核对：" + String.join("；", e.getValue()));
            }
            return tables;
        }

        private List<RowBuilder> rowsOf(TableBlock b) {
            return switch (b.kind()) {
                case G01, G04 -> TwoSidedTableParser.parse(b, codes, report);
                case G06 -> BasicDetailTableParser.parse(b, codes, report);
                case G09 -> ThreePublicTableParser.parse(b, report);
                case G10 -> StatisticsTableParser.parse(b, report);
                default -> CodeTableParser.parse(b, codes, report);
            };
        }

        /**
         * The numbers printed in a table (for unit inference), 行次 and column numbers included:
         * harmless, they are small.
         */
        private static List<BigDecimal> rawAmounts(TableBlock b) {
            List<BigDecimal> amounts = new ArrayList<>();
            for (TableBlock.GridRow r : b.rows()) {
                for (String c : r.cells()) {
                    Amounts.Amount a = Amounts.parse(c);
                    if (a != null) {
                        amounts.add(a.value());
                    }
                }
            }
            return amounts;
        }

        /** The unit most tables used; without tables, the narrative's. */
        private static MoneyUnit majority(
                List<DisclosureContent.Table> tables, MoneyUnit narrativeUnit) {
            Map<MoneyUnit, Long> counts =
                    tables.stream()
                            .filter(t -> !t.rows().isEmpty())
                            .collect(
                                    Collectors.groupingBy(
                                            DisclosureContent.Table::sourceMoneyUnit,
                                            Collectors.counting()));
            return counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(narrativeUnit);
        }

        private void identity(HeaderFields.Found header) {
            if (header.unitName() == null) {
                report.error(null, "未能识别单位名称：请在文件开头注明“单位名称：…”");
            } else if (header.bodyName() != null
                    && !"正文".equals(header.unitNameSource())
                    && !Codes.sameName(header.bodyName(), header.unitName())) {
                report.warn(
                        null,
                        "封面单位名称「" + header.unitName() + "」与正文中的「" + header.bodyName() + "」不一致");
            }
            if (header.fiscalYear() == null) {
                report.error(null, "未能识别决算年度：请在文件开头注明如“2023年度”");
            }
        }
    }
}
