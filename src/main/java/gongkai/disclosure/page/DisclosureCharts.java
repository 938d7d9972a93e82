package gongkai.disclosure.page;

import gongkai.disclosure.Charts;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureFigures;
import gongkai.disclosure.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three charts the printed reports carry: 收入决算 by source, 支出决算 by kind and 支出 by 功能分类 类. A
 * chart whose table the document lacks is left out rather than drawn empty.
 */
public final class DisclosureCharts {

    public record Built(List<Charts.Block> blocks, Charts.Data data) {}

    private DisclosureCharts() {}

    public static Built of(DisclosureDocument d, MoneyUnit display) {
        List<Charts.Block> blocks = new ArrayList<>();
        List<Charts.Spec> specs = new ArrayList<>();
        add(
                blocks,
                specs,
                "income",
                "pie",
                "收入决算构成",
                "本年收入合计",
                DisclosureFigures.incomeBySource(d),
                display);
        add(
                blocks,
                specs,
                "expense-kind",
                "pie",
                "支出决算构成（按支出性质）",
                "本年支出合计",
                DisclosureFigures.expenseByKind(d),
                display);
        add(
                blocks,
                specs,
                "expense-class",
                "hbar",
                "支出决算按功能分类（类）",
                "本年支出合计",
                DisclosureFigures.expenseByClass(d),
                display);
        return new Built(blocks, new Charts.Data(display.label(), specs));
    }

    private static void add(
            List<Charts.Block> blocks,
            List<Charts.Spec> specs,
            String id,
            String kind,
            String title,
            String totalLabel,
            Optional<DisclosureFigures.Breakdown> breakdown,
            MoneyUnit display) {
        if (breakdown.isEmpty()) {
            return;
        }
        DisclosureFigures.Breakdown b = breakdown.get();
        BigDecimal total = b.total();
        String unit = display.label();
        List<Charts.TableRow> rows = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (DisclosureFigures.Slice s : b.slices()) {
            String label = s.code() == null ? s.name() : s.code() + " " + s.name();
            String share = Charts.share(s.yuan(), total);
            rows.add(new Charts.TableRow(label, null, List.of(display.format(s.yuan()), share)));
            parts.add(s.name() + " " + display.format(s.yuan()) + unit + "，占 " + share);
        }
        rows.add(new Charts.TableRow("合计", null, List.of(display.format(total), share(total))));
        String caption =
                totalLabel
                        + " "
                        + display.format(total)
                        + unit
                        + "，其中："
                        + String.join("；", parts)
                        + "。";
        blocks.add(
                new Charts.Block(
                        id,
                        title,
                        caption,
                        "数据来源：" + b.source(),
                        List.of("项目", "金额（" + unit + "）", "占比"),
                        rows));
        specs.add(
                new Charts.Spec(
                        id,
                        kind,
                        title,
                        b.slices().stream().map(DisclosureFigures.Slice::name).toList(),
                        List.of(
                                new Charts.Series(
                                        title,
                                        b.slices().stream()
                                                .map(s -> Charts.value(s.yuan(), display))
                                                .toList(),
                                        b.slices().stream()
                                                .map(s -> s.yuan().setScale(2).toPlainString())
                                                .toList())),
                        false));
    }

    private static String share(BigDecimal total) {
        return total.signum() == 0 ? "" : "100.00%";
    }
}
