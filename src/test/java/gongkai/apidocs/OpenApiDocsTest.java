package gongkai.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The open API is documented from the code: every public JSON route is in the spec, nothing else
 * is.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocsTest {

    /**
     * Session-authenticated staff endpoints under /api that are deliberately not in the public
     * spec.
     */
    private static final Set<String> STAFF_ONLY = Set.of("/api/imports");

    @Inject EmbeddedServer server;
    @Inject Router router;
    @Inject ImportService imports;

    private WebSession web;
    private Map<String, Object> spec;

    @BeforeAll
    void load() {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        web = new WebSession(server.getURI());
        HttpResponse<String> response = web.get("/openapi.yml");
        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/yaml"));
        spec = new Yaml(new SafeConstructor(new LoaderOptions())).load(response.body());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Map<String, Object>>> paths() {
        return (Map<String, Map<String, Map<String, Object>>>) spec.get("paths");
    }

    @Test
    void specDocumentsEveryPublicApiRouteAndNoPage() {
        Set<String> routed = new TreeSet<>();
        router.uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.GET)
                .map(r -> r.getUriMatchTemplate().toPathString())
                .filter(p -> p.startsWith("/api/") && !STAFF_ONLY.contains(p))
                .forEach(routed::add);
        assertFalse(routed.isEmpty());
        assertEquals(
                routed,
                new TreeSet<>(paths().keySet()),
                "spec paths = public GET routes under /api");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationAndParameterIsDescribedInChinese() {
        paths().forEach(
                        (path, methods) ->
                                methods.forEach(
                                        (method, op) -> {
                                            assertTrue(
                                                    String.valueOf(op.get("summary"))
                                                            .codePoints()
                                                            .anyMatch(
                                                                    c ->
                                                                            Character.UnicodeScript
                                                                                            .of(c)
                                                                                    == Character
                                                                                            .UnicodeScript
                                                                                            .HAN),
                                                    path + " has a Chinese summary");
                                            for (Map<String, Object> p :
                                                    (List<Map<String, Object>>)
                                                            op.getOrDefault(
                                                                    "parameters", List.of())) {
                                                assertFalse(
                                                        String.valueOf(
                                                                        p.getOrDefault(
                                                                                "description", ""))
                                                                .isBlank(),
                                                        path + " " + p.get("name"));
                                            }
                                            assertTrue(
                                                    ((Map<String, Object>) op.get("responses"))
                                                                    .containsKey("400")
                                                            || ((Map<String, Object>)
                                                                            op.get("responses"))
                                                                    .containsKey("404"),
                                                    path + " documents its errors");
                                        }));
    }

    @Test
    void docsPageListsEveryEndpointAndItsExamplesWork() {
        HttpResponse<String> page = web.get("/api-docs");
        assertEquals(200, page.statusCode());
        for (String path : paths().keySet()) {
            assertTrue(page.body().contains(path), path);
        }
        Matcher examples = Pattern.compile("示例：<a href=\"([^\"]+)\"").matcher(page.body());
        int tried = 0;
        while (examples.find()) {
            String href = examples.group(1).replace("&amp;", "&");
            HttpResponse<String> response = web.get(href);
            assertEquals(200, response.statusCode(), href + ": " + response.body());
            assertTrue(
                    response.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/json"),
                    href);
            tried++;
        }
        assertTrue(tried >= 2, "the search and list examples are runnable");
        assertTrue(web.get("/").body().contains("href=\"/api-docs\""), "linked from the footer");
    }

    @Test
    void docsPageGivesCurlPandasAndRLinesWithThePortalsAddress() {
        String html = web.get("/api-docs").body();
        String base = "http://localhost:" + server.getPort();
        assertTrue(
                html.contains("curl -sG &#39;" + base + "/api/search&#39; --data-urlencode"),
                "a curl line for the search");
        assertTrue(html.contains("import pandas as pd, requests"), "a pandas snippet");
        assertTrue(
                html.contains("df = pd.json_normalize(r.json()[&quot;hits&quot;])"),
                "the search hits as a data frame");
        assertTrue(
                html.contains("url = r.links.get(&quot;next&quot;, {}).get(&quot;url&quot;)"),
                "the disclosure list example follows the Link headers");
        assertTrue(html.contains("df &lt;- jsonlite::fromJSON(&quot;" + base), "an R line");
        assertTrue(!html.contains("{base}"), "the address is filled in");
    }

    @Test
    @SuppressWarnings("unchecked")
    void specDocumentsTheCursorTheLinkHeaderAndTheRateLimit() {
        Map<String, Object> list = (Map<String, Object>) paths().get("/api/disclosures").get("get");
        assertTrue(list.toString().contains("name=cursor"), "the cursor parameter");
        Map<String, Object> responses = (Map<String, Object>) list.get("responses");
        assertTrue(responses.get("200").toString().contains("Link"), "the Link header");
        for (String path : List.of("/api/disclosures", "/api/search", "/api/compare")) {
            Map<String, Object> op = (Map<String, Object>) paths().get(path).get("get");
            String r = op.get("responses").toString();
            assertTrue(r.contains("429") && r.contains("Retry-After"), path + ": " + r);
        }
    }

    /** Every public API operation lists the answers the filters and faults give (ApiFaults). */
    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationDocumentsTheRateLimitAndFaultAnswers() {
        int operations = 0;
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map<String, Object> op : path.getValue().values()) {
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                for (String code : List.of("429", "500", "503")) {
                    assertTrue(
                            responses.containsKey(code),
                            path.getKey() + " lacks " + code + ": " + responses.keySet());
                }
                assertTrue(responses.get("429").toString().contains("Retry-After"));
                operations++;
            }
        }
        assertTrue(operations >= 6, "API operations in the spec: " + operations);
    }
}
