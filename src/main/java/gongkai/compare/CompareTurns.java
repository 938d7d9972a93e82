package gongkai.compare;

import gongkai.web.ServiceUnavailableException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Admission for comparisons computed from the database, like search's turns: at most {@code
 * gongkai.compare.concurrent} at once, the rest waiting in arrival order for at most {@code
 * gongkai.compare.max-wait}, then a 503 with {@code Retry-After}. A comparison reads every
 * published report's rows for its code, so a burst of distinct uncached comparisons would otherwise
 * tie up every worker and the database at once. Answers cut from rows already kept take no turn.
 */
@Singleton
class CompareTurns {

    static final String BUSY = "当前比较请求较多，服务器正在计算其他比较，请稍后再试。已计算过的比较不受影响。";

    /**
     * Fair: waiting comparisons start in the order they arrived (a timed tryAcquire keeps that
     * order).
     */
    private final Semaphore turns;

    private final long maxWaitMillis;

    CompareTurns(
            @Value("${gongkai.compare.concurrent:0}") int concurrent,
            @Value("${gongkai.compare.max-wait:10s}") Duration maxWait) {
        this.turns =
                new Semaphore(
                        concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(),
                        true);
        this.maxWaitMillis = Math.max(0, maxWait.toMillis());
    }

    /** Runs work when a turn is free, or answers 503 if none frees up within the bounded wait. */
    <T> T take(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        if (!admitted) {
            throw busy();
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }

    /** Retry after about one wait: by then a turn has usually freed up. */
    private ServiceUnavailableException busy() {
        return new ServiceUnavailableException(
                BUSY, (int) Math.max(1, (maxWaitMillis + 999) / 1000));
    }
}
