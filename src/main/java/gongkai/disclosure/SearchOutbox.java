package gongkai.disclosure;

import jakarta.inject.Singleton;

import java.util.List;

/** The read side of the outbox, for the indexer: what changed after a position. */
@Singleton
public class SearchOutbox {

    private final OutboxRepository outbox;
    private final CatalogRepository catalog;

    SearchOutbox(OutboxRepository outbox, CatalogRepository catalog) {
        this.outbox = outbox;
        this.catalog = catalog;
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
