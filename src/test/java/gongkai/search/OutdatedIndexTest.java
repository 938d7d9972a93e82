package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.search.index.SearchIndexWriter;
import gongkai.search.query.SearchQuery;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * An index written by an older document mapping (as after an upgrade) is rebuilt, not searched as
 * is.
 */
@MicronautTest(transactional = false, startApplication = false)
@Property(name = "gongkai.indexer.poll-interval", value = "1h")
class OutdatedIndexTest {

    @Inject ImportService imports;
    @Inject Indexer indexer;
    @Inject IndexLocation location;

    @Test
    void anIndexBuiltByAnOlderMappingIsRebuiltInTheBackground() throws Exception {
        assertFalse(
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .failed());
        indexer.catchUp();
        assertTrue(indexer.index().builtWithCurrentMapping());
        assertNull(indexer.rebuildIfOutdated(), "a current index is left alone");
        long expected = indexer.index().search(SearchQuery.of("社区矫正经费")).total();
        assertTrue(expected > 0);

        // What an earlier version left behind: a commit without the mapping key.
        Path old = location.newGeneration();
        try (FSDirectory dir = FSDirectory.open(old);
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(SearchIndexWriter.POSITION_KEY, "0").entrySet());
            w.commit();
        }
        location.activate(old);
        indexer.catchUp(); // switches to it and replays the outbox into it
        assertFalse(indexer.index().builtWithCurrentMapping());

        CompletableFuture<Integer> rebuild = indexer.rebuildIfOutdated();
        assertNotNull(rebuild);
        assertTrue(rebuild.get(120, TimeUnit.SECONDS) >= 1);
        indexer.catchUp(); // picks up the rebuilt generation
        assertTrue(indexer.index().builtWithCurrentMapping());
        assertEquals(expected, indexer.index().search(SearchQuery.of("社区矫正经费")).total());
    }

    @Test
    void anIndexBuiltBeforeReportsHadAKindIsOutdated() throws Exception {
        indexer.catchUp();
        // Mapping 3 stored no kind: its budget passages would show as final accounts.
        Path old = location.newGeneration();
        try (FSDirectory dir = FSDirectory.open(old);
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.setLiveCommitData(
                    Map.of(SearchIndexWriter.POSITION_KEY, "0", SearchIndexWriter.MAPPING_KEY, "3")
                            .entrySet());
            w.commit();
        }
        location.activate(old);
        indexer.catchUp();
        assertFalse(indexer.index().builtWithCurrentMapping(), "mapping 3 is rebuilt");
    }
}
