package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The search page and API over HTTP, including hostile and malformed input. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchControllerTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject Indexer indexer;

    @BeforeAll
    void publishAndIndex() {
        imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true);
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        indexer.catchUp();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String uri) {
        return http.toBlocking().exchange(HttpRequest.GET(uri).accept("text/html"), String.class);
    }

    private int status(String uri) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(uri), String.class).code();
        } catch (HttpClientResponseException e) {
            assertTrue(
                    e.getResponse().getBody(String.class).orElse("").contains("\"error\""),
                    "a JSON error body");
            return e.getStatus().getCode();
        }
    }

    @Test
    void thePageShowsHighlightedHitsWithCodeAndAmountInWanYuan() {
        String html = get("/search?q=" + q("社区矫正")).body();
        assertTrue(html.contains("<mark>"), "highlighted");
        assertTrue(
                html.contains("科目 <a href=\"/compare?code=2040610\""),
                "the code links to its comparison across units");
        assertTrue(html.contains("金额 12.00 万元"), "004's 120,000.00 元 shown in 万元");
        assertTrue(html.contains("/disclosures/"), "hits link to their disclosure");
    }

    @Test
    void anEmptyQueryShowsHelpOnThePageAndIsA400InTheApi() {
        assertTrue(get("/search").body().contains("全文搜索"));
        HttpClientResponseException e =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .exchange(HttpRequest.GET("/api/search?q="), String.class));
        assertEquals(400, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("请输入搜索词"));
    }

    @Test
    void hostileQueriesAreAnsweredNotFailed() {
        assertEquals(200, status("/api/search?q=" + q("社区".repeat(2500))));
        assertEquals(200, status("/api/search?q=" + q("*?\"()~\\ AND : 社区矫正 OR")));
        assertEquals(200, status("/api/search?q=" + q("社区矫正") + "&page=40"));
        assertEquals(200, status("/api/search?q=" + q("社区矫正") + "&unit=" + q("不存在的单位")));
        assertEquals(200, get("/search?q=" + q("<script>alert(1)</script>")).code());
        assertTrue(
                !get("/search?q=" + q("<script>alert(1)</script>"))
                        .body()
                        .contains("<script>alert(1)"),
                "escaped");
    }

    @Test
    void malformedParametersAreA400() {
        assertEquals(400, status("/api/search?q=" + q("社区矫正") + "&sort=price"));
        assertEquals(400, status("/api/search?q=" + q("社区矫正") + "&year=abc"));
        assertEquals(400, status("/api/search?q=" + q("社区矫正") + "&page=500&size=50"));
        assertEquals(400, status("/api/search?q=" + q("社区矫正") + "&size=5000"));
    }

    @Test
    void theApiReturnsTheDocumentedShape() {
        String json =
                http.toBlocking().retrieve("/api/search?q=" + q("2040610") + "&type=LINE_ITEM");
        for (String key :
                new String[] {
                    "\"total\":",
                    "\"page\":",
                    "\"size\":",
                    "\"hits\":",
                    "\"facets\":",
                    "\"relaxed\":",
                    "\"disclosureId\":",
                    "\"code\":\"2040610\"",
                    "\"amount\":"
                }) {
            assertTrue(
                    json.contains(key),
                    key + " in " + json.substring(0, Math.min(400, json.length())));
        }
    }
}
