package gongkai.search;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.OutboxEntry;
import gongkai.disclosure.SearchOutbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps the index equal to what the database says is published. It applies outbox rows in order and
 * commits the last applied position together with the index changes, so after any crash it resumes
 * exactly there; each row is applied by looking at the disclosure's state now (published → upsert,
 * anything else → delete), so replaying a row is harmless. It also notices when a rebuild made
 * another generation active and switches searches to it.
 *
 * Only the portal server runs it (command-line tools set gongkai.indexer.enabled=false), so one
 * process at a time writes to the active index.
 */
@Singleton
@Requires(property = "gongkai.indexer.enabled", notEquals = "false")
public class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final IndexLocation location;
    private final SearchOutbox outbox;
    private final DisclosureCatalog catalog;
    private final IndexRebuilder rebuilder;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final int batchSize;
    private final int keptResults;
    private final int concurrentSearches;
    private final TaskScheduler scheduler;
    private volatile SearchIndex index;
    private volatile Path indexPath;

    Indexer(IndexLocation location, SearchOutbox outbox, DisclosureCatalog catalog, IndexRebuilder rebuilder,
            @Value("${gongkai.indexer.batch-size:200}") int batchSize,
            @Value("${gongkai.search.kept-results:500}") int keptResults,
            @Value("${gongkai.search.concurrent-searches:0}") int concurrentSearches,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.scheduler = scheduler;
        this.location = location;
        this.outbox = outbox;
        this.catalog = catalog;
        this.rebuilder = rebuilder;
        this.batchSize = batchSize;
        this.keptResults = keptResults;
        this.concurrentSearches = concurrentSearches;
    }

    /** The index searches read now. */
    public SearchIndex index() {
        SearchIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    open(location.current());
                }
                current = index;
            }
        }
        return current;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        int applied = catchUp();
        LOG.info("Search index at {} is up to date ({} changes applied at start-up)", indexPath, applied);
        CompletableFuture<Integer> upgrade = rebuildIfOutdated();
        if (upgrade != null) {
            upgrade.whenComplete((n, failure) -> {
                if (failure != null) {
                    LOG.error("Rebuilding the outdated search index failed; run 'reindex': {}", failure.toString());
                } else {
                    LOG.info("Rebuilt the outdated search index ({} disclosures); searches switch to it now", n);
                }
            });
        }
    }

    /**
     * When the active index was built by an older document mapping (an upgrade changed what is
     * indexed, see {@link SearchIndex#MAPPING_VERSION}), rebuilds it in the background: searches go
     * on against the old index meanwhile and switch at the next poll. Null when the index is current.
     */
    CompletableFuture<Integer> rebuildIfOutdated() {
        if (index().builtWithCurrentMapping()) {
            return null;
        }
        LOG.warn("Search index at {} was built by an older version; rebuilding it in the background", indexPath);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return rebuilder.rebuild(progress -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread t = new Thread(task, "index-upgrade");
            t.setDaemon(true);
            t.start();
        });
    }

    @Scheduled(fixedDelay = "${gongkai.indexer.poll-interval:1s}", initialDelay = "${gongkai.indexer.poll-interval:1s}")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("Indexing failed; will retry: {}", e.toString());
        }
    }

    /** Applies every outbox row after the index's committed position; returns how many. */
    public synchronized int catchUp() {
        switchIfRebuilt();
        SearchIndex target = index();
        int applied = 0;
        try {
            long position = target.committedPosition();
            List<OutboxEntry> batch;
            while (!(batch = outbox.after(position, batchSize)).isEmpty()) {
                for (OutboxEntry entry : batch) {
                    apply(target, catalog, entry.disclosureId());
                    position = entry.seq();
                    applied++;
                }
                target.commit(position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return applied;
    }

    /** Makes the index agree with the database about one disclosure. */
    static void apply(SearchIndex target, DisclosureCatalog catalog, long disclosureId) throws IOException {
        Optional<DisclosureDocument> now = catalog.document(disclosureId);
        if (now.isPresent() && now.get().status() == DisclosureStatus.PUBLISHED) {
            target.upsert(now.get());
        } else {
            target.delete(disclosureId);
        }
    }

    private void switchIfRebuilt() {
        Path active = location.current();
        if (indexPath != null && !active.equals(indexPath)) {
            SearchIndex old = index;
            open(active);
            // A search may have picked up the old index just before the switch: close it a little later.
            scheduler.schedule(CLOSE_GRACE, () -> closeQuietly(old));
            location.deleteOtherGenerations(active);
            LOG.info("Switched searches to the rebuilt index {}", active);
        }
    }

    private void open(Path dir) {
        try {
            index = SearchIndex.open(dir, keptResults, concurrentSearches);
            indexPath = dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + dir, e);
        }
    }

    @PreDestroy
    synchronized void close() {
        closeQuietly(index);
        index = null;
    }

    private static void closeQuietly(SearchIndex index) {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                LOG.warn("Closing the search index failed: {}", e.toString());
            }
        }
    }
}
