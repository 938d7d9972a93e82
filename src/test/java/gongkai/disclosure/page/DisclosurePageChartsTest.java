package gongkai.disclosure.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.Charts;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import gongkai.disclosure.store.CodeAmount;
import gongkai.importer.DisclosureParser;
import gongkai.importer.ImportService;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public disclosure page's charts: the data block equals the stored figures, and the page works
 * without them.
 */
@MicronautTest(transactional = false)
// the first page render loads Thymeleaf and the views: on a busy 2-core machine that can outlast
// the client's default 10 s
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosurePageChartsTest {

    static final Pattern DATA_BLOCK =
            Pattern.compile(
                    "<script type=\"application/json\" id=\"chart-data\">(.*?)</script>",
                    Pattern.DOTALL);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject DisclosureService disclosures;
    @Inject JsonMapper json;

    long liling;
    long withoutTables;
    DisclosureDocument document;

    @BeforeAll
    void importSamples() {
        liling =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        withoutTables =
                imports.importDocument(
                                Samples.NMG_PUBLICITY_CENTRE,
                                Samples.bytes(Samples.NMG_PUBLICITY_CENTRE),
                                true)
                        .disclosureId();
        document = catalog.document(liling).orElseThrow();
    }

    static Charts.Data chartData(JsonMapper json, String html) throws IOException {
        Matcher m = DATA_BLOCK.matcher(html);
        assertTrue(m.find(), "the page carries its chart data block");
        return json.readValue(m.group(1), Charts.Data.class);
    }

    static Charts.Spec chart(Charts.Data data, String id) {
        return data.charts().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id));
    }

    /** The chart's parts as category → exact amount in 元. */
    private static Map<String, BigDecimal> parts(Charts.Spec spec) {
        Charts.Series s = spec.series().get(0);
        assertEquals(spec.categories().size(), s.yuan().size());
        java.util.LinkedHashMap<String, BigDecimal> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < spec.categories().size(); i++) {
            parts.put(spec.categories().get(i), new BigDecimal(s.yuan().get(i)));
        }
        return parts;
    }

    private static BigDecimal sum(Map<String, BigDecimal> parts) {
        return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private DisclosureDocument.TableView table(StandardTable kind) {
        return document.tables().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    private DisclosureDocument.RowView named(
            StandardTable kind, LineItem.Side side, String canonical) {
        return table(kind).rows().stream()
                .filter(r -> r.side() == side && canonical.equals(r.code()))
                .findFirst()
                .orElseThrow();
    }

    private String page(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).accept("text/html"));
    }

    @Test
    void incomeChartSplitsThe02TotalBySourceAndAddsUpTo01IncomeTotal() throws IOException {
        Charts.Spec income = chart(chartData(json, page("/disclosures/" + liling)), "income");
        assertEquals("pie", income.kind());
        Map<String, BigDecimal> parts = parts(income);
        DisclosureDocument.RowView total02 =
                table(StandardTable.G02).rows().stream()
                        .filter(r -> SummaryRows.INCOME_TOTAL.equals(r.code()))
                        .findFirst()
                        .orElseThrow();
        Map<String, String> labels =
                StandardTable.G02.columns().stream()
                        .collect(
                                Collectors.toMap(
                                        StandardTable.Column::label, StandardTable.Column::key));
        parts.forEach(
                (label, yuan) ->
                        assertEquals(total02.amounts().get(labels.get(label)), yuan, label));
        // every non-zero source column is charted
        long nonZero =
                StandardTable.G02.columns().stream()
                        .filter(c -> !c.key().equals("total"))
                        .filter(
                                c ->
                                        total02.amounts().get(c.key()) != null
                                                && total02.amounts().get(c.key()).signum() != 0)
                        .count();
        assertEquals(nonZero, parts.size());
        assertEquals(
                named(StandardTable.G01, LineItem.Side.INCOME, SummaryRows.INCOME_TOTAL)
                        .amounts()
                        .get("amount"),
                sum(parts));
        // displayed values are the same amounts in 万元, two decimals
        for (int i = 0; i < income.categories().size(); i++) {
            assertEquals(
                    new BigDecimal(income.series().get(0).yuan().get(i))
                            .divide(new BigDecimal(10_000), 2, RoundingMode.HALF_UP),
                    income.series().get(0).values().get(i));
        }
    }

    @Test
    void expenseChartsMatch03AndThe01ClassLines() throws IOException {
        Charts.Data data = chartData(json, page("/disclosures/" + liling));
        BigDecimal expenseTotal =
                named(StandardTable.G01, LineItem.Side.EXPENSE, SummaryRows.EXPENSE_TOTAL)
                        .amounts()
                        .get("amount");

        Map<String, BigDecimal> kinds = parts(chart(data, "expense-kind"));
        DisclosureDocument.RowView total03 =
                table(StandardTable.G03).rows().stream()
                        .filter(r -> SummaryRows.EXPENSE_TOTAL.equals(r.code()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(total03.amounts().get("basic"), kinds.get("基本支出"));
        assertEquals(total03.amounts().get("project"), kinds.get("项目支出"));
        assertEquals(expenseTotal, sum(kinds));

        Charts.Spec classes = chart(data, "expense-class");
        List<CodeAmount> stored =
                catalog
                        .amountsAtLevel(
                                liling, StandardTable.G01, "amount", LineItem.RowKind.FUNCTIONAL, 1)
                        .stream()
                        .filter(c -> c.amount().signum() != 0)
                        .toList();
        Map<String, String> names =
                table(StandardTable.G01).rows().stream()
                        .filter(r -> r.kind() == LineItem.RowKind.FUNCTIONAL)
                        .collect(
                                Collectors.toMap(
                                        DisclosureDocument.RowView::code,
                                        DisclosureDocument.RowView::name,
                                        (a, b) -> a));
        assertEquals(stored.stream().map(c -> names.get(c.code())).toList(), classes.categories());
        assertEquals(
                stored.stream().map(c -> c.amount().toPlainString()).toList(),
                classes.series().get(0).yuan());
        assertEquals(expenseTotal, sum(parts(classes)));
        assertTrue(classes.categories().contains("公共安全支出"));
    }

    @Test
    void eachChartHasACaptionAndATableWithTheSameNumbersAndNoInlineScript() throws IOException {
        String html = page("/disclosures/" + liling);
        Charts.Data data = chartData(json, html);
        assertEquals(3, data.charts().size());
        for (Charts.Spec spec : data.charts()) {
            // hidden until the script draws it: without JavaScript only caption and table show
            assertTrue(
                    html.contains(
                            "<div class=\"chart-canvas\" id=\"chart-"
                                    + spec.id()
                                    + "\" role=\"img\" hidden aria-label=\""),
                    spec.id());
            String figure = html.substring(html.indexOf("id=\"figure-" + spec.id() + "\""));
            figure = figure.substring(0, figure.indexOf("</figure>"));
            assertTrue(
                    figure.contains("<figcaption>")
                            && figure.contains("<table class=\"figures chart-table\">"),
                    spec.id());
            for (String yuan : spec.series().get(0).yuan()) {
                String shown = MoneyUnit.WAN_YUAN.format(new BigDecimal(yuan));
                assertTrue(
                        figure.contains("<td class=\"amount\">" + shown + "</td>"),
                        spec.id() + " table shows " + shown);
                assertTrue(figure.contains(shown + "万元"), spec.id() + " caption states " + shown);
            }
        }
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            String attrs = scripts.group(1);
            assertTrue(
                    attrs.contains("src=\"/static/") || attrs.contains("type=\"application/json\""),
                    "no inline script: " + attrs);
        }
        // The layout's styles-first.js, the chart data, the loader of ECharts and charts.js
        // (lazy-charts.js, which loads them when a chart nears the viewport) and the citation's
        // copy button (cite.js).
        assertEquals(4, count);
        assertTrue(
                html.contains(
                        "data-scripts=\"/static/vendor/echarts-5.6.0-gongkai/echarts.min.js"
                                + " /static/js/charts.js\""),
                "the loader names ECharts, then charts.js");
        assertEquals(
                200,
                http.toBlocking()
                        .exchange(HttpRequest.GET("/static/js/lazy-charts.js"), String.class)
                        .getStatus()
                        .getCode());
        assertTrue(html.contains("<script src=\"/static/js/cite.js\" defer></script>"));
        HttpResponse<String> js =
                http.toBlocking().exchange(HttpRequest.GET("/static/js/charts.js"), String.class);
        assertEquals(200, js.getStatus().getCode());
        assertTrue(js.body().contains("chart-data"));
        HttpResponse<String> echarts =
                http.toBlocking()
                        .exchange(
                                HttpRequest.GET(
                                        "/static/vendor/echarts-5.6.0-gongkai/echarts.min.js"),
                                String.class);
        assertEquals(200, echarts.getStatus().getCode());
        assertTrue(
                echarts.body().length() < 600_000,
                "only the chart types the pages draw: " + echarts.body().length());
        assertEquals(
                "public, max-age=31536000, immutable",
                echarts.getHeaders().get("Cache-Control"),
                "a versioned vendor file never changes");
    }

    @Test
    void inYuanTheChartValuesAreTheExactAmounts() throws IOException {
        Charts.Data data = chartData(json, page("/disclosures/" + liling + "?unit=yuan"));
        assertEquals("元", data.unit());
        for (Charts.Spec spec : data.charts()) {
            Charts.Series s = spec.series().get(0);
            for (int i = 0; i < s.values().size(); i++) {
                assertEquals(new BigDecimal(s.yuan().get(i)), s.values().get(i), spec.id());
            }
        }
    }

    @Test
    void aDisclosureWithoutTablesHasNoChartsButStillItsDownloads() {
        assertTrue(
                catalog.document(withoutTables).orElseThrow().tables().stream()
                        .allMatch(t -> t.kind() == StandardTable.PROSE));
        String html = page("/disclosures/" + withoutTables);
        assertFalse(html.contains("id=\"chart-data\""));
        assertFalse(html.contains("收支图表"));
        assertTrue(html.contains("/disclosures/" + withoutTables + "/download.xlsx"));
    }

    @Test
    void aCorrectionIsListedWithItsNoteAndTheOldRevisionSaysItWasCorrected() {
        byte[] bytes = SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2021);
        long first = imports.importDocument("liling-2021.txt", bytes, true).disclosureId();
        DisclosureDocument original = catalog.document(first).orElseThrow();
        String note = "更正公开06工会经费金额";
        long corrected =
                disclosures
                        .storeNewRevision(
                                original.unit().id(),
                                new DisclosureParser().parse(bytes, "liling-2021.txt").disclosure(),
                                DisclosureStatus.PUBLISHED,
                                note)
                        .id();

        String old = page("/disclosures/" + first);
        assertTrue(old.contains("<strong>已更正：</strong>"), "a superseded revision says so");
        assertTrue(old.contains("href=\"/disclosures/" + corrected + "\">查看现行版本</a>"));
        assertTrue(old.contains("更正说明：" + note), "the history lists the correction's note");

        String current = page("/disclosures/" + corrected);
        assertFalse(current.contains("<strong>已更正：</strong>"));
        assertTrue(current.contains("<strong>更正说明：</strong><span>" + note + "</span>"));
        Function<String, Boolean> listsBoth =
                html -> html.contains("第 1 版") && html.contains("第 2 版");
        assertTrue(listsBoth.apply(current) && listsBoth.apply(old));
        assertTrue(current.contains("aria-current=\"page\">第 2 版</a>"));
        // a corrected revision stays public, downloads included
        assertEquals(
                200,
                http.toBlocking()
                        .exchange(
                                HttpRequest.GET("/disclosures/" + first + "/download.csv"),
                                byte[].class)
                        .getStatus()
                        .getCode());
    }
}
