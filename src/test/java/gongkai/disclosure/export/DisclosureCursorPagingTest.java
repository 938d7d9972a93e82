package gongkai.disclosure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.ApiContract;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Walking /api/disclosures by its Link headers yields every row once, publications or not. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureCursorPagingTest {

    private static final List<String> SAMPLES =
            List.of(
                    Samples.LILING_JUSTICE_BUREAU,
                    Samples.NMG_PUBLICITY_CENTRE,
                    Samples.NMG_JUSTICE_DEPARTMENT);
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final Pattern PREV = Pattern.compile("<([^>]+)>; rel=\"prev\"");
    private static final Pattern ID = Pattern.compile("\\{\"id\":(\\d+),");

    @Inject EmbeddedServer server;
    @Inject ImportService imports;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void publishNine() {
        for (int year = 2021; year <= 2023; year++) {
            for (String sample : SAMPLES) {
                publish(sample, year);
            }
        }
    }

    private long publish(String sample, int year) {
        return imports.importDocument(sample, SampleVariants.forYear(sample, year), true)
                .disclosureId();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        URI uri = url.startsWith("http") ? URI.create(url) : server.getURI().resolve(url);
        HttpResponse<String> r =
                http.send(
                        HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return ApiContract.of(server.getURI()).check(r);
    }

    private static List<Long> ids(String body) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String link(HttpResponse<String> r, Pattern rel) {
        String header = r.headers().firstValue("Link").orElse("");
        Matcher m = rel.matcher(header);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void walkingTheNextLinksYieldsEveryRowOnceWhilePublicationsHappen() throws Exception {
        List<Long> full = ids(get("/api/disclosures?size=200").body());
        assertTrue(full.size() >= 9, full.toString());

        List<Long> walked = new ArrayList<>();
        HttpResponse<String> page = get("/api/disclosures?size=4");
        walked.addAll(ids(page.body()));
        // Published between the first and the second page: one sorts first (a newer year) and
        // would push every offset page down a row; one sorts last and must still be reached.
        long newest = publish(Samples.LILING_JUSTICE_BUREAU, 2024);
        long oldest = publish(Samples.NMG_PUBLICITY_CENTRE, 2019);
        String next = link(page, NEXT);
        int pages = 1;
        while (next != null) {
            assertTrue(next.startsWith("http://"), "absolute link: " + next);
            page = get(next);
            assertEquals(200, page.statusCode(), page.body());
            walked.addAll(ids(page.body()));
            next = link(page, NEXT);
            assertTrue(++pages < 50, "the walk ends");
        }
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no row twice: " + walked);
        assertTrue(walked.containsAll(full), "no row missed: " + walked + " vs " + full);
        assertFalse(walked.contains(newest), "a row published before the cursor is not seen");
        assertTrue(walked.contains(oldest), "a row published after the cursor is reached");
        assertTrue(page.body().contains("\"items\":"), page.body());
        assertFalse(page.body().contains("nextCursor"), "the last page has no next cursor");
    }

    @Test
    void prevLinksWalkBackToTheFirstPage() throws Exception {
        HttpResponse<String> first = get("/api/disclosures?size=2&year=2021");
        List<Long> firstIds = ids(first.body());
        assertNull(link(first, PREV), "the first page has no prev");
        HttpResponse<String> second = get(link(first, NEXT));
        assertNotNull(link(second, PREV), second.headers().map().toString());
        HttpResponse<String> back = get(link(second, PREV));
        assertEquals(firstIds, ids(back.body()));
        assertNull(link(back, PREV), "back at the start: no prev");
        assertEquals(ids(second.body()), ids(get(link(back, NEXT)).body()));
    }

    @Test
    void rowsComeInAStableOrderWithTheirIds() throws Exception {
        String body = get("/api/disclosures?year=2022&size=200").body();
        List<Long> ids = ids(body);
        assertEquals(3, ids.size(), body);
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> Long.compare(b, a));
        assertEquals(sorted, ids, "within a year, newest id first");
    }

    @Test
    void theOldPageParameterStillWorksAndLinksOn() throws Exception {
        List<Long> full = ids(get("/api/disclosures?size=200").body());
        HttpResponse<String> second = get("/api/disclosures?size=3&page=2");
        assertEquals(full.subList(3, 6), ids(second.body()));
        assertTrue(second.body().contains("\"page\":2"), second.body());
        assertTrue(link(second, PREV).endsWith("page=1"), link(second, PREV));
        assertEquals(full.subList(6, 9), ids(get(link(second, NEXT)).body()));
    }

    @Test
    void aMalformedCursorIsA400WithAChineseMessage() throws Exception {
        for (String bad :
                List.of(
                        "abc%25",
                        "bm90LWEtY3Vyc29y", "YXwyMDIzfHg", "enwyMDIzfDE", "YXwyMDIzfDF8Mg")) {
            HttpResponse<String> r = get("/api/disclosures?cursor=" + bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().contains("游标"), r.body());
        }
        HttpResponse<String> both = get("/api/disclosures?page=2&cursor=YXwyMDIzfDE");
        assertEquals(400, both.statusCode());
        assertTrue(both.body().contains("不能同时使用"), both.body());
    }
}
