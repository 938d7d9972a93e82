package gongkai.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.search.Indexer;
import gongkai.testsupport.Imported;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A budget's performance targets, published: on the report page as 绩效目标 with the year's funds, in
 * the API and the downloads as the budget's projects, and found by search by a word that only a
 * target's goal holds.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetTargetsPublishedTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject Indexer indexer;

    long budgetId;

    @BeforeAll
    void publishAndIndex() {
        budgetId =
                Imported.stored(
                        imports.importDocument(
                                "budget.txt",
                                BudgetFixtures.bytes(BudgetFixtures.LILING_2023_TARGETS),
                                true));
        indexer.catchUp();
    }

    private String get(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path));
    }

    @Test
    void theReportPageShowsTheTargetsAsTargetsWithTheYearsFunds() {
        String page = get("/disclosures/" + budgetId);
        assertTrue(page.contains("项目支出绩效目标</span>：<span>普法宣传经费"), page);
        assertTrue(page.contains("部门整体支出绩效目标</span>：<span>醴陵市司法局"), page);
        assertTrue(page.contains("年度资金总额"), page);
        assertTrue(page.contains("法治文化公园"), "the goal is shown");
        assertTrue(page.contains("群众法治素养"), "the indicators are shown");
        assertTrue(!page.contains("项目支出绩效自评"), "a budget has no self-evaluation");
    }

    @Test
    void theTargetsIndicatorTableHasNoColumnsForAnOutcome() {
        String page = get("/disclosures/" + budgetId);
        String project = page.substring(page.indexOf("项目支出绩效目标</span>：<span>普法宣传经费"));
        String table = project.substring(0, project.indexOf("</table>"));
        assertTrue(table.contains("年度指标值"), table);
        for (String outcome : List.of("实际完成值", "得分", "偏差原因")) {
            assertFalse(table.contains(outcome), () -> outcome + " in " + table);
        }
        assertTrue(project.contains("<strong>年度绩效目标：</strong>"), "the goal is a target");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiListsTheTargetsWithTheirFundsGoalAndIndicators() {
        Map<String, Object> d =
                http.toBlocking()
                        .retrieve(HttpRequest.GET("/api/disclosures/" + budgetId), Map.class);
        assertEquals("BUDGET", d.get("kind"));
        List<Map<String, Object>> projects = (List<Map<String, Object>>) d.get("projects");
        assertEquals(
                List.of("普法宣传经费", "公共法律服务经费", "醴陵市司法局"),
                projects.stream().map(p -> p.get("name")).toList());
        Map<String, Object> first = projects.get(0);
        assertEquals(
                0,
                new java.math.BigDecimal("600000")
                        .compareTo(new java.math.BigDecimal(first.get("annualBudget").toString())));
        assertTrue(first.get("goalPlanned").toString().contains("法治文化公园"));
        assertEquals(6, ((List<?>) first.get("indicators")).size());
        assertEquals("OVERALL", projects.get(2).get("kind"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchFindsAWordThatOnlyATargetsGoalHolds() {
        Map<String, Object> body =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET(
                                        "/api/search?size=20&q="
                                                + URLEncoder.encode(
                                                        "法治文化公园", StandardCharsets.UTF_8)),
                                Map.class);
        List<Map<String, Object>> hits = (List<Map<String, Object>>) body.get("hits");
        assertTrue(
                hits.stream()
                        .anyMatch(
                                h ->
                                        ((Number) h.get("disclosureId")).longValue() == budgetId
                                                && "BUDGET".equals(h.get("kind"))
                                                && String.valueOf(h.get("title"))
                                                        .contains("普法宣传经费")),
                body::toString);
        String html = get("/search?q=" + URLEncoder.encode("应援尽援", StandardCharsets.UTF_8));
        assertTrue(html.contains("公共法律服务经费"), html);
    }

    @Test
    void theJsonDownloadHoldsTheTargets() {
        String json = get("/disclosures/" + budgetId + "/download.json");
        assertTrue(json.contains("普法宣传经费") && json.contains("法治文化公园"), json);
        assertTrue(json.contains("群众法治素养"), "with the indicators");
    }
}
