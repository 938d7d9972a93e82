package gongkai.compare;

import static gongkai.testsupport.Imported.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Budget against outcome in /api/compare, /compare.csv and /compare: each 项 the narrative explains
 * ("年初预算为60万元，支出决算为45万元，完成年初预算的75%") and the 三公 table's 预算数 beside 决算数, checked against figures
 * read by hand from the three samples.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetExecutionTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject JsonMapper json;

    long centre;
    long department;
    long liling;

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
        liling =
                stored(
                        imports.importDocument(
                                "004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
    }

    private JsonNode row(String code, long disclosureId) throws IOException {
        JsonNode body =
                json.readValue(
                        http.toBlocking()
                                .retrieve(
                                        HttpRequest.GET(
                                                "/api/compare?code="
                                                        + URLEncoder.encode(
                                                                code, StandardCharsets.UTF_8)
                                                        + "&size=200")),
                        JsonNode.class);
        for (JsonNode r : body.get("items").values()) {
            if (r.get("disclosureId").getLongValue() == disclosureId) {
                return r;
            }
        }
        throw new AssertionError("no row of " + disclosureId + " for " + code);
    }

    /** One 项 as its report states it, in 万元 and percent, against the API's 元. */
    private void states(
            String code, long disclosureId, String budgetWan, String actualWan, String rate)
            throws IOException {
        JsonNode r = row(code, disclosureId);
        String where = code + " of " + disclosureId;
        assertEquals(
                0,
                new BigDecimal(budgetWan)
                        .movePointRight(4)
                        .compareTo(new BigDecimal(r.get("budget").getNumberValue().toString())),
                where);
        assertEquals(
                0,
                new BigDecimal(actualWan)
                        .movePointRight(4)
                        .compareTo(new BigDecimal(r.get("actual").getNumberValue().toString())),
                where);
        if (rate == null) {
            assertTrue(r.get("executionRate").isNull(), where + ": no rate without a budget");
        } else {
            assertEquals(
                    0,
                    new BigDecimal(rate)
                            .compareTo(
                                    new BigDecimal(
                                            r.get("executionRate").getNumberValue().toString())),
                    where);
        }
    }

    @Test
    void narrativeBudgetAndOutcomeOfEachItemAppearBesideTheComparedAmount() throws IOException {
        // 醴陵市司法局: "司法（款）普法宣传（项）。年初预算为60万元，支出决算为45万元，完成年初预算的75%"
        states("2040605", liling, "60", "45", "75.00");
        states("2040601", liling, "405.64", "679.59", "167.54");
        states("2040602", liling, "18", "36.66", "203.67");
        states("2040607", liling, "56", "31.61", "56.45");
        states("2210201", liling, "28.59", "28.59", "100.00");
        // 内蒙古自治区司法厅
        states("2040201", department, "2323.28", "2713.43", "116.79");
        states("2040602", department, "3195.56", "3163.80", "99.01");
        states("2040604", department, "182.16", "359.57", "197.39");
        states("2040605", department, "892.77", "892.14", "99.93");
        // 内蒙古自治区法治宣传中心
        states("2040250", centre, "24.59", "93.68", "380.97");
        states("2080505", centre, "2.91", "2.91", "100.00");
    }

    @Test
    void spendingWithoutAnInitialBudgetHasNoRate() throws IOException {
        // "年初预算为0万元，支出决算为12万元，完成年初预算的100%": the 100% is the report's convention, not a rate.
        states("2040610", liling, "0", "12", null);
    }

    @Test
    void threePublicTableGivesBudgetBesideOutcome() throws IOException {
        states("公务接待费", liling, "3", "3", "100.00");
        states("三公经费合计", liling, "7", "7", "100.00");
    }

    @Test
    void threePublicStatedOnlyInTheNarrativeHasARateMarkedAsNarrative() throws IOException {
        // 内蒙古自治区司法厅 prints no readable 三公 table; its 情况说明 says "“三公”经费全年预算 30.41万元，支出决算
        // 29.29万元 … 公务接待费全年预算 0.41万元，支出决算 0.41万元" (sample 001, line 182).
        states("三公经费合计", department, "30.41", "29.29", "96.32");
        states("公务接待费", department, "0.41", "0.41", "100.00");
        assertEquals("NARRATIVE", row("公务接待费", department).get("executionSource").getStringValue());
        assertEquals("TABLE", row("公务接待费", liling).get("executionSource").getStringValue());
        assertEquals("NARRATIVE", row("2040605", liling).get("executionSource").getStringValue());
    }

    @Test
    void rowsSortByExecutionRateWithRowsWithoutARateLast() throws IOException {
        JsonNode body =
                json.readValue(
                        http.toBlocking()
                                .retrieve(
                                        HttpRequest.GET(
                                                "/api/compare?code=2040602&sort=execution&order=asc")),
                        JsonNode.class);
        List<Long> ids = new ArrayList<>();
        for (JsonNode r : body.get("items").values()) {
            ids.add(r.get("disclosureId").getLongValue());
        }
        assertEquals(List.of(department, liling), ids.subList(0, 2), "99.01% before 203.67%");
    }

    @Test
    void rateFilterKeepsRowsWithinTheBoundsOnly() throws IOException {
        JsonNode body =
                json.readValue(
                        http.toBlocking()
                                .retrieve(HttpRequest.GET("/api/compare?code=2040605&rateMax=90")),
                        JsonNode.class);
        assertEquals(1, body.get("total").getIntValue(), "only 醴陵's 75% is at most 90%");
        assertEquals(liling, body.get("items").get(0).get("disclosureId").getLongValue());
    }

    @Test
    void malformedRateBoundIsABadRequestWithAChineseMessage() {
        HttpClientResponseException e =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .retrieve(
                                                HttpRequest.GET(
                                                        "/api/compare?code=2040605&rateMin=abc")));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("执行率"));
    }

    @Test
    void csvAndPageCarryBudgetOutcomeAndRate() {
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/compare.csv?code=2040605"));
        assertTrue(
                csv.contains("年初预算（元）,预算对应决算（元）,预算执行率（%）,预算与决算数来源"),
                csv.lines().findFirst().orElse(""));
        assertTrue(csv.contains("600000.00,450000.00,75.00,情况说明"), "the pair's source: " + csv);
        String page =
                http.toBlocking()
                        .retrieve(HttpRequest.GET("/compare?code=2040605").accept("text/html"));
        assertTrue(page.contains("预算执行率"));
        assertTrue(
                page.contains("<span class=\"source-kind\">情况说明</span> <span>75.00%</span>"),
                "a rate read from the narrative is marked as such");
    }
}
