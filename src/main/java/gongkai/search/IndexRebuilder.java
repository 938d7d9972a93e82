package gongkai.search;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.SearchOutbox;
import gongkai.search.index.SearchIndexWriter;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Rebuilds the whole index from the database into a fresh generation and activates it atomically.
 * Searches go on against the old generation meanwhile; the running server's {@link ActiveIndex}
 * switches to the new one at the {@link Indexer}'s next poll, which replays whatever was published
 * during the rebuild.
 *
 * <p>Disclosures are read and analysed by several threads at once: the profile of a rebuild is ~80%
 * Lucene analysis (half of it smartcn's segmenter), which is single-threaded per document, and an
 * IndexWriter accepts documents from many threads (one in-memory segment each). With one thread per
 * core a 2-core machine rebuilds about twice as fast.
 */
@Singleton
public class IndexRebuilder {

    /** Progress of a rebuild: disclosures done out of total, elapsed nanoseconds. */
    public record Progress(int done, int total, long elapsedNanos) {}

    private final IndexLocation location;
    private final SearchOutbox outbox;
    private final DisclosureCatalog catalog;
    private final int threads;

    IndexRebuilder(
            IndexLocation location,
            SearchOutbox outbox,
            DisclosureCatalog catalog,
            @Value("${gongkai.search.rebuild-threads:0}") int threads) {
        this.location = location;
        this.outbox = outbox;
        this.catalog = catalog;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Returns the number of disclosures indexed. Nothing is activated if any disclosure fails. */
    public int rebuild(Consumer<Progress> progress) throws IOException {
        long started = System.nanoTime();
        // Read the position first: changes committed while we scan (or still open now) get
        // positions
        // after it, since positions follow commit order, and will be replayed.
        long position = outbox.lastPosition();
        List<Long> ids = outbox.publishedIds();
        Path previous = location.current();
        Path generation = location.newGeneration();
        // A writer only: nothing searches the new generation before it is active.
        try (SearchIndexWriter fresh = SearchIndexWriter.open(generation)) {
            indexAll(fresh, ids, started, progress);
            fresh.mergeIntoOneSegment();
            fresh.commit(position);
        }
        location.activate(generation);
        // Older generations go; the one active until now stays, a running server may still read it
        // (it switches within a second and deletes it then).
        location.deleteOtherGenerations(generation, previous);
        return ids.size();
    }

    private void indexAll(
            SearchIndexWriter fresh, List<Long> ids, long started, Consumer<Progress> progress)
            throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        int workers = Math.max(1, Math.min(threads, ids.size()));
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        workers,
                        r -> {
                            Thread t = new Thread(r, "index-rebuild");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(
                        pool.submit(
                                () -> {
                                    for (int i = next.getAndIncrement();
                                            i < ids.size() && !failed.get();
                                            i = next.getAndIncrement()) {
                                        try {
                                            Indexer.apply(fresh, catalog, ids.get(i));
                                        } catch (IOException e) {
                                            failed.set(true);
                                            throw new UncheckedIOException(e);
                                        } catch (RuntimeException e) {
                                            failed.set(true);
                                            throw e;
                                        }
                                        int n = done.incrementAndGet();
                                        if (n % 100 == 0 || n == ids.size()) {
                                            // Serialised so the caller's consumer need not be
                                            // thread-safe.
                                            synchronized (progress) {
                                                progress.accept(
                                                        new Progress(
                                                                n,
                                                                ids.size(),
                                                                System.nanoTime() - started));
                                            }
                                        }
                                    }
                                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("重建索引被中断。", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
