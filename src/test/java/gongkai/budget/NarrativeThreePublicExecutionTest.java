package gongkai.budget;

import static gongkai.testsupport.Imported.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 醴陵市司法局 2023 with final accounts that print no 三公 table: the 三公 figures are only in its 情况说明
 * ("“三公”经费财政拨款支出预算为7万元，支出决算为7万元 … 公务接待费支出预算为3万元，支出决算为3万元"). Budget against outcome still pairs them
 * with the budget's 三公 table, and says the outcome came from the narrative.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NarrativeThreePublicExecutionTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    long unitId;

    @BeforeAll
    void importBoth() {
        // The seed without its 三公 table (nor its line in the table of contents).
        String seed =
                new String(Samples.bytes(Samples.LILING_JUSTICE_BUREAU), StandardCharsets.UTF_8);
        int start = seed.indexOf("\n财政拨款“三公”经费支出决算表\n");
        int end = seed.indexOf("\n第三部分\n", start);
        byte[] accounts =
                (seed.substring(0, start) + seed.substring(end))
                        .replace("- 九、财政拨款“三公”经费支出决算表\n", "")
                        .getBytes(StandardCharsets.UTF_8);
        long accountsId = stored(imports.importDocument("004", accounts, true));
        stored(
                imports.importDocument(
                        "budget.txt", BudgetFixtures.bytes(BudgetFixtures.LILING_2023), true));
        unitId = catalog.summary(accountsId).orElseThrow().unitId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void threePublicStatedOnlyInTheNarrativeHasAnExecutionRateMarkedAsNarrative() {
        Map<String, Object> body =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET(
                                        "/api/units/" + unitId + "/budget-vs-actual?year=2023"),
                                Map.class);
        List<Map<String, Object>> named = (List<Map<String, Object>>) body.get("named");
        Map<String, Object> total = line(named, "“三公”经费合计");
        assertEquals(70000.0, ((Number) total.get("budget")).doubleValue(), total::toString);
        assertEquals(70000.0, ((Number) total.get("actual")).doubleValue(), total::toString);
        assertEquals(100.0, ((Number) total.get("executionRate")).doubleValue(), total::toString);
        assertEquals("NARRATIVE", total.get("actualSource"), total::toString);
        Map<String, Object> reception = line(named, "公务接待费");
        assertEquals(
                30000.0, ((Number) reception.get("actual")).doubleValue(), reception::toString);
        assertEquals(100.0, ((Number) reception.get("executionRate")).doubleValue());
        assertEquals("NARRATIVE", reception.get("actualSource"));
        assertEquals("TABLE", line(named, "本年支出合计").get("actualSource"));
        String page =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/units/" + unitId + "/years/2023/execution")
                                        .accept("text/html"));
        String row = page.substring(page.indexOf(">公务接待费</a>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("class=\"source-kind\""), row);
        String sum = page.substring(page.indexOf(">本年支出合计</a>"));
        assertFalse(sum.substring(0, sum.indexOf("</tr>")).contains("source-kind"), sum);
    }

    private static Map<String, Object> line(List<Map<String, Object>> lines, String name) {
        return lines.stream()
                .filter(l -> name.equals(l.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing from " + lines));
    }
}
