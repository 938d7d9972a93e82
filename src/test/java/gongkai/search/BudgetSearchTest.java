package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
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
 * The 预算/决算 facet over HTTP: 醴陵 2023's budget (the test fixture) and its final accounts (seed 004),
 * both published and indexed; each passage carries its report's kind.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetSearchTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject Indexer indexer;

    long budgetId;
    long accountsId;

    @BeforeAll
    void publishBothAndIndex() {
        BudgetFixtures.Liling both = BudgetFixtures.publishLiling2023(imports);
        accountsId = both.accountsId();
        budgetId = both.budgetId();
        indexer.catchUp();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> api(String query) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET("/api/search?size=50&q=" + query), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("hits");
    }

    @Test
    @SuppressWarnings("unchecked")
    void apiCountsBothKindsAsAFacetWithChineseLabels() {
        Map<String, Object> body = api(q("普法宣传"));
        List<Map<String, Object>> kinds =
                ((Map<String, List<Map<String, Object>>>) body.get("facets")).get("kind");
        assertNotNull(kinds, "a kind facet: " + body.get("facets"));
        Map<String, String> labels = new java.util.HashMap<>();
        long sum = 0;
        for (Map<String, Object> k : kinds) {
            labels.put((String) k.get("value"), (String) k.get("label"));
            sum += ((Number) k.get("count")).longValue();
        }
        assertEquals(Map.of("BUDGET", "预算", "FINAL_ACCOUNTS", "决算"), labels);
        assertEquals(((Number) body.get("total")).longValue(), sum, "every hit has one kind");
    }

    @Test
    void apiKindFilterKeepsOnlyThatKindAndEveryHitSaysWhichItIs() {
        List<Map<String, Object>> budget = hits(api(q("普法宣传") + "&kind=BUDGET"));
        assertFalse(budget.isEmpty());
        for (Map<String, Object> h : budget) {
            assertEquals("BUDGET", h.get("kind"), h::toString);
            assertEquals(budgetId, ((Number) h.get("disclosureId")).longValue());
        }
        List<Map<String, Object>> accounts = hits(api(q("普法宣传") + "&kind=" + q("决算")));
        assertFalse(accounts.isEmpty());
        for (Map<String, Object> h : accounts) {
            assertEquals("FINAL_ACCOUNTS", h.get("kind"), h::toString);
            assertEquals(accountsId, ((Number) h.get("disclosureId")).longValue());
        }
        assertEquals(0L, ((Number) api(q("普法宣传") + "&kind=NOPE").get("total")).longValue());
    }

    @Test
    void pageOffersThePreBudgetFilterAndEachCardNamesItsKind() {
        String html =
                http.toBlocking()
                        .retrieve(HttpRequest.GET("/search?q=" + q("普法宣传")).accept("text/html"));
        assertTrue(html.contains("<h2>预算/决算</h2>"), "the filter's title");
        assertTrue(html.contains("href=\"/search?q=" + q("普法宣传") + "&amp;kind=BUDGET\""), html);
        assertTrue(html.contains("<span>预算</span>") && html.contains("<span>决算</span>"));
        assertTrue(html.contains("<span class=\"badge kind\">预算</span>"), "a budget card");
        assertTrue(html.contains("<span class=\"badge kind\">决算</span>"), "a final-accounts card");

        String budgetOnly =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/search?q=" + q("普法宣传") + "&kind=BUDGET")
                                        .accept("text/html"));
        assertFalse(budgetOnly.contains("<span class=\"badge kind\">决算</span>"), "only budgets");
        assertTrue(budgetOnly.contains("aria-current=\"true\""), "the active filter is marked");
    }
}
