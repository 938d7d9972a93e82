package gongkai.opendata;

import gongkai.disclosure.OutboxCommitted;
import gongkai.disclosure.SearchOutbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the outbox with a position of its own (the one in the current build's manifest, never the
 * search index's) and rebuilds the bulk files in the background when publications, corrections,
 * withdrawals or unit renames moved it, debounced ({@link Debounce}). Builds run one at a time on
 * their own thread, so no request and no other scheduled task ever waits for one.
 *
 * <p>It looks at the outbox when told something was committed ({@link OutboxCommitted}, then again
 * after the quiet period), after each build (a publication during a build moved the outbox past the
 * build's position), and every {@code gongkai.bulk.poll-interval} (default 30 s) for entries other
 * processes wrote (the command-line import). An idle portal thus reads the outbox position twice a
 * minute instead of every second.
 *
 * <p>Only the portal server runs it (command-line tools set gongkai.indexer.enabled=false;
 * gongkai.bulk.enabled=false turns it off alone, as the test environment does).
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
    private final Duration quiet;
    private final AtomicBoolean building = new AtomicBoolean();
    private final AtomicLong builds = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(thread("bulk-build"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(thread("bulk-follow"));
    private volatile Instant retryAfter = Instant.MIN;
    private ScheduledFuture<?> recheck;

    BulkFollower(SearchOutbox outbox, BulkBuilder builder, BulkStore store, BulkSettings settings) {
        this.outbox = outbox;
        this.builder = builder;
        this.store = store;
        this.quiet = settings.quiet();
        this.debounce = new Debounce(settings.quiet(), settings.maxWait());
    }

    private static ThreadFactory thread(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        };
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        later(Duration.ZERO);
    }

    /**
     * A publication (or anything else that writes the outbox) committed in this process: look now;
     * the debounce notes the change and {@link #check} looks again once the quiet period is over.
     * Runs on the committing thread, so it only schedules.
     */
    @EventListener
    void onOutboxCommitted(OutboxCommitted event) {
        later(Duration.ZERO);
    }

    /** The fallback for outbox entries written by other processes. */
    @Scheduled(
            fixedDelay = "${gongkai.bulk.poll-interval:30s}",
            initialDelay = "${gongkai.bulk.poll-interval:30s}")
    void poll() {
        check();
    }

    private void later(Duration delay) {
        laterFuture(delay);
    }

    private ScheduledFuture<?> laterFuture(Duration delay) {
        try {
            return timer.schedule(this::check, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null; // shutting down
        }
    }

    synchronized void check() {
        if (building.get()) {
            return; // the build looks again when it ends
        }
        if (Instant.now().isBefore(retryAfter)) {
            if (recheck == null || recheck.isDone()) {
                recheck = laterFuture(Duration.between(Instant.now(), retryAfter));
            }
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
            if (latest > built && (recheck == null || recheck.isDone())) {
                // behind but not quiet yet: one look per quiet period until it is
                recheck = laterFuture(quiet.plusMillis(50));
            }
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
        later(Duration.ZERO); // publications during the build: noted now, built once quiet
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
        timer.shutdownNow();
        worker.shutdownNow();
    }
}
