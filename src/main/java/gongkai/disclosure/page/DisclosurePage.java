package gongkai.disclosure.page;

import gongkai.disclosure.Charts;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public disclosure page's view model: everything already formatted for display (amounts in 万元
 * or 元 with thousands separators, codes indented by level), so the template only lays it out.
 */
@Serdeable
public record DisclosurePage(
        long id,
        String heading,
        long unitId,
        String unitName,
        String regionPath,
        int fiscalYear,
        String statusLabel,
        boolean superseded,
        @Nullable Long currentId,
        @Nullable String correctionNote,
        int revision,
        @Nullable String publishedAt,
        @Nullable String reportDate,
        SummaryCard summary,
        List<Labelled> profile,
        String moneyUnitLabel,
        @Nullable String sourceMoneyUnitLabel,
        String otherUnitHref,
        String otherUnitLabel,
        List<TocEntry> toc,
        List<SectionBlock> sections,
        List<TableBlock> tables,
        List<ProjectBlock> projects,
        List<RevisionLink> revisions,
        List<Charts.Block> charts,
        String chartJson,
        List<Download> downloads,
        ChecksPanel checks) {

    /**
     * The 勾稽检查 panel: what the consistency checks cover and what disagrees in this report; {@code
     * summary} says it in one sentence.
     */
    @Serdeable
    public record ChecksPanel(String summary, List<String> rules, List<FindingLine> findings) {}

    /** One finding: 错误/需说明/提示, its rule id and the message naming both numbers. */
    @Serdeable
    public record FindingLine(String severityLabel, String severity, String rule, String message) {}

    @Serdeable
    public record Labelled(String label, String value) {}

    @Serdeable
    public record TocEntry(String anchor, String title) {}

    /** {@code title} null for the text before a document's first heading (no contents entry). */
    @Serdeable
    public record SectionBlock(String anchor, @Nullable String title, List<TextBlock> blocks) {}

    /**
     * A paragraph ({@code text}) or a small table printed in the narrative ({@code header}, {@code
     * rows}).
     */
    @Serdeable
    public record TextBlock(@Nullable String text, List<String> header, List<List<String>> rows) {}

    /**
     * The card at the top of the page: headline figures, the three largest 项 and the checks'
     * verdict; {@code checkLevel} is ok, warning or error.
     */
    @Serdeable
    public record SummaryCard(
            List<Figure> figures,
            List<LargestItem> largest,
            @Nullable String largestSource,
            String checkStatus,
            String checkLevel) {}

    /**
     * One figure; {@code value} formatted with its unit, "未公开" ({@code missing}) without a table.
     */
    @Serdeable
    public record Figure(String label, String value, boolean missing) {}

    /** A 项 of the functional classification with its share of 支出合计. */
    @Serdeable
    public record LargestItem(String code, String name, String amount, @Nullable String share) {}

    @Serdeable
    public record TableBlock(
            String anchor,
            String label,
            String title,
            @Nullable String note,
            List<String> columns,
            List<RowLine> rows,
            String csvHref) {}

    /** {@code level} 0 for named rows, 1–3 for 类/款/项 (used to indent). */
    @Serdeable
    public record RowLine(
            @Nullable String code, String name, int level, boolean total, List<String> cells) {}

    @Serdeable
    public record ProjectBlock(
            String anchor,
            String name,
            String kindLabel,
            List<Labelled> facts,
            String goalLabel,
            @Nullable String goalPlanned,
            @Nullable String goalActual,
            @Nullable String summary,
            List<IndicatorLine> indicators,
            IndicatorColumns columns,
            @Nullable String similarHref) {}

    /**
     * Which optional indicator columns any indicator of the project fills: a budget's targets have
     * no 实际完成值, 得分 or 偏差原因, and a table of empty columns reads as missing data.
     */
    @Serdeable
    public record IndicatorColumns(
            boolean direction,
            boolean actual,
            boolean unit,
            boolean weight,
            boolean score,
            boolean deviation) {

        static IndicatorColumns of(List<IndicatorLine> lines) {
            return new IndicatorColumns(
                    lines.stream().anyMatch(i -> !i.direction().isBlank()),
                    lines.stream().anyMatch(i -> !i.actual().isBlank()),
                    lines.stream().anyMatch(i -> !i.unit().isBlank()),
                    lines.stream().anyMatch(i -> !i.weight().isBlank()),
                    lines.stream().anyMatch(i -> !i.score().isBlank()),
                    lines.stream().anyMatch(i -> !i.deviation().isBlank()));
        }
    }

    @Serdeable
    public record IndicatorLine(
            String level1,
            String level2,
            String name,
            String direction,
            String target,
            String actual,
            String unit,
            String weight,
            String score,
            String deviation) {}

    @Serdeable
    public record RevisionLink(
            int revision,
            String statusLabel,
            @Nullable String publishedAt,
            String href,
            boolean current,
            @Nullable String correctionNote) {}

    /** A download of this disclosure: what it is, where, and in which format. */
    @Serdeable
    public record Download(String label, String href, String format, String description) {}

    static List<String> cells(
            List<StandardTable.Column> columns,
            Map<String, BigDecimal> amounts,
            MoneyUnit display) {
        List<String> cells = new ArrayList<>();
        for (StandardTable.Column c : columns) {
            cells.add(display.format(amounts.get(c.key())));
        }
        return cells;
    }
}
