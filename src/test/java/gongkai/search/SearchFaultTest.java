package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.search.query.SearchResult;
import gongkai.testsupport.ApiContract;
import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Only the search's own validation is the reader's mistake. An engine that fails with an
 * IllegalArgumentException of its own (here a NumberFormatException, as a parsing bug would) is a
 * server fault: 500, a Chinese message, and none of the exception's text.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "SearchFaultTest")
class SearchFaultTest {

    /** Validates like the real engine, then fails the way a bug would. */
    @Factory
    @Requires(property = "spec.name", value = "SearchFaultTest")
    static class BrokenEngine {
        @Singleton
        @Replaces(SearchService.class)
        SearchService search() {
            return new SearchService(
                    query -> {
                        query.validated();
                        return SearchResult.empty(
                                query.validated()
                                        .withPage(Integer.parseInt("第" + query.page() + "页"), 10));
                    });
        }
    }

    @Inject EmbeddedServer server;

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anEngineBugIsAServerFaultNotTheReadersMistake() {
        WebSession web = new WebSession(server.getURI());
        HttpResponse<String> api =
                ApiContract.of(server.getURI()).check(web.get("/api/search?q=" + q("社区矫正")));
        assertEquals(500, api.statusCode(), api.body());
        assertFalse(api.body().contains("For input string"), api.body());

        HttpResponse<String> page = web.get("/search?q=" + q("社区矫正"));
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("服务器"), "a Chinese error page");
        assertFalse(
                page.body().contains("For input string") || page.body().contains("Exception"),
                page.body());
    }

    @Test
    void theSearchsOwnValidationIsStillABadRequestWithItsMessage() {
        WebSession web = new WebSession(server.getURI());
        HttpResponse<String> tooMany = web.get("/api/search?q=" + q("社区矫正") + "&size=500");
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("每页条数应在1到50之间"), tooMany.body());
        HttpResponse<String> tooDeep = web.get("/search?q=" + q("社区矫正") + "&page=51");
        assertEquals(400, tooDeep.statusCode());
        assertTrue(tooDeep.body().contains("最多只能查看前1000条结果"), tooDeep.body());
    }
}
