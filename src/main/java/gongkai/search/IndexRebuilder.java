package gongkai.search;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.SearchOutbox;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rebuilds the whole index from the database into a fresh generation and activates it atomically.
 * Searches go on against the old generation meanwhile; the running server's {@link Indexer}
 * switches to the new one and replays whatever was published during the rebuild.
 */
@Singleton
public class IndexRebuilder {

    /** Progress of a rebuild: disclosures done out of total, elapsed nanoseconds. */
    public record Progress(int done, int total, long elapsedNanos) {
    }

    private final IndexLocation location;
    private final SearchOutbox outbox;
    private final DisclosureCatalog catalog;

    IndexRebuilder(IndexLocation location, SearchOutbox outbox, DisclosureCatalog catalog) {
        this.location = location;
        this.outbox = outbox;
        this.catalog = catalog;
    }

    /** Returns the number of disclosures indexed. */
    public int rebuild(Consumer<Progress> progress) throws IOException {
        long started = System.nanoTime();
        // Read the position first: changes made while we scan are after it and will be replayed.
        long position = outbox.lastPosition();
        List<Long> ids = outbox.publishedIds();
        Path previous = location.current();
        Path generation = location.newGeneration();
        try (SearchIndex fresh = SearchIndex.open(generation)) {
            for (int i = 0; i < ids.size(); i++) {
                Indexer.apply(fresh, catalog, ids.get(i));
                if ((i + 1) % 100 == 0 || i + 1 == ids.size()) {
                    progress.accept(new Progress(i + 1, ids.size(), System.nanoTime() - started));
                }
            }
            fresh.commit(position);
        }
        location.activate(generation);
        // Older generations go; the one active until now stays, a running server may still read it
        // (it switches within a second and deletes it then).
        location.deleteOtherGenerations(generation, previous);
        return ids.size();
    }
}
