package gongkai.disclosure;

import gongkai.disclosure.store.CatalogRepository;
import gongkai.disclosure.store.OutboxRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The outbox as the indexer sees it: what changed after a position, and queueing a disclosure
 * again.
 */
@Singleton
public class SearchOutbox {

    private final OutboxRepository outbox;
    private final OutboxWriter writer;
    private final CatalogRepository catalog;

    SearchOutbox(OutboxRepository outbox, OutboxWriter writer, CatalogRepository catalog) {
        this.outbox = outbox;
        this.writer = writer;
        this.catalog = catalog;
    }

    /**
     * Queues a disclosure for the index again (e.g. after a dead letter was fixed), in the caller's
     * transaction.
     */
    @Transactional
    public void requeue(long disclosureId) {
        writer.add(disclosureId, OutboxEntry.Action.UPSERT);
    }

    /** Entries after a position, in commit order. */
    public List<OutboxEntry> after(long position, int limit) {
        return outbox.after(position, limit);
    }

    /**
     * The newest committed position (a seq, see {@link OutboxWriter}); a full rebuild starts from
     * everything published and resumes after this. Entries of transactions still open get higher
     * positions when they commit, so nothing published meanwhile falls behind it.
     */
    public long lastPosition() {
        return outbox.lastSeq();
    }

    /** Ids of every published disclosure, in id order (for a full rebuild). */
    public List<Long> publishedIds() {
        return catalog.publishedIds();
    }
}
