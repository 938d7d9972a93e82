package gongkai.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import gongkai.importer.ImportService;
import gongkai.search.Indexer;
import gongkai.testsupport.Chromium;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A notebook in the browser: a page served by another origin (a second HTTP server on 127.0.0.1,
 * while the portal answers on localhost) calls the open API with fetch() in headless chromium and
 * reads the JSON and the Link header; a staff write from the same page is blocked.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebookBrowserTest {

    private static final String PAGE =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>notebook</title></head>"
                    + "<body><p>另一个网站上的笔记本页面</p></body></html>";

    /** Runs fetch() in the page and hands back what a notebook would see, or the error. */
    private static final String FETCH =
            """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], JSON.parse(arguments[1]))
              .then(r => r.json().then(j => done({status: r.status, link: r.headers.get('Link'),
                  total: j.total === undefined ? -1 : j.total,
                  hits: j.hits === undefined ? -1 : j.hits.length,
                  first: j.hits && j.hits.length ? j.hits[0].disclosureId : -1})))
              .catch(e => done({error: String(e)}));
            """;

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject Indexer indexer;

    private HttpServer notebook;
    private ChromeDriver browser;
    private long disclosure;

    @BeforeAll
    void start() throws IOException {
        disclosure =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        indexer.catchUp();
        notebook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notebook.createContext(
                "/",
                exchange -> {
                    byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        notebook.start();
        browser = Chromium.start(1000, 700);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + notebook.getAddress().getPort() + "/notebook.html");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (notebook != null) {
            notebook.stop(0);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String url, String init) {
        return (Map<String, Object>) browser.executeAsyncScript(FETCH, url, init);
    }

    private String api(String pathAndQuery) {
        return "http://localhost:" + server.getPort() + pathAndQuery;
    }

    @Test
    void aPageOfAnotherOriginFetchesSearchResultsAsJson() {
        String origin = (String) browser.executeScript("return location.origin");
        assertNotEquals(
                "http://localhost:" + server.getPort(), origin, "the page is another origin");
        String q = URLEncoder.encode("普法宣传", StandardCharsets.UTF_8);
        Map<String, Object> r = fetch(api("/api/search?size=1&q=" + q), "{}");
        assertEquals(200L, r.get("status"), r.toString());
        assertTrue((Long) r.get("total") >= 2, r.toString());
        assertEquals(1L, r.get("hits"), r.toString());
        assertEquals(disclosure, r.get("first"), r.toString());
        assertTrue(
                String.valueOf(r.get("link")).contains("rel=\"next\""),
                "the exposed Link header is readable: " + r);
        // A header outside the simple ones makes the browser ask first (a preflight).
        Map<String, Object> preflighted =
                fetch(api("/api/search?q=" + q), "{\"headers\": {\"X-Notebook\": \"1\"}}");
        assertEquals(200L, preflighted.get("status"), preflighted.toString());
    }

    @Test
    void theSamePageCannotWriteToTheStaffApi() {
        Map<String, Object> r =
                fetch(
                        api("/api/imports"),
                        "{\"method\": \"POST\", \"body\": \"x\", \"credentials\": \"include\"}");
        assertTrue(r.containsKey("error"), "the browser blocks the answer: " + r);
    }
}
