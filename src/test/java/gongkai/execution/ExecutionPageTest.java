package gongkai.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /execution over the three samples: 项 ranked by how far units' execution strays from budget. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutionPageTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;

    @BeforeAll
    void importSamples() {
        stored(imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true));
        stored(imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true));
        stored(imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
    }

    private static void stored(ImportReport r) {
        assertNotNull(r.disclosureId(), () -> "import failed: " + r.errors());
    }

    private String page(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).accept("text/html"));
    }

    @Test
    void ranksEachItemWithItsLowestAndHighestUnitRate() {
        String html = page("/execution");
        // 普法宣传: 醴陵 60 → 45 万元 (75%), 内蒙古自治区司法厅 892.77 → 892.14 万元 (99.93%)
        int row = html.indexOf("<span class=\"code\">2040605</span>");
        assertTrue(row > 0, "2040605 is ranked");
        String line = html.substring(row, html.indexOf("</tr>", row));
        assertTrue(line.contains("75.00%"), line);
        assertTrue(line.contains("醴陵市司法局 2023"), line);
        assertTrue(line.contains("99.93%"), line);
        assertTrue(line.contains("952.77"), "60 + 892.77 万元 of budget: " + line);
        assertTrue(html.contains("/compare?sort=execution&amp;code=2040605"));
    }

    @Test
    void listsTheFurthestUnitItemsAndTheProvinces() {
        String html = page("/execution?year=2023");
        // 内蒙古自治区法治宣传中心 公安（款）事业运行（项）: 24.59 → 93.68 万元, 380.97%
        assertTrue(html.contains("380.97%"));
        assertTrue(html.contains("湖南省"));
        assertTrue(html.contains("内蒙古自治区"));
        assertTrue(html.contains("id=\"chart-execution\""));
        assertTrue(html.contains("\"kind\":\"hbar\""));
    }

    @Test
    void itemsWithoutAnInitialBudgetAreCountedNotRated() {
        String html = page("/execution");
        // 醴陵 explains seven 项 whose 年初预算 was 0 (其他一般公共服务, 其他公安支出, 基层司法业务, 社区矫正, 死亡抚恤,
        // 其他公共卫生支出, 公务员医疗补助); the two 内蒙古 reports none
        assertTrue(html.contains("其中 <strong>7</strong> 个年初预算为 0"), html);
        int row = html.indexOf("<span class=\"code\">2040604</span>");
        String line = html.substring(row, html.indexOf("</tr>", row));
        assertTrue(
                line.contains("197.39%") && !line.contains("醴陵"),
                "only 司法厅's 基层司法业务 is rated: " + line);
    }

    @Test
    void malformedYearIsABadRequestInChinese() {
        HttpClientResponseException e =
                assertThrows(
                        HttpClientResponseException.class, () -> page("/execution?year=twenty"));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("四位年份"));
    }
}
