package gongkai.opendata;

import java.time.Duration;
import java.time.Instant;

/**
 * When to rebuild: once the outbox has moved past the built position and then stayed still for the
 * quiet period (a burst of publications leads to one rebuild), or at the latest {@code maxWait}
 * after the first change it saw (a steady stream still gets rebuilds).
 */
final class Debounce {

    private final Duration quiet;
    private final Duration maxWait;
    private long seen = Long.MIN_VALUE;
    private Instant firstChange;
    private Instant lastChange;

    Debounce(Duration quiet, Duration maxWait) {
        this.quiet = quiet;
        this.maxWait = maxWait;
    }

    /** True when a rebuild should start now, given the built and the newest outbox positions. */
    boolean due(long built, long latest, Instant now) {
        if (latest <= built) {
            reset();
            return false;
        }
        if (latest != seen) {
            seen = latest;
            lastChange = now;
            if (firstChange == null) {
                firstChange = now;
            }
        }
        return !now.isBefore(lastChange.plus(quiet)) || !now.isBefore(firstChange.plus(maxWait));
    }

    /** A rebuild started: changes from now on wait their own quiet period. */
    void reset() {
        seen = Long.MIN_VALUE;
        firstChange = null;
        lastChange = null;
    }
}
