package gongkai.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class HomePageTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void rendersTheHomePageInChineseWithTheSharedLayout() {
        HttpResponse<String> response =
                client.toBlocking().exchange(HttpRequest.GET("/"), String.class);
        assertEquals(200, response.code());
        String html = response.body();
        assertTrue(html.contains("<html lang=\"zh-CN\">"), html);
        assertTrue(html.contains("司法行政部门决算公开平台"));
        assertTrue(html.contains("action=\"/search\""), "header search box");
        assertTrue(html.contains("/static/css/gongkai.css"));
    }

    @Test
    void servesTheStylesheet() {
        HttpResponse<String> css =
                client.toBlocking()
                        .exchange(HttpRequest.GET("/static/css/gongkai.css"), String.class);
        assertEquals(200, css.code());
        assertTrue(css.body().contains(".site-header"));
    }

    @Test
    void holdsTheParserForTheStylesheetSoFormsAreNotLaidOutUnstyled() {
        String html = client.toBlocking().retrieve("/");
        int css = html.indexOf("<link rel=\"stylesheet\" href=\"/static/css/gongkai.css\">");
        int hold = html.indexOf("<script src=\"/static/js/styles-first.js\"></script>");
        assertTrue(css > 0 && hold > css, "a plain script right after the stylesheet");
        assertTrue(hold < html.indexOf("<form"), "before the first form");
        assertEquals(
                200,
                client.toBlocking()
                        .exchange(HttpRequest.GET("/static/js/styles-first.js"), String.class)
                        .code());
    }

    @Test
    void reportsHealthUp() {
        String health = client.toBlocking().retrieve("/health");
        assertTrue(health.contains("\"status\":\"UP\""), health);
    }
}
