package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.SearchOutbox;
import gongkai.importer.ImportService;
import gongkai.search.index.SearchIndexWriter;
import gongkai.search.query.SearchQuery;
import gongkai.testsupport.MariaDb;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Kills a real indexing process (SIGKILL) in the middle of catching up, then restarts indexing
 * here: the index must end up equal to what the database says is published. The database is a real
 * MariaDB server, shared by both processes.
 */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTest implements TestPropertyProvider {

    private final Path indexDir =
            Path.of("target", "crash-test", UUID.randomUUID().toString()).toAbsolutePath();
    private Map<String, String> database;

    @Inject ImportService imports;
    @Inject Indexer indexer;
    @Inject SearchOutbox outbox;
    @Inject DisclosureCatalog catalog;

    @Override
    public Map<String, String> getProperties() {
        database = MariaDb.freshDatabase();
        Map<String, String> properties = new HashMap<>(database);
        properties.put("gongkai.index-dir", indexDir.toString());
        properties.put(
                "gongkai.indexer.poll-interval", "1h"); // only the test decides when to index
        return properties;
    }

    @Test
    void indexEqualsTheDatabaseAfterAKillDuringIndexing() throws Exception {
        for (int year = 2012; year <= 2023; year++) {
            for (String sample :
                    List.of(
                            Samples.LILING_JUSTICE_BUREAU,
                            Samples.NMG_JUSTICE_DEPARTMENT,
                            Samples.NMG_PUBLICITY_CENTRE)) {
                assertFalse(
                        imports.importDocument(sample, SampleVariants.forYear(sample, year), true)
                                .failed());
            }
        }
        long lastPosition = outbox.lastPosition();
        assertEquals(36, outbox.publishedIds().size());

        Process child = startChild();
        long positionAtKill = waitForPosition(child, 4);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(
                positionAtKill < lastPosition,
                "the child was killed mid-way (position "
                        + positionAtKill
                        + " of "
                        + lastPosition
                        + ")");

        // Restart: the indexer resumes from the committed position.
        indexer.catchUp();
        assertEquals(lastPosition, indexer.index().committedPosition());

        // The recovered index equals one built from scratch from the database.
        Path fresh = Files.createTempDirectory("fresh-index");
        try (SearchIndex expected = SearchIndex.open(fresh)) {
            for (long id : outbox.publishedIds()) {
                Indexer.apply(expected.writer(), catalog, id);
            }
            expected.writer().commit(lastPosition);
            assertEquals(expected.documentCount(), indexer.index().documentCount());
            for (String q : List.of("社区矫正", "法治乌兰牧骑", "公务接待费", "2040610")) {
                SearchQuery query =
                        new SearchQuery(
                                q, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1, 10);
                assertEquals(
                        expected.search(query).total(), indexer.index().search(query).total(), q);
            }
        }
    }

    private Process startChild() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        database.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dgongkai.index-dir=" + indexDir);
        command.add("-Dgongkai.indexer.batch-size=1"); // commit after every disclosure
        command.add(IndexingChild.class.getName());
        Path log = Files.createTempFile("indexing-child", ".log");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Polls the position the child commits, straight from the Lucene commit on disk. */
    private long waitForPosition(Process child, long atLeast)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        long position = 0;
        while (Instant.now().isBefore(deadline) && child.isAlive()) {
            position = committedPosition();
            if (position >= atLeast) {
                return position;
            }
            Thread.sleep(5);
        }
        throw new AssertionError(
                "the child did not reach position "
                        + atLeast
                        + " (alive="
                        + child.isAlive()
                        + ", position="
                        + position
                        + ")");
    }

    private long committedPosition() throws IOException {
        Path current = indexDir.resolve(IndexLocation.CURRENT);
        if (!Files.exists(current)) {
            return 0;
        }
        Path generation = indexDir.resolve(Files.readString(current).strip());
        try (FSDirectory dir = FSDirectory.open(generation)) {
            String value =
                    SegmentInfos.readLatestCommit(dir)
                            .getUserData()
                            .get(SearchIndexWriter.POSITION_KEY);
            return value == null ? 0 : Long.parseLong(value);
        } catch (org.apache.lucene.index.IndexNotFoundException
                | java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }
}
