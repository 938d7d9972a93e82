package gongkai.disclosure.page;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureFigures;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The card at the top of a report page: the headline figures a reader looks for first (收入合计, 支出合计,
 * 基本/项目支出, 三公经费), the three largest 项 of spending and the result of the consistency checks, so that
 * the answer is on the first screen instead of after the contents and contact details.
 */
final class DisclosureSummaryCard {

    private DisclosureSummaryCard() {}

    static DisclosurePage.SummaryCard of(
            DisclosureDocument d, MoneyUnit display, DisclosurePage.ChecksPanel checks) {
        DisclosureFigures.Headline h = DisclosureFigures.headline(d);
        List<DisclosurePage.Figure> figures = new ArrayList<>();
        figures.add(figure("收入合计", h.income(), display));
        figures.add(figure("支出合计", h.expense(), display));
        figures.add(figure("基本支出", h.basic(), display));
        figures.add(figure("项目支出", h.project(), display));
        figures.add(figure("“三公”经费", h.threePublic(), display));
        if (figures.stream().allMatch(DisclosurePage.Figure::missing)) {
            figures.clear(); // the page then says the report prints no table of these figures
        }
        Optional<Largest> largest = largest(d);
        List<DisclosurePage.LargestItem> items = new ArrayList<>();
        largest.ifPresent(
                l ->
                        l.rows()
                                .forEach(
                                        r ->
                                                items.add(
                                                        new DisclosurePage.LargestItem(
                                                                r.code(),
                                                                r.name(),
                                                                display.formatWithLabel(
                                                                        r.amounts().get(l.key())),
                                                                share(
                                                                        r.amounts().get(l.key()),
                                                                        h.expense())))));
        long errors = checks.findings().stream().filter(f -> "error".equals(f.severity())).count();
        long warnings =
                checks.findings().stream().filter(f -> "warning".equals(f.severity())).count();
        String status;
        String level;
        if (errors > 0) {
            status = "勾稽检查发现 " + errors + " 处数据自相矛盾";
            level = "error";
        } else if (warnings > 0) {
            status = "勾稽检查发现 " + warnings + " 处不一致";
            level = "warning";
        } else {
            status = "勾稽检查通过：表格与文字说明相互一致";
            level = "ok";
        }
        return new DisclosurePage.SummaryCard(
                figures,
                items,
                largest.map(l -> DisclosureFigures.source(l.table())).orElse(null),
                status,
                level);
    }

    private record Largest(
            StandardTable table, String key, List<DisclosureDocument.RowView> rows) {}

    /** The three largest 项 (7-digit functional codes) of 公开03, else of 公开05. */
    private static Optional<Largest> largest(DisclosureDocument d) {
        for (StandardTable kind : List.of(StandardTable.G03, StandardTable.G05)) {
            Optional<DisclosureDocument.TableView> table = DisclosureFigures.table(d, kind);
            if (table.isEmpty()) {
                continue;
            }
            List<DisclosureDocument.RowView> rows =
                    table.get().rows().stream()
                            .filter(
                                    r ->
                                            r.kind() == LineItem.RowKind.FUNCTIONAL
                                                    && r.code() != null
                                                    && r.code().length() == 7
                                                    && r.amounts().get("total") != null
                                                    && r.amounts().get("total").signum() > 0)
                            .sorted(
                                    Comparator.comparing(
                                            (DisclosureDocument.RowView r) ->
                                                    r.amounts().get("total"),
                                            Comparator.reverseOrder()))
                            .limit(3)
                            .toList();
            if (!rows.isEmpty()) {
                return Optional.of(new Largest(kind, "total", rows));
            }
        }
        return Optional.empty();
    }

    private static DisclosurePage.Figure figure(
            String label, @Nullable BigDecimal yuan, MoneyUnit display) {
        return yuan == null
                ? new DisclosurePage.Figure(label, "未公开", true)
                : new DisclosurePage.Figure(label, display.formatWithLabel(yuan), false);
    }

    private static @Nullable String share(@Nullable BigDecimal part, @Nullable BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        BigDecimal pct =
                part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
        return "占支出 " + pct.toPlainString() + "%";
    }
}
