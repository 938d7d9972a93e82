package gongkai.disclosure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Keeps what public pages derive from the published disclosures (rendered HTML, comparison rows)
 * until something is published again. Profiled under load at 1,000 disclosures, a disclosure page
 * spent about half its time in Thymeleaf and most of the rest reading the catalog; a comparison
 * spent ~0.5 s joining line items; a unit page mostly building its trend tables — for content that
 * only changes when a revision is published, corrected or withdrawn.
 *
 * <p>Each such change writes a row to the search outbox, in the shared database, whichever portal
 * node made it; the newest outbox position (a commit-ordered counter, {@link OutboxWriter}: one
 * primary-key read) is therefore a cheap, cluster-wide version of "what is public". It moves at
 * every such commit, whatever order the transactions began in. A kept value is used only while that
 * position is unchanged, and the position is read before computing, so a publication during the
 * computation leaves an entry that is already stale. A unit rename queues the unit's published
 * reports in the outbox too ({@link DisclosureService}); entries also expire after a few minutes,
 * for a unit without any. The cache is bounded by an estimate of its size in memory.
 *
 * <p>Readers asking for the same key at the same position share one computation: under steady
 * publication every request after a change would otherwise recompute the same page at once (the
 * soak saw eight readers each recompute a comparison of 5,000 reports and time out).
 */
@Singleton
public class PublishedCache {

    private record Entry(long position, Object value, int weight) {}

    private final SearchOutbox outbox;
    private final Cache<String, Entry> cache;

    /**
     * Computations under way, by key and position: a second reader waits for the first's result.
     */
    private final ConcurrentHashMap<String, CompletableFuture<Object>> inFlight =
            new ConcurrentHashMap<>();

    PublishedCache(SearchOutbox outbox, @Value("${gongkai.cache.megabytes:96}") int megabytes) {
        this.outbox = outbox;
        this.cache =
                Caffeine.newBuilder()
                        .maximumWeight(Math.max(0, megabytes) * 1024L * 1024L)
                        .weigher((String k, Entry e) -> e.weight())
                        .expireAfterWrite(Duration.ofMinutes(5))
                        .build();
    }

    /**
     * The value kept under key since the last publication, else compute's (then kept). weight
     * estimates its size in bytes. Exceptions from compute pass through and nothing is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, ToIntFunction<T> weight, Supplier<T> compute) {
        long position = outbox.lastPosition();
        Entry kept = cache.getIfPresent(key);
        if (kept != null && kept.position() == position) {
            return (T) kept.value();
        }
        String flight = key + "@" + position;
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(flight, mine);
        if (running != null) {
            return (T) await(running);
        }
        try {
            T value = compute.get();
            Entry entry = new Entry(position, value, Math.max(1, weight.applyAsInt(value)));
            // A slower computation of an older position never replaces a newer one.
            cache.asMap()
                    .merge(
                            key,
                            entry,
                            (old, fresh) -> old.position() > fresh.position() ? old : fresh);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(flight, mine);
        }
    }

    /** The shared result, or the computing reader's exception as it was thrown there. */
    private static Object await(CompletableFuture<Object> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** A rendered page (weighed as UTF-16 characters). */
    public String page(String key, Supplier<String> render) {
        return get(key, html -> 2 * html.length(), render);
    }
}
