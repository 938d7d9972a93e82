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
// the first page render loads Thymeleaf: on a busy 2-core machine that can outlast 10 s
@io.micronaut.context.annotation.Property(
        name = "micronaut.http.client.read-timeout",
        value = "60s")
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

    /** The result cards of a page, each from its opening tag to the next. */
    private static java.util.List<String> cards(String html) {
        String[] parts = html.split("<li class=\"hit\">");
        return java.util.Arrays.asList(parts).subList(1, parts.length);
    }

    @Test
    void aFactStatedInSeveralTablesOfOneReportIsOneCardSayingWhereElseItStands() {
        java.util.List<String> cards = cards(get("/search?q=" + q("醴陵 社区矫正")).body());
        java.util.List<String> corrections =
                cards.stream().filter(c -> c.contains("/compare?code=2040610\"")).toList();
        assertEquals(1, corrections.size(), "one card for 醴陵's 2040610 of 12 万元: " + corrections);
        String card = corrections.get(0);
        assertTrue(card.contains("亦见于 "), card);
        for (String table : new String[] {"公开03", "公开05", "情况说明"}) {
            assertTrue(
                    card.contains("亦见于") && card.substring(card.indexOf("亦见于")).contains(table),
                    table + " in " + card);
        }
        assertTrue(card.contains("金额 12.00 万元"), card);
        assertTrue(!card.contains("120,000.00元"), "the card's amounts are all in 万元: " + card);
        assertTrue(card.contains("12.00 万元；"), "the row's columns in 万元 too: " + card);
    }

    @Test
    void titlesNameTheirTableOnceAndBadgesUseTheFiltersWords() {
        String html = get("/search?q=" + q("社区矫正") + "&type=LINE_ITEM").body();
        assertTrue(!html.contains("情况说明 情况说明中的支出项目"), "no repeated word in a title");
        assertTrue(html.contains("<span class=\"badge\">表格科目</span>"), "the badge says 表格科目");
        assertTrue(
                !html.contains("决算表行") && !html.contains("决算表科目"),
                "no other word for the same thing");
    }

    @Test
    void aSnippetShowsAPassageOnlyOnce() {
        for (String card : cards(get("/search?q=" + q("醴陵 社区矫正")).body())) {
            String snippet = card.substring(card.indexOf("class=\"snippet\""));
            snippet = snippet.substring(snippet.indexOf('>') + 1, snippet.indexOf("</p>"));
            java.util.List<String> passages =
                    java.util.Arrays.stream(snippet.split("…")).filter(p -> !p.isBlank()).toList();
            assertEquals(
                    passages.size(),
                    new java.util.HashSet<>(passages).size(),
                    "repeats in " + snippet);
        }
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

    /** A line item of the API's answer as a fact: report, code and amount (null for others). */
    @SuppressWarnings("unchecked")
    private static java.util.List<String> facts(java.util.Map<String, Object> body) {
        return ((java.util.List<java.util.Map<String, Object>>) body.get("hits"))
                .stream()
                        .map(
                                h ->
                                        "LINE_ITEM".equals(h.get("type"))
                                                        && h.get("code") != null
                                                        && h.get("amount") != null
                                                ? h.get("disclosureId")
                                                        + "|"
                                                        + h.get("code")
                                                        + "|"
                                                        + new java.math.BigDecimal(
                                                                        h.get("amount").toString())
                                                                .stripTrailingZeros()
                                                                .toPlainString()
                                                : null)
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> api(String query, int page) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/search?size=20&page=" + page + "&q=" + q(query)),
                        java.util.Map.class);
    }

    @Test
    void aFactWhoseCopiesStraddleAPageBoundaryIsShownOnceOnThePagesWhileTheApiKeepsEveryHit() {
        String query = null;
        String fact = null;
        int page = 0;
        search:
        for (String candidate : new String[] {"社区矫正", "行政运行", "司法", "支出", "公共安全支出", "财政拨款", "经费"}) {
            java.util.List<String> above = new java.util.ArrayList<>(facts(api(candidate, 1)));
            for (int p = 2; p <= 8 && !above.isEmpty(); p++) {
                java.util.List<String> here = facts(api(candidate, p));
                for (String f : here) {
                    if (f != null && above.contains(f)) {
                        query = candidate;
                        fact = f;
                        page = p;
                        break search;
                    }
                }
                above.addAll(here);
            }
        }
        assertTrue(fact != null, "a query of the samples has copies of one fact on two pages");
        String[] parts = fact.split("\\|");
        String wan =
                gongkai.disclosure.MoneyUnit.WAN_YUAN.format(new java.math.BigDecimal(parts[2]));
        java.util.function.Predicate<String> isFact =
                c ->
                        c.contains("href=\"/disclosures/" + parts[0] + "\"")
                                && c.contains("/compare?code=" + parts[1] + "\"")
                                && c.contains("金额 " + wan + " 万元");

        String later = get("/search?q=" + q(query) + "&page=" + page).body();
        long before = 0;
        for (int p = 1; p < page; p++) {
            before +=
                    cards(get("/search?q=" + q(query) + "&page=" + p).body()).stream()
                            .filter(isFact)
                            .count();
        }
        assertEquals(1, before, fact + " once on the pages before page " + page + " of " + query);
        assertEquals(
                0,
                cards(later).stream().filter(isFact).count(),
                fact + " (shown on an earlier page) is not shown again on page " + page);
        assertTrue(later.contains("与前页已显示的事实相同"), "the page says why it shows fewer cards");
        assertTrue(
                later.contains("第 " + ((page - 1) * 20 + 1) + "–"), "and which results it covers");

        // The API's pages are untouched: the copy is still a hit of page 2, and the total is still
        // the sum of a facet's counts.
        java.util.Map<String, Object> api2 = api(query, page);
        assertTrue(facts(api2).contains(fact), "the API still answers every hit");
        System.out.println("Straddling fact " + fact + " of " + query + " on page " + page);
        assertEquals(20, ((java.util.List<?>) api2.get("hits")).size());
        @SuppressWarnings("unchecked")
        java.util.Map<String, java.util.List<java.util.Map<String, Object>>> facets =
                (java.util.Map<String, java.util.List<java.util.Map<String, Object>>>)
                        api2.get("facets");
        long byType =
                facets.get("type").stream()
                        .mapToLong(f -> ((Number) f.get("count")).longValue())
                        .sum();
        assertEquals(((Number) api2.get("total")).longValue(), byType);
    }
}
