package gongkai.compare;

import static gongkai.testsupport.Imported.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.search.Indexer;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /projects and /api/projects over the samples: the five project self-evaluations of 内蒙古自治区司法厅
 * (sample 001), the same report moved to 2022 (published) and to 2021 (a draft, never shown).
 */
@MicronautTest(transactional = false)
// The machine is shared by several builds: allow a slow answer rather than fail on the 10 s
// default.
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject Indexer indexer;
    @Inject JsonMapper json;

    long department2023;
    long department2022;
    long draft2021;

    @BeforeAll
    void importAndIndex() {
        stored(imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true));
        department2023 =
                stored(
                        imports.importDocument(
                                "001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true));
        department2022 =
                stored(
                        imports.importDocument(
                                "001-2022",
                                SampleVariants.forYear(Samples.NMG_JUSTICE_DEPARTMENT, 2022),
                                true));
        draft2021 =
                stored(
                        imports.importDocument(
                                "001-2021",
                                SampleVariants.forYear(Samples.NMG_JUSTICE_DEPARTMENT, 2021),
                                false));
        stored(imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
        indexer.catchUp();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode api(String uri) throws IOException {
        return json.readValue(http.toBlocking().retrieve(HttpRequest.GET(uri)), JsonNode.class);
    }

    private static List<JsonNode> items(JsonNode result) {
        List<JsonNode> out = new ArrayList<>();
        result.get("items").values().forEach(out::add);
        return out;
    }

    private int status(String uri, String accept) {
        try {
            return http.toBlocking()
                    .exchange(HttpRequest.GET(uri).accept(accept), String.class)
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** The project as /api/disclosures/{id} serves it. */
    private JsonNode disclosureProject(long disclosureId, String name) throws IOException {
        for (JsonNode p : api("/api/disclosures/" + disclosureId).get("projects").values()) {
            if (p.get("name").getStringValue().equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name + " not in " + disclosureId);
    }

    private static BigDecimal decimal(JsonNode n) {
        return new BigDecimal(n.coerceStringValue());
    }

    @Test
    void theSamplesPufaProjectsRankFirst() throws IOException {
        for (String query : List.of("普法", "普法宣传经费")) {
            List<JsonNode> items = items(api("/api/projects?q=" + q(query)));
            assertTrue(items.size() >= 2, query);
            for (int i = 0; i < 2; i++) {
                assertEquals("普法专项经费", items.get(i).get("name").getStringValue(), query + " #" + i);
            }
            assertEquals(
                    List.of(department2023, department2022).stream().sorted().toList(),
                    items.subList(0, 2).stream()
                            .map(n -> n.get("disclosureId").getLongValue())
                            .sorted()
                            .toList());
        }
    }

    @Test
    void thePageSaysWhyEachMatchedAndListsOtherUnitsMatchingLineItems() {
        String html =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/projects?q=" + q("普法宣传经费")).accept("text/html"));
        assertTrue(html.contains("<th scope=\"col\">为何相似</th>"), "a column says why");
        assertTrue(html.contains("名称含：普法"), "the shared words are named");
        int lines = html.indexOf("各单位决算中的同类科目");
        assertTrue(lines > 0, "line items of the units are listed");
        String section = html.substring(lines);
        assertTrue(section.contains("醴陵市司法局"), "醴陵 reports 普法宣传 only as a line item");
        assertTrue(section.contains("href=\"/compare?code=2040605\""), "its code links to 科目比较");
        assertTrue(html.contains("<title>普法宣传经费 - 同类项目 · 公开</title>"), "the menu's name");
    }

    @Test
    void showsBudgetExecutionAndScoreAsTheDisclosureStatesThem() throws IOException {
        JsonNode item =
                items(api("/api/projects?q=" + q("普法"))).stream()
                        .filter(n -> n.get("disclosureId").getLongValue() == department2023)
                        .findFirst()
                        .orElseThrow();
        JsonNode stated = disclosureProject(department2023, "普法专项经费");
        for (String field :
                List.of(
                        "initialBudget",
                        "annualBudget",
                        "executed",
                        "executionRate",
                        "totalScore")) {
            assertEquals(0, decimal(stated.get(field)).compareTo(decimal(item.get(field))), field);
        }
        // 项目支出绩效自评表 of 普法专项经费: 全年执行数 892.13万元, 自评得分 98.25 (sample 001).
        assertEquals(0, new BigDecimal("8921300.00").compareTo(decimal(item.get("executed"))));
        assertEquals(0, new BigDecimal("98.25").compareTo(decimal(item.get("totalScore"))));
        assertEquals("内蒙古自治区司法厅（本级）", item.get("unitName").getStringValue());
        assertEquals(2023, item.get("year").getIntValue());

        String html =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/projects?q=" + q("普法宣传经费")).accept("text/html"));
        assertTrue(
                html.contains("普法专项经费") && html.contains("892.13") && html.contains("98.25"),
                "side by side on the page");
        assertTrue(
                html.contains("href=\"/disclosures/" + department2023 + "\""),
                "links the disclosure");
        assertTrue(html.contains("<label for=\"projects-q\">"));
    }

    @Test
    void similarToAProjectFindsTheSameProjectInOtherYearsAndNotItself() throws IOException {
        long id =
                items(api("/api/projects?q=" + q("普法"))).stream()
                        .filter(n -> n.get("disclosureId").getLongValue() == department2023)
                        .findFirst()
                        .orElseThrow()
                        .get("projectId")
                        .getLongValue();
        JsonNode result = api("/api/projects?like=" + id);
        assertEquals("普法专项经费", result.get("like").get("name").getStringValue());
        List<JsonNode> items = items(result);
        assertFalse(items.isEmpty());
        assertEquals("普法专项经费", items.get(0).get("name").getStringValue());
        assertEquals(department2022, items.get(0).get("disclosureId").getLongValue());
        assertTrue(
                items.stream().noneMatch(n -> n.get("projectId").getLongValue() == id),
                "not itself");
        String html =
                http.toBlocking()
                        .retrieve(HttpRequest.GET("/projects?like=" + id).accept("text/html"));
        assertTrue(html.contains("与此项目相似"), html);
    }

    @Test
    void aDisclosurePageLinksEachProjectToItsCounterpartsInOtherUnits() throws IOException {
        String page =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/disclosures/" + department2023)
                                        .accept("text/html"));
        String href = "/projects?q=" + q("普法专项经费");
        assertTrue(
                page.contains("href=\"" + href + "\""),
                "the 普法专项经费 project links to similar projects");
        List<JsonNode> items = items(api("/api" + href));
        assertEquals(
                "普法专项经费", items.get(0).get("name").getStringValue(), "the link finds it first");
    }

    @Test
    void draftsProjectsNeverAppear() throws IOException {
        for (String query : List.of("普法", "行政复议经费", "信息化运维费")) {
            for (JsonNode n : items(api("/api/projects?q=" + q(query) + "&size=50"))) {
                assertTrue(n.get("disclosureId").getLongValue() != draft2021, query);
                assertTrue(n.get("year").getIntValue() != 2021, query);
            }
        }
    }

    @Test
    void hostileOrOverlongQueriesAreAChinese400() {
        String tooLong = "普法".repeat(51);
        for (String bad : List.of(tooLong, "*:*", "\u0001普法", "（）“”")) {
            assertEquals(400, status("/api/projects?q=" + q(bad), "application/json"), bad);
            HttpClientResponseException e =
                    assertThrows(
                            HttpClientResponseException.class,
                            () ->
                                    http.toBlocking()
                                            .exchange(
                                                    HttpRequest.GET("/projects?q=" + q(bad))
                                                            .accept("text/html"),
                                                    String.class));
            assertEquals(400, e.getStatus().getCode());
            assertTrue(e.getResponse().getBody(String.class).orElse("").contains("请求有误"), bad);
        }
        HttpClientResponseException e =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .exchange(
                                                HttpRequest.GET("/api/projects?q=" + q(tooLong)),
                                                String.class));
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("最多 100 个字"));
        assertEquals(400, status("/api/projects", "application/json"), "no q, no like");
        assertEquals(400, status("/api/projects?like=abc", "application/json"));
        assertEquals(400, status("/api/projects?q=" + q("普法") + "&size=500", "application/json"));
        assertEquals(404, status("/api/projects?like=987654321", "application/json"));
        // Query syntax and markup are only text: answered, and escaped on the page.
        assertEquals(
                200, status("/api/projects?q=" + q("普法 AND (经费* OR title:x)"), "application/json"));
        String html =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/projects?q=" + q("<script>alert(1)</script>"))
                                        .accept("text/html"));
        assertFalse(html.contains("<script>alert(1)"));
        assertEquals(200, status("/projects", "text/html"), "the empty form");
    }
}
