package gongkai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the soak's clients did, by kind of request: every answer's latency, the unexpected answers
 * (an error is any status the step did not expect, or no answer at all) and the first few of them
 * with URL and status, so a failed run says where it failed. Thread-safe; kinds sort by name.
 */
final class SoakTally {

    /** One unexpected answer: when (seconds into the run), what, and what came back. */
    record Failure(double atSeconds, String kind, String method, String url, String got) {
        @Override
        public String toString() {
            return String.format("%.1f s %s %s %s → %s", atSeconds, kind, method, url, got);
        }
    }

    /** The figures of one kind over the whole run. */
    record KindFigures(String kind, int requests, int errors, LatencyStats stats) {}

    static final int FAILURES_KEPT = 20;

    private final Map<String, List<Long>> latencies = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final long started;
    private int errorTotal;

    SoakTally(long startedNanos) {
        this.started = startedNanos;
    }

    synchronized void ok(String kind, long nanos) {
        latencies.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
    }

    synchronized void error(String kind, String method, String url, String got) {
        errors.merge(kind, 1, Integer::sum);
        latencies.computeIfAbsent(kind, k -> new ArrayList<>());
        errorTotal++;
        if (failures.size() < FAILURES_KEPT) {
            failures.add(new Failure((System.nanoTime() - started) / 1e9, kind, method, url, got));
        }
    }

    synchronized int errors() {
        return errorTotal;
    }

    synchronized int requests() {
        return latencies.values().stream().mapToInt(List::size).sum() + errorTotal;
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    /**
     * Per kind: requests (answered as expected plus errors), errors, percentiles of the expected
     * answers.
     */
    synchronized List<KindFigures> figures(long wallNanos) {
        List<KindFigures> out = new ArrayList<>();
        latencies.forEach(
                (kind, times) -> {
                    int e = errors.getOrDefault(kind, 0);
                    long[] sample = times.stream().mapToLong(Long::longValue).toArray();
                    out.add(
                            new KindFigures(
                                    kind,
                                    sample.length + e,
                                    e,
                                    LatencyStats.of(sample, e, wallNanos)));
                });
        return out;
    }
}
