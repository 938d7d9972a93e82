package gongkai.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.Charts;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import gongkai.importer.ImportService;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The unit page: its published years and the trend of its headline figures across them. */
@MicronautTest(transactional = false)
// the first page render loads Thymeleaf and the views: on a busy 2-core machine that can outlast
// the client's default 10 s
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitPageTest {

    private static final Pattern DATA_BLOCK =
            Pattern.compile(
                    "<script type=\"application/json\" id=\"chart-data\">(.*?)</script>",
                    Pattern.DOTALL);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject JsonMapper json;

    long y2022;
    long y2023;
    long unitId;
    long unitWithoutTables;

    @BeforeAll
    void importTwoYears() {
        y2023 =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        y2022 =
                imports.importDocument(
                                "liling-2022.txt",
                                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2022),
                                true)
                        .disclosureId();
        unitId = catalog.document(y2023).orElseThrow().unit().id();
        assertEquals(
                unitId,
                catalog.document(y2022).orElseThrow().unit().id(),
                "the variant is the same unit, another year");
        long nmg =
                imports.importDocument(
                                Samples.NMG_PUBLICITY_CENTRE,
                                Samples.bytes(Samples.NMG_PUBLICITY_CENTRE),
                                true)
                        .disclosureId();
        unitWithoutTables = catalog.document(nmg).orElseThrow().unit().id();
    }

    private String page(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).accept("text/html"));
    }

    private Charts.Data data(String html) throws IOException {
        Matcher m = DATA_BLOCK.matcher(html);
        assertTrue(m.find(), "the unit page carries its chart data");
        return json.readValue(m.group(1), Charts.Data.class);
    }

    private static Charts.Series series(Charts.Data data, String chart, String name) {
        return data.charts().stream()
                .filter(c -> c.id().equals(chart))
                .findFirst()
                .orElseThrow()
                .series()
                .stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** One stored amount of a disclosure, read from its document like the read API serves it. */
    private BigDecimal stored(
            long disclosure,
            StandardTable table,
            LineItem.Side side,
            String rowCode,
            String column) {
        DisclosureDocument d = catalog.document(disclosure).orElseThrow();
        return d.tables().stream()
                .filter(t -> t.kind() == table)
                .flatMap(t -> t.rows().stream())
                .filter(r -> (side == null || r.side() == side) && rowCode.equals(r.code()))
                .findFirst()
                .orElseThrow()
                .amounts()
                .get(column);
    }

    private BigDecimal threePublic(long disclosure) {
        return catalog.document(disclosure).orElseThrow().tables().stream()
                .filter(t -> t.kind() == StandardTable.G09)
                .flatMap(t -> t.rows().stream())
                .findFirst()
                .orElseThrow()
                .amounts()
                .get("actual_total");
    }

    private static String plain(BigDecimal yuan) {
        return yuan.setScale(2).toPlainString();
    }

    @Test
    void trendDataHasBothYearsWithTheStoredFigures() throws IOException {
        Charts.Data data = data(page("/units/" + unitId));
        assertEquals("万元", data.unit());
        data.charts().forEach(c -> assertEquals(List.of("2022年", "2023年"), c.categories(), c.id()));
        List<Long> years = List.of(y2022, y2023);
        assertEquals(
                years.stream()
                        .map(
                                id ->
                                        plain(
                                                stored(
                                                        id,
                                                        StandardTable.G01,
                                                        LineItem.Side.INCOME,
                                                        SummaryRows.INCOME_TOTAL,
                                                        "amount")))
                        .toList(),
                series(data, "income-expense", "收入合计").yuan());
        assertEquals(
                years.stream()
                        .map(
                                id ->
                                        plain(
                                                stored(
                                                        id,
                                                        StandardTable.G01,
                                                        LineItem.Side.EXPENSE,
                                                        SummaryRows.EXPENSE_TOTAL,
                                                        "amount")))
                        .toList(),
                series(data, "income-expense", "支出合计").yuan());
        assertEquals(
                years.stream()
                        .map(
                                id ->
                                        plain(
                                                stored(
                                                        id,
                                                        StandardTable.G03,
                                                        null,
                                                        SummaryRows.EXPENSE_TOTAL,
                                                        "basic")))
                        .toList(),
                series(data, "basic-project", "基本支出").yuan());
        assertEquals(
                years.stream()
                        .map(
                                id ->
                                        plain(
                                                stored(
                                                        id,
                                                        StandardTable.G03,
                                                        null,
                                                        SummaryRows.EXPENSE_TOTAL,
                                                        "project")))
                        .toList(),
                series(data, "basic-project", "项目支出").yuan());
        assertEquals(
                years.stream().map(id -> plain(threePublic(id))).toList(),
                series(data, "three-public", "“三公”经费").yuan());
        // 基本支出 + 项目支出 is the whole of 醴陵's expenditure, so the stacked bars reach the 支出合计 bars
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    new BigDecimal(series(data, "income-expense", "支出合计").yuan().get(i)),
                    new BigDecimal(series(data, "basic-project", "基本支出").yuan().get(i))
                            .add(
                                    new BigDecimal(
                                            series(data, "basic-project", "项目支出").yuan().get(i))));
        }
    }

    @Test
    void theTableOfYearlyTotalsComesBeforeTheCharts() {
        // On a phone the numbers are the first screen's answer; the charts load as they are
        // reached.
        String html = page("/units/" + unitId);
        int table = html.indexOf("id=\"trend-table\"");
        int chart = html.indexOf("<figure class=\"chart\"");
        assertTrue(
                table > 0 && chart > 0 && table < chart,
                "table at " + table + ", chart at " + chart);
    }

    @Test
    void theTrendTableListsEveryYearWithLinksAndTheSameNumbers() throws IOException {
        String html = page("/units/" + unitId);
        assertTrue(html.contains("历年收支趋势"));
        String table =
                html.substring(
                        html.indexOf("<table class=\"figures chart-table\" id=\"trend-table\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertTrue(table.contains("<a href=\"/disclosures/" + y2022 + "\">2022年</a>"));
        assertTrue(table.contains("<a href=\"/disclosures/" + y2023 + "\">2023年</a>"));
        assertTrue(
                table.indexOf("2022年") < table.indexOf("2023年"),
                "oldest year first, like the charts");
        Charts.Data data = data(html);
        for (Charts.Spec chart : data.charts()) {
            assertTrue(
                    html.contains("id=\"chart-" + chart.id() + "\" role=\"img\" hidden"),
                    chart.id());
            for (Charts.Series s : chart.series()) {
                for (String yuan : s.yuan()) {
                    String shown =
                            gongkai.disclosure.MoneyUnit.WAN_YUAN.format(new BigDecimal(yuan));
                    assertTrue(
                            table.contains("<td class=\"amount\">" + shown + "</td>"),
                            s.name() + " " + shown);
                }
            }
        }
        // both years are also listed as disclosures
        assertTrue(html.contains("2022年度部门决算") && html.contains("2023年度部门决算"));
    }

    @Test
    void aUnitWhoseDisclosuresHaveNoTablesHasNoTrendCharts() {
        String html = page("/units/" + unitWithoutTables);
        assertTrue(html.contains("2023年度部门决算"));
        assertFalse(html.contains("id=\"chart-data\""));
        assertTrue(html.contains("暂无法绘制历年趋势"));
    }

    @Test
    void anUnknownUnitIsAChinese404() {
        HttpClientResponseException e =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .exchange(
                                                HttpRequest.GET("/units/987654321")
                                                        .accept("text/html"),
                                                String.class));
        assertEquals(404, e.getStatus().getCode());
        assertTrue(
                e.getResponse().getBody(String.class).orElse("").contains("编号为 987654321 的单位不存在。"));
    }
}
