package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchResult;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A full rebuild swaps in a new index while searches keep answering, with the same results after.
 */
@MicronautTest(transactional = false, startApplication = false)
@Property(name = "gongkai.indexer.poll-interval", value = "1h")
@Property(name = "gongkai.search.close-grace", value = "2s")
class ReindexDuringSearchTest {

    @Inject ImportService imports;
    @Inject Indexer indexer;
    @Inject IndexRebuilder rebuilder;
    @Inject IndexLocation location;

    @Test
    void searchesKeepAnsweringWhileTheIndexIsRebuilt() throws Exception {
        for (int year = 2019; year <= 2023; year++) {
            for (String sample :
                    List.of(Samples.LILING_JUSTICE_BUREAU, Samples.NMG_JUSTICE_DEPARTMENT)) {
                assertFalse(
                        imports.importDocument(sample, SampleVariants.forYear(sample, year), true)
                                .failed());
            }
        }
        indexer.catchUp();
        SearchQuery query =
                new SearchQuery(
                        "社区矫正", null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1, 10);
        SearchResult before = indexer.index().search(query);
        int documentsBefore = indexer.index().documentCount();
        assertTrue(before.total() > 0);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clients.add(
                    pool.submit(
                            () -> {
                                while (running.get()) {
                                    assertEquals(
                                            before.total(), indexer.index().search(query).total());
                                    searches.incrementAndGet();
                                }
                                return null;
                            }));
        }
        var oldGeneration = location.current();
        rebuilder.rebuild(p -> {});
        indexer.catchUp(); // notices the new generation and switches searches to it
        assertTrue(
                Files.exists(oldGeneration),
                "the old generation stays while searches that began on it finish");
        Thread.sleep(200);
        running.set(false);
        for (Future<?> client : clients) {
            client.get(30, TimeUnit.SECONDS); // rethrows any failed search
        }
        pool.shutdown();

        assertTrue(searches.get() > 10, "searches ran during the rebuild: " + searches.get());
        assertTrue(!location.current().equals(oldGeneration), "a new generation is active");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Files.exists(oldGeneration) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(oldGeneration), "the old generation is closed, then deleted");
        assertEquals(documentsBefore, indexer.index().documentCount());
        assertEquals(before.total(), indexer.index().search(query).total());
    }
}
