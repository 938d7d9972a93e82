package gongkai.compare;

import static gongkai.testsupport.Imported.stored;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /compare, /compare.csv and /api/compare over the three real samples, plus year variants of
 * 醴陵市司法局: 2022 published, 2021 published and then corrected (superseded), and a 2023 draft.
 */
@MicronautTest(transactional = false)
// The machine is shared by several builds: allow a slow answer rather than fail on the 10 s
// default.
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareTest {

    /**
     * Amounts the variants put in place of 社区矫正's 120,000.00 (the only cells holding that figure in
     * sample 004).
     */
    static final String DRAFT_AMOUNT = "987,654.00";

    static final String CORRECTED_AMOUNT = "555,555.00";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject JsonMapper json;

    long centre;
    long department;
    long liling2023;
    long liling2022;
    long liling2021Old;
    long liling2021;
    long draft;

    @BeforeAll
    void importSamples() {
        centre =
                stored(
                        imports.importDocument(
                                "000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true));
        department =
                stored(
                        imports.importDocument(
                                "001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true));
        liling2023 =
                stored(
                        imports.importDocument(
                                "004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
        liling2022 =
                stored(
                        imports.importDocument(
                                "004-2022",
                                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2022),
                                true));
        liling2021Old =
                stored(
                        imports.importDocument(
                                "004-2021",
                                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2021),
                                true));
        liling2021 =
                stored(
                        imports.importDocument(
                                "004-2021b",
                                replaceCommunityCorrection(
                                        SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2021),
                                        CORRECTED_AMOUNT),
                                true));
        draft =
                stored(
                        imports.importDocument(
                                "004-draft",
                                replaceCommunityCorrection(
                                        Samples.bytes(Samples.LILING_JUSTICE_BUREAU), DRAFT_AMOUNT),
                                false));
    }

    private static byte[] replaceCommunityCorrection(byte[] text, String amount) {
        String s = new String(text, StandardCharsets.UTF_8);
        assertEquals(
                3, s.split("2040610\t社区矫正\t120,000.00", -1).length - 1, "社区矫正 in 公开02, 03 and 05");
        return s.replace("120,000.00", amount).getBytes(StandardCharsets.UTF_8);
    }

    // --- helpers
    // ----------------------------------------------------------------------------------

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String page(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).accept("text/html"));
    }

    private JsonNode api(String uri) throws IOException {
        return json.readValue(http.toBlocking().retrieve(HttpRequest.GET(uri)), JsonNode.class);
    }

    private HttpClientResponseException failure(String uri, String accept) {
        return assertThrows(
                HttpClientResponseException.class,
                () ->
                        http.toBlocking()
                                .exchange(HttpRequest.GET(uri).accept(accept), String.class));
    }

    private static List<JsonNode> items(JsonNode result) {
        List<JsonNode> out = new ArrayList<>();
        result.get("items").values().forEach(out::add);
        return out;
    }

    @Test
    void theComparisonSaysHowManyUnitsHaveNoDataAndMarksWhetherEachAmountCameFromATable()
            throws IOException {
        // 2023: the department and 醴陵 state 2040610, the publicity centre does not.
        String html = page("/compare?code=2040610&year=2023");
        assertTrue(html.contains("1 个单位没有该科目的数据"), "the gap is stated");
        assertTrue(
                html.contains("<span class=\"source-kind\">表</span>"),
                "an amount read from a table");
        assertEquals(
                1,
                api("/api/compare?code=2040610&year=2023").get("unitsWithoutData").getIntValue());
        assertEquals(
                0,
                api("/api/compare?code=2040610&year=2023&region=430000")
                        .get("unitsWithoutData")
                        .getIntValue());
        assertTrue(!page("/compare?code=2040610&year=2023&region=430000").contains("没有该科目的数据"));
    }

    /** The stored amount of a row of a disclosure as the public API serves it (元, exact). */
    private BigDecimal disclosureAmount(long id, String table, String code, String column)
            throws IOException {
        JsonNode doc = api("/api/disclosures/" + id);
        for (JsonNode t : doc.get("tables").values()) {
            if (t.get("kind").getStringValue().equals(table)) {
                for (JsonNode r : t.get("rows").values()) {
                    if (r.get("code") != null
                            && !r.get("code").isNull()
                            && r.get("code").getStringValue().equals(code)) {
                        return new BigDecimal(r.get("amounts").get(column).coerceStringValue());
                    }
                }
            }
        }
        throw new AssertionError(code + " not in " + table + " of " + id);
    }

    /** Σ of a table's 项 rows under a prefix, from the public API. */
    private BigDecimal disclosureSum(long id, String table, String prefix, String column)
            throws IOException {
        BigDecimal sum = BigDecimal.ZERO;
        JsonNode doc = api("/api/disclosures/" + id);
        for (JsonNode t : doc.get("tables").values()) {
            if (t.get("kind").getStringValue().equals(table)) {
                for (JsonNode r : t.get("rows").values()) {
                    JsonNode code = r.get("code");
                    if (code != null
                            && !code.isNull()
                            && code.getStringValue().startsWith(prefix)
                            && code.getStringValue().length() == 7) {
                        sum =
                                sum.add(
                                        new BigDecimal(
                                                r.get("amounts").get(column).coerceStringValue()));
                    }
                }
            }
        }
        return sum;
    }

    private static BigDecimal amount(JsonNode item) {
        return new BigDecimal(item.get("amount").coerceStringValue());
    }

    private static long id(JsonNode item) {
        return item.get("disclosureId").getLongValue();
    }

    // --- the comparison
    // ---------------------------------------------------------------------------

    @Test
    void listsEveryUnitReportingTheCodeWithTheAmountOfItsExpenditureTable() throws IOException {
        JsonNode result = api("/api/compare?code=2040610");
        assertEquals("社区矫正", result.get("code").get("name").getStringValue());
        List<JsonNode> items = items(result);
        assertEquals(
                List.of(department, liling2021, liling2023, liling2022),
                items.stream().map(CompareTest::id).toList(),
                "every current published disclosure reporting 2040610, largest amount first");

        // 醴陵市司法局 2023: 公开03 支出决算表, row "2040610 社区矫正 120,000.00 …" (sample 004, line 169).
        JsonNode liling = items.get(2);
        assertEquals(0, new BigDecimal("120000.00").compareTo(amount(liling)));
        assertEquals(disclosureAmount(liling2023, "G03", "2040610", "total"), amount(liling));
        assertEquals("G03", liling.get("source").getStringValue());
        assertEquals(List.of("湖南省", "株洲市", "醴陵市"), pathOf(liling));
        assertEquals("县级", liling.get("unitLevel").getStringValue());
        // Share of 本年支出合计 13,742,926.23 (公开01 line 58).
        BigDecimal expected =
                new BigDecimal("120000.00")
                        .multiply(BigDecimal.valueOf(100))
                        .divide(new BigDecimal("13742926.23"), 2, RoundingMode.HALF_UP);
        assertEquals(
                0, expected.compareTo(new BigDecimal(liling.get("share").coerceStringValue())));

        // 内蒙古自治区司法厅: tables only "见附件"; the narrative says 社区矫正（项）… 支出决算78万元.
        JsonNode nmg = items.get(0);
        assertEquals(0, new BigDecimal("780000").compareTo(amount(nmg)));
        assertEquals(disclosureAmount(department, "PROSE", "2040610", "actual"), amount(nmg));
        assertEquals("PROSE", nmg.get("source").getStringValue());
        assertTrue(
                nmg.get("share") == null || nmg.get("share").isNull(), "no 本年支出合计 table, no share");
        assertEquals("省级", nmg.get("unitLevel").getStringValue());

        String raw = http.toBlocking().retrieve(HttpRequest.GET("/api/compare?code=2040610"));
        assertTrue(
                raw.contains("\"amount\":120000.00"),
                "exact decimals in 元, as /api/disclosures/{id}: " + raw);
    }

    private static List<String> pathOf(JsonNode item) {
        List<String> path = new ArrayList<>();
        item.get("regionPath").values().forEach(n -> path.add(n.getStringValue()));
        return path;
    }

    @Test
    void theUnitThatDoesNotReportTheCodeIsNotListed() throws IOException {
        assertTrue(
                items(api("/api/compare?code=2040610")).stream().noneMatch(i -> id(i) == centre));
        // … but it reports 2040250 事业运行 (公安) in its narrative: 支出决算93.68万元.
        List<JsonNode> items = items(api("/api/compare?code=2040250"));
        assertEquals(1, items.size());
        assertEquals(centre, id(items.get(0)));
        assertEquals(0, new BigDecimal("936800").compareTo(amount(items.get(0))));
    }

    @Test
    void draftsAndSupersededRevisionsNeverAppear() throws IOException {
        List<JsonNode> items = items(api("/api/compare?code=2040610&size=200"));
        assertTrue(
                items.stream().noneMatch(i -> id(i) == draft || id(i) == liling2021Old),
                "only current published revisions");
        assertTrue(
                items.stream()
                        .noneMatch(i -> amount(i).compareTo(new BigDecimal("987654.00")) == 0),
                "the draft's amount");
        JsonNode corrected =
                items.stream().filter(i -> id(i) == liling2021).findFirst().orElseThrow();
        assertEquals(
                0,
                new BigDecimal("555555.00").compareTo(amount(corrected)),
                "the correction's amount");
        String html = page("/compare?code=2040610");
        assertFalse(html.contains("98.77"), "the draft's 98.77万元 is not on the page");
        assertFalse(html.contains("/disclosures/" + draft + "\""));
    }

    @Test
    void aSectionIsTheSumOfItsItemsWhenTheTableListsOnlyItems() throws IOException {
        List<JsonNode> items = items(api("/api/compare?code=20406&year=2023&region=430000"));
        assertEquals(1, items.size());
        assertEquals(disclosureSum(liling2023, "G03", "20406", "total"), amount(items.get(0)));
        assertTrue(items.get(0).get("summed").getBooleanValue());
        // The 类 204 is a line of 公开03? No: 醴陵 lists 项 only, so 204 sums 20402xx and 20406xx.
        BigDecimal cls = amount(items(api("/api/compare?code=204&year=2023&region=430000")).get(0));
        assertEquals(disclosureSum(liling2023, "G03", "204", "total"), cls);
    }

    @Test
    void economicCodesComeFromTheBasicExpenditureDetail() throws IOException {
        List<JsonNode> items = items(api("/api/compare?code=30217"));
        assertEquals(
                List.of(liling2021, liling2022, liling2023).stream().sorted().toList(),
                items.stream().map(CompareTest::id).sorted().toList());
        for (JsonNode i : items) {
            // 公开06: "30217 公务接待费 30,000.00" (sample 004, line 256).
            assertEquals(0, new BigDecimal("30000.00").compareTo(amount(i)));
            assertEquals(disclosureAmount(id(i), "G06", "30217", "amount"), amount(i));
            assertEquals("G06", i.get("source").getStringValue());
        }
        assertEquals(
                "公务接待费", api("/api/compare?code=30217").get("code").get("name").getStringValue());
    }

    @Test
    void threePublicTotalsComeFromTable09() throws IOException {
        for (String code : List.of("三公经费合计", "“三公”经费合计")) {
            // The two 内蒙古 reports state their total only in the narrative (see below).
            List<JsonNode> items =
                    items(api("/api/compare?code=" + q(code) + "&year=2023")).stream()
                            .filter(i -> id(i) == liling2023)
                            .toList();
            assertEquals(1, items.size(), code);
            // 公开09 决算数·合计 70,000.00 (sample 004, line 278).
            assertEquals(0, new BigDecimal("70000.00").compareTo(amount(items.get(0))));
            assertEquals("G09", items.get(0).get("source").getStringValue());
        }
        JsonNode reception = items(api("/api/compare?code=" + q("公务接待费") + "&year=2023")).get(0);
        assertEquals(0, new BigDecimal("30000.00").compareTo(amount(reception)));
        JsonNode total = items(api("/api/compare?code=" + q("本年支出合计") + "&year=2023")).get(0);
        assertEquals(0, new BigDecimal("13742926.23").compareTo(amount(total)));
        assertEquals(
                0,
                new BigDecimal("100.00")
                        .compareTo(new BigDecimal(total.get("share").coerceStringValue())));
    }

    /**
     * Neither 内蒙古 report has a readable 公开09, but both state the 三公 figures in their 情况说明: sample
     * 001 "公务接待费支出 0.41万元" (line 184), sample 000 "公务接待费支出 0.00万元" (line 130). They are compared,
     * marked as read from the narrative, beside 醴陵's 公开09 figure.
     */
    @Test
    void receptionCostsStatedOnlyInTheNarrativeAreComparedAndMarked() throws IOException {
        JsonNode body = api("/api/compare?code=" + q("公务接待费") + "&year=2023");
        List<JsonNode> items = items(body);
        assertEquals(
                List.of(centre, department, liling2023),
                items.stream().map(CompareTest::id).sorted().toList());
        for (JsonNode i : items) {
            if (id(i) == liling2023) {
                assertEquals(0, new BigDecimal("30000.00").compareTo(amount(i)));
                assertEquals("G09", i.get("source").getStringValue());
            } else {
                assertEquals("PROSE", i.get("source").getStringValue());
                BigDecimal stated = id(i) == department ? new BigDecimal("4100") : BigDecimal.ZERO;
                assertEquals(0, stated.compareTo(amount(i)), "unit " + id(i));
                assertEquals(disclosureAmount(id(i), "PROSE", "公务接待费", "actual"), amount(i));
            }
        }
        assertEquals(0, body.get("unitsWithoutData").getIntValue());
        // Other wordings of the family: 全年预算…，支出决算… and …支出决算为X万元.
        JsonNode total = items(api("/api/compare?code=" + q("三公经费合计") + "&year=2023")).get(0);
        assertEquals(department, id(total), "29.29万元 in 内蒙古自治区司法厅's narrative");
        assertEquals(0, new BigDecimal("292900").compareTo(amount(total)));
        String html = page("/compare?code=" + q("公务接待费") + "&year=2023");
        assertTrue(html.contains("内蒙古自治区司法厅（本级）") && html.contains("内蒙古自治区法治宣传中心"));
        assertTrue(html.contains("<span class=\"source-kind\">情况说明</span>"), "marked as narrative");
        assertTrue(html.contains("<span class=\"source-kind\">表</span>"), "醴陵 from its table");
    }

    @Test
    void theRegionFilterDrillsDownFromProvincesToTheSelectedRegionsCitiesAndCounties() {
        assertEquals(List.of("", "150000", "430000"), regionOptions(page("/compare?code=2040610")));
        assertEquals(
                List.of("", "150000", "430000", "430200"),
                regionOptions(page("/compare?code=2040610&region=430000")));
        assertEquals(
                List.of("", "150000", "430000", "430200", "430281"),
                regionOptions(page("/compare?code=2040610&region=430281")));
        assertTrue(
                page("/compare?code=2040610&region=430281")
                        .contains("<option value=\"430281\" selected=\"selected\">"),
                "the selected county stays selected");
    }

    /** The values of the region filter's options, in order. */
    private static List<String> regionOptions(String html) {
        String select =
                html.substring(
                        html.indexOf("<select id=\"compare-region\""),
                        html.indexOf("</select>", html.indexOf("<select id=\"compare-region\"")));
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    @Test
    void filtersByRegionOfAnyLevelByUnitLevelAndByYear() throws IOException {
        assertEquals(List.of(department), ids("/api/compare?code=2040610&region=150000"));
        assertEquals(
                3,
                ids("/api/compare?code=2040610&region=430000").size(),
                "province includes its counties");
        assertEquals(
                3,
                ids("/api/compare?code=2040610&region=430200").size(),
                "city includes its counties");
        assertEquals(3, ids("/api/compare?code=2040610&region=430281").size());
        assertEquals(List.of(), ids("/api/compare?code=2040610&region=110000"));
        assertEquals(List.of(liling2022), ids("/api/compare?code=2040610&year=2022"));
        assertEquals(List.of(department), ids("/api/compare?code=2040610&level=PROVINCE"));
        assertEquals(3, ids("/api/compare?code=2040610&level=COUNTY").size());
        String html = page("/compare?code=2040610&region=430000&year=2022");
        assertTrue(
                html.contains("醴陵市司法局") && !html.contains("内蒙古自治区司法厅"),
                "the page applies the same filters");
    }

    private List<Long> ids(String uri) throws IOException {
        return items(api(uri)).stream().map(CompareTest::id).toList();
    }

    @Test
    void sortsByAmountShareRegionAndYearBothWays() throws IOException {
        // Equal amounts keep the same tie order (unit, then newest year) in both directions.
        assertEquals(
                List.of(liling2023, liling2022, liling2021, department),
                ids("/api/compare?code=2040610&sort=amount&order=asc"));
        assertEquals(
                List.of(liling2021, liling2022, liling2023),
                ids("/api/compare?code=2040610&sort=year&order=asc&region=430000"));
        assertEquals(
                List.of(liling2023, liling2022, liling2021),
                ids("/api/compare?code=2040610&sort=year&region=430000"));
        List<Long> byRegion = ids("/api/compare?code=2040610&sort=region&order=asc");
        assertEquals(department, byRegion.get(0), "150000 before 430281");
        List<Long> byShare = ids("/api/compare?code=2040610&sort=share");
        assertEquals(
                liling2021, byShare.get(0), "555,555.00 of the same total is the largest share");
        assertEquals(department, byShare.get(byShare.size() - 1), "no share sorts last");
        assertTrue(
                page("/compare?code=2040610&page=9").contains("本页没有数据"),
                "a page past the end is empty, not an error");
        List<Long> paged = ids("/api/compare?code=2040610&size=2&page=2");
        assertEquals(List.of(liling2023, liling2022), paged);
    }

    @Test
    void thePageShowsTheTableTheChartDataAndStableLinks() {
        String html = page("/compare?code=2040610");
        assertTrue(
                html.contains("社区矫正") && html.contains("醴陵市司法局") && html.contains("内蒙古自治区司法厅（本级）"));
        assertTrue(html.contains(">12.00<"), "120,000.00 元 as 万元");
        assertTrue(html.contains(">78.00<"));
        assertTrue(html.contains("0.87%"));
        assertTrue(html.contains("公开03 支出决算表"), "the page documents where the amount comes from");
        assertTrue(html.contains("<script type=\"application/json\" id=\"compare-chart-data\">"));
        assertTrue(
                html.contains("/static/js/compare.js")
                        && html.contains("/static/vendor/echarts-5.6.0-gongkai/echarts.min.js"));
        assertTrue(html.contains("href=\"/compare.csv?code=2040610\""));
        assertTrue(html.contains("<label for=\"compare-code\">"));
        assertTrue(html.contains("/search?q=2040610"), "the code's name links to where it appears");
        assertTrue(
                html.contains("href=\"/compare?code=20406\"")
                        && html.contains("href=\"/compare?code=204\""),
                "one level up");
        assertTrue(html.contains("情况说明中逐项说明的支出决算"), "where 内蒙古自治区司法厅's amount was read");
        Matcher chart =
                Pattern.compile("id=\"compare-chart-data\">(.*?)</script>", Pattern.DOTALL)
                        .matcher(html);
        assertTrue(chart.find());
        assertTrue(
                chart.group(1).contains("\"values\":[78.00,55.56,12.00,12.00]")
                        || chart.group(1).contains("\"values\":[78.0,55.56,12.0,12.0]"),
                chart.group(1));
    }

    @Test
    void theCsvHoldsExactlyTheFilteredRows() {
        HttpResponse<byte[]> r =
                http.toBlocking()
                        .exchange(
                                HttpRequest.GET(
                                        "/compare.csv?code=2040610&region=430000&sort=year&order=asc"),
                                byte[].class);
        assertTrue(r.getContentType().orElseThrow().toString().startsWith("text/csv"));
        assertTrue(r.getHeaders().get("Content-Disposition").startsWith("attachment"));
        byte[] body = r.body();
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                java.util.Arrays.copyOf(body, 3),
                "UTF-8 BOM");
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(CompareCsv.HEADER, lines[0]);
        assertEquals(4, lines.length, "header and the three 湖南 rows");
        String[] expectedYears = {"2021", "2022", "2023"};
        String[] expectedAmounts = {"555555.00", "120000.00", "120000.00"};
        long[] expectedIds = {liling2021, liling2022, liling2023};
        for (int i = 0; i < 3; i++) {
            String[] cells = lines[i + 1].split(",", -1);
            assertEquals(CompareCsv.HEADER.split(",").length, cells.length, lines[i + 1]);
            assertEquals("醴陵市司法局", cells[0]);
            assertEquals("湖南省 / 株洲市 / 醴陵市", cells[1]);
            assertEquals("430281", cells[2]);
            assertEquals("县级", cells[3]);
            assertEquals(expectedYears[i], cells[4]);
            assertEquals("2040610", cells[5]);
            assertEquals("社区矫正", cells[6]);
            assertEquals(expectedAmounts[i], cells[7]);
            assertEquals(
                    new BigDecimal(expectedAmounts[i])
                            .multiply(BigDecimal.valueOf(100))
                            .divide(new BigDecimal("13742926.23"), 2, RoundingMode.HALF_UP)
                            .toPlainString(),
                    cells[8]);
            assertEquals("13742926.23", cells[9]);
            assertTrue(cells[10].startsWith("公开03 支出决算表"), cells[10]);
            assertEquals(Long.toString(expectedIds[i]), cells[11]);
            assertEquals("/disclosures/" + expectedIds[i], cells[12]);
        }
    }

    @Test
    void csvCellsCannotStartAFormula() {
        assertEquals(
                "\"'=HYPERLINK(\"\"http://x\"\")\"", CompareCsv.text("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", CompareCsv.text("+1"));
        assertEquals("\"'-1\"", CompareCsv.text("-1"));
        assertEquals("\"'@SUM(A1)\"", CompareCsv.text("@SUM(A1)"));
        assertEquals("\"a,b\"", CompareCsv.text("a,b"));
        assertEquals("醴陵市司法局", CompareCsv.text("醴陵市司法局"));
    }

    @Test
    void aValidCodeNobodyReportsIsAnEmptyState() throws IOException {
        String html = page("/compare?code=2010101");
        assertTrue(html.contains("没有已公开的决算报告该科目"), html);
        assertEquals(0, api("/api/compare?code=2010101").get("total").getIntValue());
        assertTrue(
                page("/compare").contains("常用科目"), "without a code the page offers common codes");
    }

    @Test
    void malformedOrUnknownInputIsAChinese400() {
        for (String code :
                List.of(
                        "12345678",
                        "2999999",
                        "abc",
                        q("<script>alert(1)</script>"),
                        "20",
                        q("社区矫正' OR 1=1 --"))) {
            HttpClientResponseException e = failure("/compare?code=" + code, "text/html");
            assertEquals(400, e.getStatus().getCode(), code);
            String body = e.getResponse().getBody(String.class).orElse("");
            assertTrue(
                    body.contains("功能分类科目代码") && body.contains("2040610"),
                    "explains the accepted forms: " + body);
            assertFalse(body.contains("<script>alert"), "escaped");
            HttpClientResponseException a =
                    failure("/api/compare?code=" + code, "application/json");
            assertEquals(400, a.getStatus().getCode());
            assertTrue(a.getResponse().getBody(String.class).orElse("").contains("\"error\":\""));
        }
        for (String bad :
                List.of(
                        "year=abc",
                        "year=1800",
                        "region=999999",
                        "region=abc",
                        "level=TOWN",
                        "sort=price",
                        "order=up",
                        "page=0",
                        "size=5000")) {
            HttpClientResponseException a =
                    failure("/api/compare?code=2040610&" + bad, "application/json");
            assertEquals(400, a.getStatus().getCode(), bad);
            assertTrue(a.getResponse().getBody(String.class).orElse("").contains("\"error\""), bad);
        }
        assertEquals(400, failure("/api/compare", "application/json").getStatus().getCode());
        assertEquals(
                400,
                failure("/compare?code=2040610&region=999999", "text/html").getStatus().getCode());
        assertEquals(
                400,
                failure("/compare.csv?code=abc", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .getStatus()
                        .getCode());
    }
}
