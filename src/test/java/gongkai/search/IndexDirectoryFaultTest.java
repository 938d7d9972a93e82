package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.ImportService;
import gongkai.search.index.SearchIndexWriter;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * The index directory stops being writable (here: replaced by a plain file, which stops root too):
 * pages still come from the database, search answers 503 with a Chinese message and Retry-After,
 * /health says DEGRADED, the index's position stays before the unapplied publication, and once the
 * directory is back the portal catches up by itself.
 */
@MicronautTest(transactional = false)
@Property(name = "gongkai.indexer.poll-interval", value = "300ms")
class IndexDirectoryFaultTest {

    private static final String QUERY =
            "/api/search?q=" + URLEncoder.encode("法治乌兰牧骑", StandardCharsets.UTF_8);

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject Indexer indexer;
    @Inject IndexLocation location;

    private static void eventually(BooleanSupplier condition, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail(what + " within 20 s");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void anUnwritableIndexDirectoryDegradesSearchOnlyAndRecoversByItself() throws Exception {
        long first =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        long pending =
                imports.importDocument(
                                Samples.NMG_PUBLICITY_CENTRE,
                                Samples.bytes(Samples.NMG_PUBLICITY_CENTRE),
                                false)
                        .disclosureId();
        eventually(() -> safeIds().contains(first), "the first publication is indexed");
        WebSession browser = new WebSession(server.getURI());
        assertEquals(200, browser.get(QUERY).statusCode());
        long positionBefore = indexer.index().committedPosition();

        Path generation = location.current();
        Path away = generation.resolveSibling(generation.getFileName() + ".away");
        Files.move(generation, away);
        Files.writeString(generation, "not a directory");
        try {
            disclosures.moveTo(pending, DisclosureStatus.PUBLISHED, null, null);
            eventually(
                    () -> indexer.fault().isPresent(), "the indexer notices the failing directory");

            HttpResponse<String> api = browser.get(QUERY);
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.body().contains("\"error\":\"全文检索暂时无法使用"), api.body());
            assertTrue(
                    api.headers().firstValue("Retry-After").isPresent(),
                    "Retry-After tells clients when to come back");
            HttpResponse<String> page =
                    browser.get("/search?q=" + URLEncoder.encode("法治乌兰牧骑", StandardCharsets.UTF_8));
            assertEquals(503, page.statusCode());
            assertTrue(
                    page.body().contains("全文检索暂时无法使用") && page.body().contains("<html"),
                    "a Chinese page, not a stack trace");
            assertEquals(
                    200,
                    browser.get("/disclosures/" + pending).statusCode(),
                    "pages still come from the database");
            HttpResponse<String> health = browser.get("/health");
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"DEGRADED\""), health.body());
            try (FSDirectory dir = FSDirectory.open(away)) {
                assertEquals(
                        Long.toString(positionBefore),
                        SegmentInfos.readLatestCommit(dir)
                                .getUserData()
                                .get(SearchIndexWriter.POSITION_KEY),
                        "the committed position does not pass the unapplied publication");
            }
        } finally {
            Files.delete(generation);
            Files.move(away, generation);
        }

        eventually(() -> indexer.fault().isEmpty(), "the index works again by itself");
        eventually(
                () -> safeIds().contains(pending),
                "the publication made during the fault is indexed");
        assertEquals(200, browser.get(QUERY).statusCode());
        assertTrue(browser.get("/health").body().contains("\"status\":\"UP\""));
    }

    private java.util.Set<Long> safeIds() {
        try {
            return indexer.index().disclosureIds();
        } catch (Exception e) {
            return java.util.Set.of();
        }
    }
}
