package gongkai.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.search.Indexer;
import gongkai.testsupport.ApiContract;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The published contract holds: every documented /api route answers success, an empty result and
 * each documented error exactly as /openapi.yml says (see {@link ApiContract}), and the suite fails
 * when a documented (route, status) pair is left unexercised.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest {

    /**
     * Faults need a broken server: 500 in gongkai.web.ServerFaultTest and search.SearchFaultTest,
     * 503 in web.DatabaseOutageTest, 429 (a tight rate limit) in apidocs.ApiRateLimitTest.
     */
    private static final Set<Integer> COVERED_ELSEWHERE = Set.of(429, 500, 503);

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject Indexer indexer;

    private WebSession web;
    private ApiContract contract;
    private long disclosureId;
    private long projectId;

    @BeforeAll
    void publishAndIndex() {
        imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true);
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        indexer.catchUp();
        web = new WebSession(server.getURI());
        contract = ApiContract.of(server.getURI());
        disclosureId = firstNumber("\"id\":(\\d+)", get("/api/disclosures?size=1").body());
        projectId = firstNumber("\"projectId\":(\\d+)", get("/api/projects?q=" + q("普法宣传")).body());
    }

    private HttpResponse<String> get(String path) {
        return contract.check(web.get(path));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long firstNumber(String pattern, String body) {
        Matcher m = Pattern.compile(pattern).matcher(body);
        assertTrue(m.find(), pattern + " in " + body);
        return Long.parseLong(m.group(1));
    }

    @Test
    void disclosureListAndDocumentMatchTheSpec() {
        assertTrue(get("/api/disclosures").body().contains("\"items\":[{"));
        assertTrue(
                get("/api/disclosures?unit=" + q("醴陵市司法局") + "&year=2023")
                        .body()
                        .contains("醴陵市司法局"));
        assertTrue(
                get("/api/disclosures?status=SUPERSEDED").body().contains("\"items\":[]"),
                "none superseded: []");
        assertTrue(get("/api/disclosures?unit=" + q("没有这个单位")).body().contains("\"items\":[]"));
        assertEquals(400, get("/api/disclosures?size=0").statusCode());
        assertEquals(400, get("/api/disclosures?status=DRAFT").statusCode());
        assertEquals(400, get("/api/disclosures?page=abc").statusCode());
        assertEquals(200, get("/api/disclosures/" + disclosureId).statusCode());
        assertEquals(404, get("/api/disclosures/999999").statusCode());
        assertEquals(400, get("/api/disclosures/not-a-number").statusCode());
    }

    @Test
    void searchMatchesTheSpecWithHitsAndWithout() {
        assertTrue(get("/api/search?q=" + q("社区矫正")).body().contains("\"hits\":[{"));
        assertTrue(
                get("/api/search?q=" + q("社区矫正") + "&type=LINE_ITEM&sort=amount&size=5")
                        .body()
                        .contains("\"hits\":[{"));
        String nothing = get("/api/search?q=" + q("量子计算机")).body();
        assertTrue(
                nothing.contains("\"total\":0") && nothing.contains("\"hits\":[]"),
                "an empty result keeps its shape: " + nothing);
        assertTrue(
                get("/api/search?q=" + q("社区矫正") + "&page=40&size=25")
                        .body()
                        .contains("\"hits\":[]"),
                "past the last hit");
        assertEquals(400, get("/api/search?q=").statusCode());
        assertEquals(400, get("/api/search").statusCode());
        assertEquals(400, get("/api/search?q=a&sort=price").statusCode());
        assertEquals(400, get("/api/search?q=a&size=500").statusCode());
        assertEquals(400, get("/api/search?q=a&page=0").statusCode());
        assertEquals(400, get("/api/search?q=a&year=twenty").statusCode());
    }

    @Test
    void compareMatchesTheSpec() {
        assertTrue(get("/api/compare?code=2040610").body().contains("\"items\":[{"));
        assertTrue(get("/api/compare?code=2040610&year=1999").body().contains("\"items\":[]"));
        assertEquals(400, get("/api/compare").statusCode());
        assertEquals(400, get("/api/compare?code=99").statusCode());
        assertEquals(400, get("/api/compare?code=2040610&sort=colour").statusCode());
    }

    @Test
    void budgetAgainstOutcomeMatchesTheSpec() {
        long unit =
                firstNumber(
                        "\"unitId\":(\\d+)",
                        get("/api/disclosures?unit=" + q("醴陵市司法局") + "&year=2023").body());
        assertEquals(404, get("/api/units/" + unit + "/budget-vs-actual?year=2023").statusCode());
        imports.importDocument(
                "budget.txt",
                gongkai.importer.BudgetFixtures.bytes(gongkai.importer.BudgetFixtures.LILING_2023),
                true);
        assertTrue(
                get("/api/units/" + unit + "/budget-vs-actual?year=2023")
                        .body()
                        .contains("\"codes\":[{"));
        assertEquals(400, get("/api/units/" + unit + "/budget-vs-actual?year=23").statusCode());
        assertTrue(get("/api/budget-vs-actual?code=2040605").body().contains("\"items\":[{"));
        assertTrue(
                get("/api/budget-vs-actual?code=2040605&year=1999")
                        .body()
                        .contains("\"items\":[]"));
        assertEquals(400, get("/api/budget-vs-actual").statusCode());
    }

    @Test
    void projectsMatchTheSpec() {
        assertTrue(get("/api/projects?q=" + q("普法宣传")).body().contains("\"items\":[{"));
        assertTrue(get("/api/projects?like=" + projectId).body().contains("\"like\":{"));
        assertTrue(get("/api/projects?q=" + q("量子计算机")).body().contains("\"items\":[]"));
        assertEquals(400, get("/api/projects").statusCode());
        assertEquals(400, get("/api/projects?like=abc").statusCode());
        assertEquals(404, get("/api/projects?like=999999").statusCode());
    }

    @Test
    void unknownRoutesAndMethodsAnswerJsonErrors() throws Exception {
        assertEquals(404, get("/api/nothing-here").statusCode());
        HttpResponse<String> post =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(server.getURI().resolve("/api/search?q=a"))
                                        .timeout(Duration.ofSeconds(60))
                                        .POST(HttpRequest.BodyPublishers.ofString(""))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(405, contract.check(post).statusCode());
    }

    @Test
    void theContractRejectsWhatTheSpecForbids() {
        String json = "application/json";
        assertThrows(
                AssertionError.class,
                () ->
                        contract.check(
                                "GET",
                                "/api/search",
                                200,
                                json,
                                "{\"total\":0,\"page\":1,\"size\":20,\"facets\":{},\"relaxed\":false}"),
                "hits missing");
        assertThrows(
                AssertionError.class,
                () ->
                        contract.check(
                                "GET",
                                "/api/search",
                                200,
                                json,
                                "{\"total\":\"0\",\"page\":1,\"size\":20,\"hits\":[],\"facets\":{},\"relaxed\":false}"),
                "a string total");
        assertThrows(
                AssertionError.class,
                () ->
                        contract.check(
                                "GET",
                                "/api/search",
                                404,
                                json,
                                "{\"status\":404,\"error\":\"不存在\"}"),
                "an undocumented status");
        assertThrows(
                AssertionError.class,
                () ->
                        contract.check(
                                "GET",
                                "/api/search",
                                400,
                                json,
                                "{\"message\":\"Bad Request\",\"_links\":{}}"),
                "Micronaut's own error body");
        assertThrows(
                AssertionError.class,
                () ->
                        contract.check(
                                "GET",
                                "/api/search",
                                400,
                                json,
                                "{\"status\":400,\"error\":\"For input string: x\"}"),
                "an exception message");
        assertThrows(
                AssertionError.class,
                () ->
                        contract.check(
                                "GET",
                                "/api/search",
                                400,
                                "text/html",
                                "{\"status\":400,\"error\":\"参数错误\"}"),
                "not JSON");
    }

    /**
     * Runs last (alphabetically and by lifecycle): what the other tests checked must cover the
     * spec.
     */
    @AfterAll
    void everyDocumentedResponseWasExercised() {
        Set<String> missing = new TreeSet<>(contract.documented());
        missing.removeAll(contract.checked());
        missing.removeIf(
                k ->
                        COVERED_ELSEWHERE.contains(
                                Integer.parseInt(k.substring(k.lastIndexOf(' ') + 1))));
        assertTrue(missing.isEmpty(), "documented but never exercised: " + missing);
    }
}
