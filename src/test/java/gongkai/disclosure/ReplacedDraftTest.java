package gongkai.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A draft replaced by a newer draft was never reviewed: it must never become public (it once turned
 * SUPERSEDED, the status of a corrected publication, and was served to anyone).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplacedDraftTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureService disclosures;

    long published;
    long replacedDraft;
    long newestDraft;

    @BeforeAll
    void publishThenTwoDrafts() {
        byte[] bytes = Samples.bytes(Samples.LILING_JUSTICE_BUREAU);
        published =
                imports.importDocument(Samples.LILING_JUSTICE_BUREAU, bytes, true).disclosureId();
        replacedDraft =
                imports.importDocument(Samples.LILING_JUSTICE_BUREAU, bytes, false).disclosureId();
        ImportReport third = imports.importDocument(Samples.LILING_JUSTICE_BUREAU, bytes, false);
        newestDraft = third.disclosureId();
    }

    private int status(String uri) {
        try {
            return http.toBlocking()
                    .exchange(HttpRequest.GET(uri), String.class)
                    .getStatus()
                    .getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void replacedDraftIsDiscardedNotSuperseded() {
        assertEquals(
                DisclosureStatus.DISCARDED, disclosures.byId(replacedDraft).orElseThrow().status());
        assertEquals(
                DisclosureStatus.PUBLISHED, disclosures.byId(published).orElseThrow().status());
        assertEquals(DisclosureStatus.DRAFT, disclosures.byId(newestDraft).orElseThrow().status());
    }

    @Test
    void replacedDraftIsNotServedByPagesApiOrDownloads() {
        assertEquals(404, status("/disclosures/" + replacedDraft));
        assertEquals(404, status("/api/disclosures/" + replacedDraft));
        assertEquals(404, status("/disclosures/" + replacedDraft + "/download.csv"));
        assertEquals(200, status("/disclosures/" + published));
    }

    @Test
    void replacedDraftIsNotListedAsSupersededNorInTheRevisionHistory() {
        String superseded =
                http.toBlocking()
                        .retrieve(HttpRequest.GET("/api/disclosures?status=SUPERSEDED&size=200"));
        assertFalse(superseded.contains("\"id\":" + replacedDraft + ","), superseded);
        String page = http.toBlocking().retrieve(HttpRequest.GET("/disclosures/" + published));
        assertFalse(
                page.contains("/disclosures/" + replacedDraft + "\""),
                "no link to the discarded draft");
        assertTrue(page.contains("醴陵市司法局"));
    }

    @Test
    void discardedIsNotAStatusThePublicApiAccepts() {
        assertEquals(400, status("/api/disclosures?status=DISCARDED"));
    }
}
