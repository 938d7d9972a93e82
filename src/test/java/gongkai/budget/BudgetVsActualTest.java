package gongkai.budget;

import static gongkai.testsupport.Imported.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 醴陵市司法局 2023: the budget built for the tests (the 年初预算 figures of the seed's own narrative) and
 * the seed's final accounts, both published; budget against outcome per code and named row.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetVsActualTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    long unitId;
    long budgetId;
    long accountsId;
    long otherUnitId;

    @BeforeAll
    void importBoth() {
        BudgetFixtures.Liling both = BudgetFixtures.publishLiling2023(imports);
        accountsId = both.accountsId();
        budgetId = both.budgetId();
        long other =
                stored(
                        imports.importDocument(
                                "000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true));
        unitId = catalog.summary(accountsId).orElseThrow().unitId();
        otherUnitId = catalog.summary(other).orElseThrow().unitId();
    }

    @Test
    void theBudgetIsPublishedBesideTheFinalAccountsOfTheSameYear() {
        assertEquals(DisclosureKind.BUDGET, catalog.summary(budgetId).orElseThrow().kind());
        assertEquals(unitId, catalog.summary(budgetId).orElseThrow().unitId());
        assertEquals(
                DisclosureStatus.PUBLISHED, catalog.summary(accountsId).orElseThrow().status());
        assertEquals(DisclosureStatus.PUBLISHED, catalog.summary(budgetId).orElseThrow().status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void apiGivesBudgetOutcomeDifferenceRateAndBothExplanationsPerCode() {
        Map<String, Object> body =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET(
                                        "/api/units/" + unitId + "/budget-vs-actual?year=2023"),
                                Map.class);
        assertEquals(((Number) body.get("budgetDisclosureId")).longValue(), budgetId);
        Map<String, Object> law =
                line((List<Map<String, Object>>) body.get("codes"), "code", "2040605");
        assertEquals(600000.0, ((Number) law.get("budget")).doubleValue());
        assertEquals(450000.0, ((Number) law.get("actual")).doubleValue());
        assertEquals(-150000.0, ((Number) law.get("difference")).doubleValue());
        assertEquals(75.0, ((Number) law.get("executionRate")).doubleValue());
        assertTrue(((String) law.get("actualExplanation")).contains("仲裁委工作经费"), law::toString);
        assertTrue(((String) law.get("budgetExplanation")).contains("八五"), law::toString);
        // 司法（款）: the final accounts list only 项; the 款 is their sum on both sides
        Map<String, Object> justice =
                line((List<Map<String, Object>>) body.get("codes"), "code", "20406");
        assertEquals(7656400.0, ((Number) justice.get("budget")).doubleValue());
        // 社区矫正 had no budget: an outcome without a rate
        Map<String, Object> community =
                line((List<Map<String, Object>>) body.get("codes"), "code", "2040610");
        assertEquals(null, community.get("executionRate"));
        Map<String, Object> threePublic =
                line((List<Map<String, Object>>) body.get("named"), "name", "“三公”经费合计");
        assertEquals(70000.0, ((Number) threePublic.get("budget")).doubleValue());
        assertEquals(100.0, ((Number) threePublic.get("executionRate")).doubleValue());
        Map<String, Object> total =
                line((List<Map<String, Object>>) body.get("named"), "name", "本年支出合计");
        assertEquals(8377400.0, ((Number) total.get("budget")).doubleValue());
        assertEquals(13742926.23, ((Number) total.get("actual")).doubleValue());
    }

    @Test
    void unitYearPageShowsBothReportsSideBySide() {
        String html = page("/units/" + unitId + "/years/2023/execution");
        assertTrue(html.contains("部门预算与部门决算对照"));
        assertTrue(html.contains("/disclosures/" + budgetId));
        assertTrue(html.contains("/disclosures/" + accountsId));
        int row = html.indexOf("<span class=\"code\">2040605</span>");
        assertTrue(row > 0, "普法宣传 is listed");
        String line = html.substring(row, html.indexOf("</tr>", row));
        assertTrue(
                line.contains("60.00") && line.contains("45.00") && line.contains("75.00%"), line);
        assertTrue(line.contains("预算的时候把仲裁委工作经费算进了普法宣传"), line);
    }

    @Test
    void unitPageListsTheBudgetAndTheFinalAccountsOfTheYear() {
        String html = page("/units/" + unitId);
        assertTrue(html.contains("2023年度部门预算"), html);
        assertTrue(html.contains("2023年度部门决算"), html);
        assertTrue(html.contains("/units/" + unitId + "/years/2023/execution"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparesOneCodesExecutionAcrossUnits() {
        Map<String, Object> body =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/budget-vs-actual?code=2040605&year=2023"),
                                Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
        assertEquals(1, items.size(), "only 醴陵 published both: " + items);
        assertEquals("醴陵市司法局", items.get(0).get("unitName"));
        String html = page("/budget-vs-actual?code=2040605");
        assertTrue(html.contains("醴陵市司法局") && html.contains("75.00%"), html);
        assertTrue(html.contains("/units/" + unitId + "/years/2023/execution"));
    }

    @Test
    void aUnitWithOnlyFinalAccountsGetsAChineseNotFound() {
        HttpClientResponseException e =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .retrieve(
                                                HttpRequest.GET(
                                                        "/api/units/"
                                                                + otherUnitId
                                                                + "/budget-vs-actual?year=2023")));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("只有部门决算"));
        HttpClientResponseException bad =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .retrieve(
                                                HttpRequest.GET(
                                                        "/api/units/"
                                                                + unitId
                                                                + "/budget-vs-actual?year=23")));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
    }

    private String page(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).accept("text/html"));
    }

    private static Map<String, Object> line(
            List<Map<String, Object>> lines, String key, String value) {
        return lines.stream()
                .filter(l -> value.equals(l.get(key)))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(key + " " + value + " missing from " + lines));
    }
}
