package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.SearchOutbox;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.MariaDb;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Eight writers publish, correct and withdraw at once on a real MariaDB server while the indexer
 * polls and readers keep pages in memory; afterwards the index holds exactly what the database says
 * is published and every kept unit page shows it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@Property(name = "gongkai.indexer.poll-interval", value = "200ms")
class OutboxConcurrencyTest implements TestPropertyProvider {

    private static final int WRITERS = 8;
    private static final List<String> SAMPLES =
            List.of(
                    Samples.LILING_JUSTICE_BUREAU,
                    Samples.NMG_JUSTICE_DEPARTMENT,
                    Samples.NMG_PUBLICITY_CENTRE);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject DisclosureCatalog catalog;
    @Inject SearchOutbox outbox;
    @Inject Indexer indexer;

    @Override
    public Map<String, String> getProperties() {
        return MariaDb.freshDatabase();
    }

    private long publish(String sample, int year) {
        ImportReport report =
                imports.importDocument(sample, SampleVariants.forYear(sample, year), true);
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        return report.disclosureId();
    }

    @Test
    void everyPublicationIsIndexedAndEveryKeptPageRefreshedAfterConcurrentWrites()
            throws Exception {
        // The units exist before the race (creating one unit from two threads is not what is tested
        // here).
        Set<Long> unitIds = new TreeSet<>();
        for (String sample : SAMPLES) {
            unitIds.add(catalog.document(publish(sample, 2012)).orElseThrow().unit().id());
        }
        Set<Long> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);

        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> {
                    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
                    try {
                        CountDownLatch start = new CountDownLatch(1);
                        List<Future<?>> writers = new ArrayList<>();
                        for (int t = 0; t < WRITERS; t++) {
                            int thread = t;
                            writers.add(
                                    pool.submit(
                                            () -> {
                                                start.await();
                                                for (int k = 0; k < 2; k++) {
                                                    String sample =
                                                            SAMPLES.get(
                                                                    (thread + k) % SAMPLES.size());
                                                    int year = 2013 + thread; // distinct (sample,
                                                    // year) pairs across
                                                    // threads
                                                    written.add(publish(sample, year));
                                                    long correction =
                                                            publish(
                                                                    sample,
                                                                    year); // supersedes the first
                                                    written.add(correction);
                                                    if (thread % 4 == 0 && k == 1) {
                                                        disclosures.withdraw(correction);
                                                    }
                                                }
                                                return null;
                                            }));
                        }
                        // A reader keeps unit pages and the home page in memory at every
                        // intermediate state.
                        Future<?> reader =
                                pool.submit(
                                        () -> {
                                            while (writing.get()) {
                                                for (long unit : unitIds) {
                                                    http.toBlocking().retrieve("/units/" + unit);
                                                }
                                                http.toBlocking().retrieve("/");
                                            }
                                            return null;
                                        });
                        start.countDown();
                        for (Future<?> w : writers) {
                            w.get();
                        }
                        writing.set(false);
                        reader.get();
                    } finally {
                        pool.shutdownNow();
                        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
                    }
                    long last = outbox.lastPosition();
                    while (indexer.index().committedPosition() < last) {
                        Thread.sleep(100);
                    }
                });

        assertEquals(WRITERS * 4, written.size());
        Set<Long> published = new TreeSet<>(outbox.publishedIds());
        assertEquals(
                published,
                indexer.index().disclosureIds(),
                () ->
                        "the index holds exactly the published disclosures; outbox "
                                + outbox.after(0, 1000).stream()
                                        .map(
                                                e ->
                                                        e.seq()
                                                                + ":"
                                                                + e.id()
                                                                + ":"
                                                                + e.disclosureId()
                                                                + ":"
                                                                + e.action())
                                        .toList()
                                + " position "
                                + indexer.index().committedPosition()
                                + " last "
                                + outbox.lastPosition());
        Set<Long> notPublic = new HashSet<>(written);
        notPublic.removeAll(published);
        assertEquals(
                WRITERS * 2 + WRITERS / 4, notPublic.size(), "superseded and withdrawn revisions");
        for (long unit : unitIds) {
            String page = http.toBlocking().retrieve(HttpRequest.GET("/units/" + unit));
            for (long id : published) {
                if (catalog.document(id).orElseThrow().unit().id() == unit) {
                    assertTrue(
                            page.contains("href=\"/disclosures/" + id + "\""),
                            "unit " + unit + " page lists " + id);
                }
            }
            for (long id : notPublic) {
                assertFalse(
                        page.contains("href=\"/disclosures/" + id + "\""),
                        "unit " + unit + " page no longer lists " + id);
            }
        }
    }
}
