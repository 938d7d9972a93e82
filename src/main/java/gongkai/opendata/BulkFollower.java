package gongkai.opendata;

import gongkai.disclosure.SearchOutbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the outbox with a position of its own (the one in the current build's manifest, never the
 * search index's) and rebuilds the bulk files in the background when publications, corrections,
 * withdrawals or unit renames moved it, debounced ({@link Debounce}). Builds run one at a time on
 * their own thread, so no request and no other scheduled task ever waits for one; a publication
 * during a build moves the outbox past the build's position and brings the next build.
 *
 * <p>Only the portal server runs it (command-line tools set gongkai.indexer.enabled=false;
 * gongkai.bulk.enabled=false turns it off alone).
 */
@Singleton
@Requires(property = "gongkai.indexer.enabled", notEquals = "false")
@Requires(property = "gongkai.bulk.enabled", notEquals = "false")
class BulkFollower {

    private static final Logger LOG = LoggerFactory.getLogger(BulkFollower.class);

    private final SearchOutbox outbox;
    private final BulkBuilder builder;
    private final BulkStore store;
    private final Debounce debounce;
    private final AtomicBoolean building = new AtomicBoolean();
    private final AtomicLong builds = new AtomicLong();
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    task -> {
                        Thread t = new Thread(task, "bulk-build");
                        t.setDaemon(true);
                        t.setPriority(Thread.MIN_PRIORITY);
                        return t;
                    });
    private volatile Instant retryAfter = Instant.MIN;

    BulkFollower(SearchOutbox outbox, BulkBuilder builder, BulkStore store, BulkSettings settings) {
        this.outbox = outbox;
        this.builder = builder;
        this.store = store;
        this.debounce = new Debounce(settings.quiet(), settings.maxWait());
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        poll();
    }

    @Scheduled(
            fixedDelay = "${gongkai.bulk.poll-interval:1s}",
            initialDelay = "${gongkai.bulk.poll-interval:1s}")
    synchronized void poll() {
        if (building.get() || Instant.now().isBefore(retryAfter)) {
            return;
        }
        long latest;
        try {
            latest = outbox.lastPosition();
        } catch (RuntimeException e) {
            return; // the database is away: pages say so; try at the next poll
        }
        long built = store.current().map(BulkManifest::position).orElse(-1L);
        if (!debounce.due(built, latest, Instant.now())) {
            return;
        }
        debounce.reset();
        building.set(true);
        worker.execute(this::build);
    }

    private void build() {
        try {
            BulkManifest m = builder.build();
            builds.incrementAndGet();
            LOG.info(
                    "Bulk files rebuilt in {} ms: {} current disclosures, {} public revisions, outbox position {}",
                    m.buildMillis(),
                    m.disclosures(),
                    m.revisions(),
                    m.position());
        } catch (Exception e) {
            // a full disk or a database gone away: the last build stays served; try again later
            retryAfter = Instant.now().plusSeconds(30);
            LOG.warn(
                    "Building the bulk files failed; the previous files stay served: {}",
                    e.toString());
        } finally {
            building.set(false);
        }
    }

    /** Builds finished since start-up. */
    long builds() {
        return builds.get();
    }

    boolean building() {
        return building.get();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
