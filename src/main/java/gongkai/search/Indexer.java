package gongkai.search;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.OutboxEntry;
import gongkai.disclosure.SearchOutbox;
import gongkai.web.ServiceUnavailableException;
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
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * An entry that keeps failing is set aside as a dead letter ({@link FailingEntries}); an index
 * directory that cannot be written stops indexing and search (503) without passing anything, until
 * it works again ({@link #catchUp}).
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
    /** What a 503 from search suggests to clients; the poll retries a failing index every second. */
    private static final int RETRY_AFTER_SECONDS = 30;

    private final int batchSize;
    private final int keptResults;
    private final int concurrentSearches;
    private final TaskScheduler scheduler;

    private final FailingEntries failing;
    private volatile SearchIndex index;
    private volatile Path indexPath;
    private volatile IndexFault fault;

    Indexer(IndexLocation location, SearchOutbox outbox, DisclosureCatalog catalog, IndexRebuilder rebuilder,
            @Value("${gongkai.indexer.batch-size:200}") int batchSize,
            @Value("${gongkai.search.kept-results:500}") int keptResults,
            @Value("${gongkai.search.concurrent-searches:0}") int concurrentSearches,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, FailingEntries failing) {
        this.failing = failing;
        this.scheduler = scheduler;
        this.location = location;
        this.outbox = outbox;
        this.catalog = catalog;
        this.rebuilder = rebuilder;
        this.batchSize = batchSize;
        this.keptResults = keptResults;
        this.concurrentSearches = concurrentSearches;
    }

    /** The index searches read now; 503 while its directory is failing (see {@link #catchUp}). */
    public SearchIndex index() {
        SearchIndex current = index;
        if (current == null) {
            if (fault != null) {
                throw unavailable();
            }
            synchronized (this) {
                try {
                    current = openIndex();
                } catch (IOException | UncheckedIOException e) {
                    throw unavailable();
                }
            }
        }
        return current;
    }

    static ServiceUnavailableException unavailable() {
        return new ServiceUnavailableException("全文检索暂时无法使用，请稍后再试；决算公开页面不受影响。", RETRY_AFTER_SECONDS);
    }

    private SearchIndex openIndex() throws IOException {
        if (index == null) {
            open(location.current());
        }
        return index;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        try {
            int applied = catchUp();
            LOG.info("Search index at {} is up to date ({} changes applied at start-up)", indexPath, applied);
        } catch (RuntimeException e) {
            // Pages come from the database: the portal serves them while the polls retry the index.
            LOG.warn("Search index not caught up at start-up; retrying every poll: {}", e.toString());
        }
        CompletableFuture<Integer> upgrade;
        try {
            upgrade = rebuildIfOutdated();
        } catch (RuntimeException e) {
            LOG.warn("Cannot tell whether the search index needs a rebuild now; run 'reindex' if searches miss things: {}",
                    e.toString());
            return;
        }
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
            if (fault == null) {
                LOG.warn("Indexing failed; will retry: {}", e.toString());
            } // else logged once when the index failed
        }
    }

    /**
     * Applies every outbox row after the index's committed position; returns how many. An entry
     * that fails is retried at the next poll, and after {@code maxAttempts} failures recorded as a
     * dead letter and passed, so one bad entry cannot hold back every later one. A failing index
     * directory is different: nothing is passed, the index is closed (dropping uncommitted writes),
     * searches answer 503 and every poll tries to reopen it and go on from its last commit.
     */
    public synchronized int catchUp() {
        SearchIndex target;
        try {
            switchIfRebuilt();
            target = openIndex();
        } catch (IOException | UncheckedIOException | AlreadyClosedException e) {
            throw indexFailed(e);
        }
        int applied = 0;
        long position = target.committedPosition();
        boolean retry = false;
        try {
            List<OutboxEntry> batch;
            while (!retry && !(batch = outbox.after(position, batchSize)).isEmpty()) {
                for (OutboxEntry entry : batch) {
                    if (!applyOrGiveUp(target, entry)) {
                        retry = true;
                        break;
                    }
                    position = entry.seq();
                    applied++;
                }
                if (position > target.committedPosition()) {
                    target.commit(position); // what came before a failing entry is kept
                }
            }
        } catch (IOException | AlreadyClosedException e) {
            throw indexFailed(e);
        }
        if (fault != null) {
            LOG.info("Search index at {} works again; searches resume", indexPath);
            fault = null;
        }
        if (retry) {
            throw new IllegalStateException("outbox entry after position " + position + " failed; retrying at the next poll");
        }
        return applied;
    }

    /**
     * True when the entry was applied or given up on (the position may pass it); false when it
     * failed and will be retried. IOExceptions are the index's, not the entry's: they propagate.
     */
    private boolean applyOrGiveUp(SearchIndex target, OutboxEntry entry) throws IOException {
        try {
            apply(target, catalog, entry.disclosureId());
            failing.succeeded(entry);
            return true;
        } catch (AlreadyClosedException e) {
            throw e;
        } catch (RuntimeException e) {
            return failing.givenUp(entry, e);
        }
    }

    /** Closes the failing index without committing and remembers why; the next poll reopens it. */
    private RuntimeException indexFailed(Exception e) {
        if (fault == null) {
            LOG.error("The search index at {} cannot be written; searches answer 503 until it works again: {}",
                    indexPath, e.toString());
            fault = new IndexFault(Instant.now(), e.getClass().getSimpleName());
        }
        SearchIndex broken = index;
        index = null;
        closeQuietly(broken);
        return e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
    }

    /** Why searches are unavailable now, if they are. */
    public Optional<IndexFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** The index directory failed at {@code since}; {@code cause} names the exception (details are in the log). */
    public record IndexFault(Instant since, String cause) {
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

    private void switchIfRebuilt() throws IOException {
        Path active = location.current();
        if (index != null && !active.equals(indexPath)) {
            SearchIndex old = index;
            open(active);
            // A search may have picked up the old index just before the switch: close it a little later.
            scheduler.schedule(CLOSE_GRACE, () -> closeQuietly(old));
            location.deleteOtherGenerations(active);
            LOG.info("Switched searches to the rebuilt index {}", active);
        }
    }

    private void open(Path dir) throws IOException {
        indexPath = dir;
        index = SearchIndex.open(dir, keptResults, concurrentSearches);
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
