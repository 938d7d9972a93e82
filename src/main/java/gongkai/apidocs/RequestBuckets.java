package gongkai.apidocs;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client: each holds up to {@code burst} requests and refills at {@code
 * perMinute}. In memory, like the login throttle (account.LoginThrottle): it only has to keep one
 * client from crowding out the others, and each portal node counts for itself.
 */
final class RequestBuckets {

    /** Above this many clients, buckets that have refilled completely are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private final int burst;
    private final double perNano;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestBuckets(int perMinute, int burst, LongSupplier nanos) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limit must allow at least one request");
        }
        this.burst = burst;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.nanos = nanos;
    }

    /**
     * Takes one request from the client's bucket: {@link Duration#ZERO} when it may go on, else how
     * long until it may (the request is then not counted).
     */
    Duration take(String client) {
        long now = nanos.getAsLong();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> refilled(b, now) >= burst);
        }
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = refilled(b, now);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - b.tokens) / perNano));
        }
    }

    private double refilled(Bucket b, long now) {
        return Math.min(burst, b.tokens + (now - b.at) * perNano);
    }
}
