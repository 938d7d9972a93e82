package gongkai.importer.tables;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.MoneyUnit;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.MoneyUnits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Job: turns the table blocks cut out of a document into tables: each one's money unit (stated or
 * inferred), its rows through the parser of its layout, and its arithmetic checks.
 */
public final class TableAssembler {
    private final List<String> lines;
    private final CodeList codes;
    private final ImportReport.Builder report;

    public TableAssembler(List<String> lines, CodeList codes, ImportReport.Builder report) {
        this.lines = lines;
        this.codes = codes;
        this.report = report;
    }

    public List<DisclosureContent.Table> tables(List<TableBlock> blocks) {
        List<DisclosureContent.Table> tables = new ArrayList<>();
        List<MoneyUnit> stated =
                blocks.stream().map(TableBlock::statedUnit).filter(u -> u != null).toList();
        Map<MoneyUnit, Integer> statedCounts = MoneyUnits.count(stated);
        List<BigDecimal> narrativeWan = MoneyUnits.narrativeWan(lines);
        Map<String, List<String>> inferred = new LinkedHashMap<>();
        Integer firstInferredLine = null;
        for (TableBlock b : blocks) {
            MoneyUnit unit = b.statedUnit();
            if (unit == null) {
                MoneyUnits.Decision d = MoneyUnits.infer(rawAmounts(b), statedCounts, narrativeWan);
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
                            b.kind(), b.title(), unit, b.note(), List.copyOf(rows), b.line() + 1);
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
    public static MoneyUnit majority(
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
}
