package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public disclosure page's view model: everything already formatted for display (amounts in
 * 万元 or 元 with thousands separators, codes indented by level), so the template only lays it out.
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
        List<Download> downloads) {

    @Serdeable
    public record Labelled(String label, String value) {
    }

    @Serdeable
    public record TocEntry(String anchor, String title) {
    }

    @Serdeable
    public record SectionBlock(String anchor, String title, List<String> paragraphs) {
    }

    @Serdeable
    public record TableBlock(String anchor, String label, String title, @Nullable String note, List<String> columns,
                             List<RowLine> rows, String csvHref) {
    }

    /** {@code level} 0 for named rows, 1–3 for 类/款/项 (used to indent). */
    @Serdeable
    public record RowLine(@Nullable String code, String name, int level, boolean total, List<String> cells) {
    }

    @Serdeable
    public record ProjectBlock(String anchor, String name, String kindLabel, List<Labelled> facts,
                               @Nullable String goalPlanned, @Nullable String goalActual, @Nullable String summary,
                               List<IndicatorLine> indicators, @Nullable String similarHref) {
    }

    @Serdeable
    public record IndicatorLine(String level1, String level2, String name, String direction, String target,
                                String actual, String unit, String weight, String score, String deviation) {
    }

    @Serdeable
    public record RevisionLink(int revision, String statusLabel, @Nullable String publishedAt, String href, boolean current,
                               @Nullable String correctionNote) {
    }

    /** A download of this disclosure: what it is, where, and in which format. */
    @Serdeable
    public record Download(String label, String href, String format, String description) {
    }

    /** How amounts are shown: 万元 (default, as the printed reports) or 元 (as stored). */
    public enum Display {
        WAN_YUAN("万元", new BigDecimal(10_000)), YUAN("元", BigDecimal.ONE);

        private final String label;
        private final BigDecimal divisor;

        Display(String label, BigDecimal divisor) {
            this.label = label;
            this.divisor = divisor;
        }

        public String label() {
            return label;
        }

        /** 1234567.80 元 → "123.46" (万元) or "1,234,567.80" (元). */
        public String format(@Nullable BigDecimal yuan) {
            if (yuan == null) {
                return "";
            }
            DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return f.format(yuan.divide(divisor, 2, RoundingMode.HALF_UP));
        }
    }

    static List<String> cells(List<StandardTable.Column> columns, Map<String, BigDecimal> amounts, Display display) {
        List<String> cells = new ArrayList<>();
        for (StandardTable.Column c : columns) {
            cells.add(display.format(amounts.get(c.key())));
        }
        return cells;
    }
}
