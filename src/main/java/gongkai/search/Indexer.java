package gongkai.search;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.OutboxEntry;
import gongkai.disclosure.SearchOutbox;
import gongkai.search.deadletter.FailingEntries;
import gongkai.search.index.SearchIndexWriter;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the active index ({@link ActiveIndex}) equal to what the database says is published. It
 * applies outbox rows in order and commits the last applied position together with the index
 * changes, so after any crash it resumes exactly there; each row is applied by looking at the
 * disclosure's state now (published → upsert, anything else → delete), so replaying a row is
 * harmless. Each poll first lets the active index switch to a generation a rebuild made active.
 *
 * <p>An entry that keeps failing is set aside as a dead letter ({@link FailingEntries}); an index
 * directory that cannot be written stops indexing and search (503) without passing anything, until
 * it works again ({@link #catchUp}).
 *
 * <p>Only the portal server runs it (command-line tools set gongkai.indexer.enabled=false), so one
 * process at a time writes to the active index.
 */
@Singleton
@Requires(property = "gongkai.indexer.enabled", notEquals = "false")
public class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final ActiveIndex active;
    private final SearchOutbox outbox;
    private final DisclosureCatalog catalog;
    private final IndexRebuilder rebuilder;
    private final FailingEntries failing;
    private final int batchSize;

    Indexer(
            ActiveIndex active,
            SearchOutbox outbox,
            DisclosureCatalog catalog,
            IndexRebuilder rebuilder,
            FailingEntries failing,
            @Value("${gongkai.indexer.batch-size:200}") int batchSize) {
        this.active = active;
        this.outbox = outbox;
        this.catalog = catalog;
        this.rebuilder = rebuilder;
        this.failing = failing;
        this.batchSize = batchSize;
    }

    /**
     * The index this indexer keeps up to date (the active one); 503 while its directory is failing.
     */
    public SearchIndex index() {
        return active.current();
    }

    /** Why the indexer cannot write (and searches are unavailable) now, if so. */
    public Optional<ActiveIndex.IndexFault> fault() {
        return active.fault();
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        try {
            int applied = catchUp();
            LOG.info(
                    "Search index at {} is up to date ({} changes applied at start-up)",
                    active.path(),
                    applied);
        } catch (RuntimeException e) {
            // Pages come from the database: the portal serves them while the polls retry the index.
            LOG.warn(
                    "Search index not caught up at start-up; retrying every poll: {}",
                    e.toString());
        }
        CompletableFuture<Integer> upgrade;
        try {
            upgrade = rebuildIfOutdated();
        } catch (RuntimeException e) {
            LOG.warn(
                    "Cannot tell whether the search index needs a rebuild now; run 'reindex' if searches miss things: {}",
                    e.toString());
            return;
        }
        if (upgrade != null) {
            upgrade.whenComplete(
                    (n, failure) -> {
                        if (failure != null) {
                            LOG.error(
                                    "Rebuilding the outdated search index failed; run 'reindex': {}",
                                    failure.toString());
                        } else {
                            LOG.info(
                                    "Rebuilt the outdated search index ({} disclosures); searches switch to it now",
                                    n);
                        }
                    });
        }
    }

    /**
     * When the active index was built by an older document mapping (an upgrade changed what is
     * indexed, see {@link SearchIndexWriter#MAPPING_VERSION}), rebuilds it in the background:
     * searches go on against the old index meanwhile and switch at the next poll. Null when the
     * index is current.
     */
    CompletableFuture<Integer> rebuildIfOutdated() {
        if (active.current().builtWithCurrentMapping()) {
            return null;
        }
        LOG.warn(
                "Search index at {} was built by an older version; rebuilding it in the background",
                active.path());
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return rebuilder.rebuild(progress -> {});
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                task -> {
                    Thread t = new Thread(task, "index-upgrade");
                    t.setDaemon(true);
                    t.start();
                });
    }

    @Scheduled(
            fixedDelay = "${gongkai.indexer.poll-interval:1s}",
            initialDelay = "${gongkai.indexer.poll-interval:1s}")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            if (active.fault().isEmpty()) {
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
        SearchIndexWriter target;
        try {
            target = active.forIndexing().writer();
        } catch (IOException | UncheckedIOException | AlreadyClosedException e) {
            throw active.failed(e);
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
            throw active.failed(e);
        }
        active.works();
        if (retry) {
            throw new IllegalStateException(
                    "outbox entry after position "
                            + position
                            + " failed; retrying at the next poll");
        }
        return applied;
    }

    /**
     * True when the entry was applied or given up on (the position may pass it); false when it
     * failed and will be retried. IOExceptions are the index's, not the entry's: they propagate.
     */
    private boolean applyOrGiveUp(SearchIndexWriter target, OutboxEntry entry) throws IOException {
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

    /** Makes the index agree with the database about one disclosure. */
    static void apply(SearchIndexWriter target, DisclosureCatalog catalog, long disclosureId)
            throws IOException {
        Optional<DisclosureDocument> now = catalog.document(disclosureId);
        if (now.isPresent() && now.get().status() == DisclosureStatus.PUBLISHED) {
            target.upsert(now.get());
        } else {
            target.delete(disclosureId);
        }
    }
}
