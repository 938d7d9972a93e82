package gongkai.browse;

import gongkai.disclosure.Charts;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureFigures;
import gongkai.disclosure.DisclosureSummary;
import gongkai.disclosure.MoneyUnit;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A unit's headline figures across its published years: 收入合计, 支出合计, 基本支出 / 项目支出 and 三公经费, as three
 * charts and one table. A year whose disclosure lacks the table stating a figure shows a gap, never
 * a zero.
 */
@Singleton
class UnitTrends {

    /**
     * The charts (caption and container), their data block, and one table of every year's figures.
     */
    record Built(
            List<Charts.Block> charts,
            Charts.Data data,
            List<String> tableHeaders,
            List<Charts.TableRow> tableRows) {}

    record YearFigures(int year, String href, DisclosureFigures.Headline headline) {}

    private record Measure(
            String key, String label, Function<DisclosureFigures.Headline, BigDecimal> value) {}

    private static final Measure INCOME =
            new Measure("income", "收入合计", DisclosureFigures.Headline::income);
    private static final Measure EXPENSE =
            new Measure("expense", "支出合计", DisclosureFigures.Headline::expense);
    private static final Measure BASIC =
            new Measure("basic", "基本支出", DisclosureFigures.Headline::basic);
    private static final Measure PROJECT =
            new Measure("project", "项目支出", DisclosureFigures.Headline::project);
    private static final Measure THREE_PUBLIC =
            new Measure("three-public", "“三公”经费", DisclosureFigures.Headline::threePublic);
    private static final List<Measure> ALL = List.of(INCOME, EXPENSE, BASIC, PROJECT, THREE_PUBLIC);

    private final DisclosureCatalog catalog;

    UnitTrends(DisclosureCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code published}: the unit's published disclosures, one per year, in any order. */
    Built build(List<DisclosureSummary> published, MoneyUnit display) {
        List<YearFigures> years = new ArrayList<>();
        for (DisclosureSummary s :
                published.stream()
                        .sorted(Comparator.comparingInt(DisclosureSummary::fiscalYear))
                        .toList()) {
            Optional<DisclosureDocument> d = catalog.document(s.id());
            d.ifPresent(
                    doc ->
                            years.add(
                                    new YearFigures(
                                            s.fiscalYear(),
                                            "/disclosures/" + s.id(),
                                            DisclosureFigures.headline(doc))));
        }
        boolean any =
                years.stream()
                        .anyMatch(
                                y ->
                                        ALL.stream()
                                                .anyMatch(
                                                        m ->
                                                                m.value().apply(y.headline())
                                                                        != null));
        if (!any) {
            return new Built(
                    List.of(), new Charts.Data(display.label(), List.of()), List.of(), List.of());
        }
        List<String> categories = years.stream().map(y -> y.year() + "年").toList();
        List<Charts.Spec> specs = new ArrayList<>();
        specs.add(
                spec(
                        "income-expense",
                        "bar",
                        "收入合计与支出合计",
                        categories,
                        years,
                        List.of(INCOME, EXPENSE),
                        false,
                        display));
        specs.add(
                spec(
                        "basic-project",
                        "bar",
                        "基本支出与项目支出",
                        categories,
                        years,
                        List.of(BASIC, PROJECT),
                        true,
                        display));
        specs.add(
                spec(
                        "three-public",
                        "line",
                        "财政拨款“三公”经费支出",
                        categories,
                        years,
                        List.of(THREE_PUBLIC),
                        false,
                        display));
        // charts with no figure at all (e.g. no 公开09 in any year) are left out
        specs.removeIf(
                s ->
                        s.series().stream()
                                .allMatch(
                                        series ->
                                                series.values().stream().allMatch(v -> v == null)));

        String unit = display.label();
        List<String> headers = new ArrayList<>();
        headers.add("年度");
        ALL.forEach(m -> headers.add(m.label() + "（" + unit + "）"));
        List<Charts.TableRow> rows =
                years.stream()
                        .map(
                                y ->
                                        new Charts.TableRow(
                                                y.year() + "年",
                                                y.href(),
                                                ALL.stream()
                                                        .map(
                                                                m ->
                                                                        cell(
                                                                                m.value()
                                                                                        .apply(
                                                                                                y
                                                                                                        .headline()),
                                                                                display))
                                                        .toList()))
                        .toList();
        List<Charts.Block> blocks = new ArrayList<>();
        for (Charts.Spec s : specs) {
            blocks.add(
                    new Charts.Block(
                            s.id(),
                            s.title(),
                            caption(s, years, display),
                            null,
                            List.of(),
                            List.of()));
        }
        return new Built(blocks, new Charts.Data(unit, specs), headers, rows);
    }

    private static Charts.Spec spec(
            String id,
            String kind,
            String title,
            List<String> categories,
            List<YearFigures> years,
            List<Measure> measures,
            boolean stacked,
            MoneyUnit display) {
        List<Charts.Series> series =
                measures.stream()
                        .map(
                                m ->
                                        new Charts.Series(
                                                m.label(),
                                                years.stream()
                                                        .map(
                                                                y ->
                                                                        Charts.value(
                                                                                m.value()
                                                                                        .apply(
                                                                                                y
                                                                                                        .headline()),
                                                                                display))
                                                        .toList(),
                                                years.stream()
                                                        .map(
                                                                y -> {
                                                                    BigDecimal v =
                                                                            m.value()
                                                                                    .apply(
                                                                                            y
                                                                                                    .headline());
                                                                    return v == null
                                                                            ? null
                                                                            : v.setScale(2)
                                                                                    .toPlainString();
                                                                })
                                                        .toList()))
                        .toList();
        return new Charts.Spec(id, kind, title, categories, series, stacked);
    }

    /**
     * The text alternative: each series' figure per year, e.g. 收入合计：2022年 1,374.29万元，2023年
     * 1,374.29万元.
     */
    private static String caption(Charts.Spec spec, List<YearFigures> years, MoneyUnit display) {
        List<String> parts = new ArrayList<>();
        for (Charts.Series s : spec.series()) {
            List<String> perYear = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                String yuan = s.yuan().get(i);
                perYear.add(
                        years.get(i).year()
                                + "年 "
                                + (yuan == null
                                        ? "未公开"
                                        : display.format(new BigDecimal(yuan)) + display.label()));
            }
            parts.add(s.name() + "：" + String.join("，", perYear));
        }
        return String.join("；", parts) + "。";
    }

    private static String cell(@Nullable BigDecimal yuan, MoneyUnit display) {
        return yuan == null ? "—" : display.format(yuan);
    }
}
