package gongkai.disclosure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;

    long published;
    long draft;

    @BeforeAll
    void importSamples() {
        ImportReport p =
                imports.importDocument(
                        Samples.LILING_JUSTICE_BUREAU,
                        Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                        true);
        ImportReport d =
                imports.importDocument(
                        Samples.NMG_PUBLICITY_CENTRE,
                        Samples.bytes(Samples.NMG_PUBLICITY_CENTRE),
                        false);
        published = p.disclosureId();
        draft = d.disclosureId();
    }

    private String get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri));
    }

    private HttpClientResponseException failure(String uri) {
        return assertThrows(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(uri), String.class));
    }

    @Test
    void returnsTheWholeDisclosureWithExactAmounts() {
        String json = get("/api/disclosures/" + published);
        assertTrue(json.contains("\"name\":\"醴陵市司法局\""), json.substring(0, 300));
        assertTrue(json.contains("13742926.23"), "收入合计 in 元, exact");
        assertTrue(json.contains("\"code\":\"公开02\""));
        assertTrue(json.contains("\"path\":[\"湖南省\",\"株洲市\",\"醴陵市\"]"));
    }

    @Test
    void listsPublishedDisclosuresByUnitAndYear() {
        String json =
                get(
                        "/api/disclosures?unit="
                                + java.net.URLEncoder.encode(
                                        "醴陵市司法局", java.nio.charset.StandardCharsets.UTF_8)
                                + "&year=2023");
        assertTrue(json.contains("\"id\":" + published), json);
        assertTrue(!json.contains("\"id\":" + draft + ","), "drafts are not public");
    }

    @Test
    void listsEveryPublishedDisclosureWithoutFilters() {
        String json = get("/api/disclosures");
        assertTrue(json.contains("\"id\":" + published), json);
    }

    @Test
    void answersUnknownIdsWithAChineseJson404() {
        HttpClientResponseException e = failure("/api/disclosures/987654321");
        assertEquals(404, e.getStatus().getCode());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("\"error\":\"编号为 987654321 的决算公开不存在。\""), body);
    }

    @Test
    void hidesDraftsFromThePublicApi() {
        assertEquals(404, failure("/api/disclosures/" + draft).getStatus().getCode());
        assertEquals(400, failure("/api/disclosures?status=DRAFT").getStatus().getCode());
    }

    @Test
    void rejectsMalformedParametersWithA400() {
        HttpClientResponseException e = failure("/api/disclosures?year=abc");
        assertEquals(400, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("year"));
        assertEquals(400, failure("/api/disclosures?size=100000").getStatus().getCode());
        assertEquals(400, failure("/api/disclosures/abc").getStatus().getCode());
    }

    @Test
    void theUnitPageListsItsPublishedYearsAndEveryResponseCarriesSecurityHeaders() {
        HttpResponse<String> page =
                http.toBlocking()
                        .exchange(HttpRequest.GET("/disclosures/" + published), String.class);
        assertTrue(
                page.getHeaders()
                        .get("Content-Security-Policy")
                        .contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.getHeaders().get("X-Content-Type-Options"));
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/units/(\\d+)").matcher(page.body());
        assertTrue(m.find(), "the disclosure page links its unit");
        String unit = get("/units/" + m.group(1));
        assertTrue(unit.contains("醴陵市司法局") && unit.contains("/disclosures/" + published), unit);
        assertEquals(
                404,
                assertThrows(
                                HttpClientResponseException.class,
                                () ->
                                        http.toBlocking()
                                                .exchange(
                                                        HttpRequest.GET("/units/999999")
                                                                .accept("text/html"),
                                                        String.class))
                        .getStatus()
                        .getCode());
    }

    @Test
    void unknownPagesGetAChineseHtml404() {
        HttpClientResponseException e =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .exchange(
                                                HttpRequest.GET("/no-such-page")
                                                        .accept("text/html"),
                                                String.class));
        assertEquals(404, e.getStatus().getCode());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("页面不存在"), body);
        assertTrue(!body.contains("Exception"));
    }
}
