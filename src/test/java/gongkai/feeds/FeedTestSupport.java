package gongkai.feeds;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.ImportService;
import gongkai.importer.ParseResult;
import gongkai.importer.report.ImportReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** What the feed tests share: plain HTTP GETs and publishing a correction. */
final class FeedTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FeedTestSupport() {}

    static HttpResponse<String> get(URI base, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static long stored(ImportReport r) {
        assertNotNull(r.disclosureId(), () -> "imported: " + r.errors());
        return r.disclosureId();
    }

    /**
     * Publishes a correction of the published revision {@code publishedId} with the content of
     * {@code document} and a correction note, as a reviewer's publication of a correction does.
     */
    static long correct(
            ImportService imports,
            DisclosureService disclosures,
            DisclosureCatalog catalog,
            long publishedId,
            byte[] document,
            String note) {
        ParseResult parsed = imports.parse("correction", document);
        long unitId = catalog.summary(publishedId).orElseThrow().unitId();
        Disclosure d =
                disclosures.storeNewRevision(
                        unitId, parsed.disclosure(), DisclosureStatus.PUBLISHED, note);
        return d.id();
    }

    static List<String> entryPaths(com.rometools.rome.feed.atom.Feed feed) {
        return feed.getEntries().stream().map(AtomCheck::pagePath).toList();
    }
}
