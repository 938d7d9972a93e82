package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.PublishedCache;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two publications whose transactions commit in the other order than they wrote their outbox
 * entries: the one that wrote first but committed last must still reach the index and the kept
 * pages, however the indexer's polls fall between the two commits.
 */
@MicronautTest(transactional = false)
@Property(
        name = "gongkai.indexer.poll-interval",
        value = "1h") // only the test decides when to index
class OutboxCommitOrderTest {

    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject Indexer indexer;
    @Inject PublishedCache cache;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void aPublicationCommittedAfterALaterOneIsStillIndexedAndRefreshesKeptPages() throws Exception {
        long early =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                false)
                        .disclosureId();
        long late =
                imports.importDocument(
                                Samples.NMG_PUBLICITY_CENTRE,
                                Samples.bytes(Samples.NMG_PUBLICITY_CENTRE),
                                false)
                        .disclosureId();
        indexer.catchUp();

        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        // T1 publishes first but stays open; T2 publishes and commits; the indexer catches up; then
        // T1 commits.
        CompletableFuture<Void> t1 =
                CompletableFuture.runAsync(
                        () ->
                                transactions.executeWrite(
                                        status -> {
                                            disclosures.moveTo(
                                                    early, DisclosureStatus.PUBLISHED, null, null);
                                            published.countDown();
                                            try {
                                                assertTrue(mayCommit.await(30, TimeUnit.SECONDS));
                                            } catch (InterruptedException e) {
                                                Thread.currentThread().interrupt();
                                            }
                                            return null;
                                        }));
        assertTrue(published.await(30, TimeUnit.SECONDS), "T1 published within its transaction");
        disclosures.moveTo(late, DisclosureStatus.PUBLISHED, null, null);
        indexer.catchUp();
        assertTrue(
                indexer.index().disclosureIds().contains(late),
                "the publication committed first is indexed");
        Object keptBefore = cache.get("test:order", v -> 16, Object::new);

        mayCommit.countDown();
        t1.get(30, TimeUnit.SECONDS);
        indexer.catchUp();

        assertTrue(
                indexer.index().disclosureIds().contains(early),
                "the publication that committed last is indexed too; index holds "
                        + indexer.index().disclosureIds());
        assertNotSame(
                keptBefore,
                cache.get("test:order", v -> 16, Object::new),
                "a page kept before the late commit is not served after it");
    }
}
