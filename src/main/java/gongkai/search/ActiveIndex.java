package gongkai.search;

import gongkai.web.ServiceUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the index generation that searches read now ({@link IndexLocation#current()}), opened once
 * and shared by every reader and by the {@link Indexer}. It switches to a rebuilt generation when
 * the indexer notices one, and while the directory is failing it holds nothing: readers get a 503
 * instead of a half-written index, and the indexer's next poll reopens it from its last commit.
 *
 * <p>Only the portal server holds it (command-line tools set gongkai.indexer.enabled=false), so one
 * process at a time writes to the active index.
 */
@Singleton
@Requires(property = "gongkai.indexer.enabled", notEquals = "false")
public class ActiveIndex {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveIndex.class);

    /**
     * What a 503 from search suggests to clients; the poll retries a failing index every second.
     */
    private static final int RETRY_AFTER_SECONDS = 30;

    private final IndexLocation location;
    private final int keptResults;
    private final int concurrentSearches;
    private final TaskScheduler scheduler;

    /**
     * A search may have picked up the old generation just before a switch: it is closed this much
     * later, and its directory deleted then.
     */
    private final Duration closeGrace;

    private volatile SearchIndex index;
    private volatile Path indexPath;
    private volatile IndexFault fault;

    ActiveIndex(
            IndexLocation location,
            @Value("${gongkai.search.kept-results:500}") int keptResults,
            @Value("${gongkai.search.concurrent-searches:0}") int concurrentSearches,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
            @Value("${gongkai.search.close-grace:10s}") Duration closeGrace) {
        this.location = location;
        this.keptResults = keptResults;
        this.concurrentSearches = concurrentSearches;
        this.scheduler = scheduler;
        this.closeGrace = closeGrace;
    }

    /**
     * The directory failed at {@code since}; {@code cause} names the exception (details are in the
     * log).
     */
    public record IndexFault(Instant since, String cause) {}

    /** The index searches read now; 503 while its directory is failing. */
    public SearchIndex current() {
        SearchIndex current = index;
        if (current == null) {
            if (fault != null) {
                throw unavailable();
            }
            try {
                current = opened();
            } catch (IOException | UncheckedIOException e) {
                throw unavailable();
            }
        }
        return current;
    }

    /** Why searches are unavailable now, if they are. */
    public Optional<IndexFault> fault() {
        return Optional.ofNullable(fault);
    }

    static ServiceUnavailableException unavailable() {
        return new ServiceUnavailableException("全文检索暂时无法使用，请稍后再试；决算公开页面不受影响。", RETRY_AFTER_SECONDS);
    }

    /** The active generation's directory, for log messages. */
    Path path() {
        return indexPath;
    }

    /**
     * For the indexer: the active generation, after switching to a rebuilt one if a rebuild made it
     * active since (the old one is closed a little later and its directory deleted).
     */
    synchronized SearchIndex forIndexing() throws IOException {
        Path active = location.current();
        if (index != null && !active.equals(indexPath)) {
            SearchIndex old = index;
            Path oldPath = indexPath;
            open(active);
            // Closed first, then deleted: its writer's close fails on a deleted directory (and
            // some file systems refuse to delete open files).
            scheduler.schedule(
                    closeGrace,
                    () -> {
                        closeQuietly(old);
                        location.deleteGeneration(oldPath);
                    });
            location.deleteOtherGenerations(active, oldPath);
            LOG.info("Switched searches to the rebuilt index {}", active);
        }
        return opened();
    }

    /**
     * The directory cannot be written: closes the index without committing (dropping uncommitted
     * writes) and remembers why, so readers get a 503 until {@link #works()}. Returns e as
     * unchecked.
     */
    synchronized RuntimeException failed(Exception e) {
        if (fault == null) {
            LOG.error(
                    "The search index at {} cannot be written; searches answer 503 until it works again: {}",
                    indexPath,
                    e.toString());
            fault = new IndexFault(Instant.now(), e.getClass().getSimpleName());
        }
        SearchIndex broken = index;
        index = null;
        closeQuietly(broken);
        return e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
    }

    /** The indexer wrote to it again: searches resume. */
    void works() {
        if (fault != null) {
            LOG.info("Search index at {} works again; searches resume", indexPath);
            fault = null;
        }
    }

    private synchronized SearchIndex opened() throws IOException {
        if (index == null) {
            open(location.current());
        }
        return index;
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
