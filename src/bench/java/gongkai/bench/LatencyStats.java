package gongkai.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latency figures of one measured run: nearest-rank percentiles (the value at rank ⌈p/100 · n⌉ of
 * the sorted sample, so p50 of 1…100 is 50 and p99 is 99, and every reported value was really
 * observed), mean, and throughput over the run's wall time.
 */
public record LatencyStats(
        int count,
        int errors,
        double p50Ms,
        double p95Ms,
        double p99Ms,
        double meanMs,
        double maxMs,
        double throughputPerSecond) {

    public static LatencyStats of(long[] nanos, int errors, long wallNanos) {
        if (nanos.length == 0) {
            return new LatencyStats(0, errors, 0, 0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new LatencyStats(
                sorted.length,
                errors,
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6,
                percentile(sorted, 99) / 1e6,
                mean,
                sorted[sorted.length - 1] / 1e6,
                wallNanos <= 0 ? 0 : sorted.length / (wallNanos / 1e9));
    }

    public static LatencyStats ofMillis(List<Double> millis, long wallNanos) {
        return of(millis.stream().mapToLong(m -> Math.round(m * 1e6)).toArray(), 0, wallNanos);
    }

    /** Nearest-rank percentile of an ascending array (p in (0, 100]). */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("empty sample");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
