package gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    private static final long MS = 1_000_000L;

    @Test
    void nearestRankPercentilesOfOneToHundredMilliseconds() {
        // shuffled on purpose: the statistics sort their own copy
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();
        LatencyStats s = LatencyStats.of(nanos, 2, 2_000 * MS);
        assertEquals(100, s.count());
        assertEquals(2, s.errors());
        assertEquals(50.0, s.p50Ms());
        assertEquals(95.0, s.p95Ms());
        assertEquals(99.0, s.p99Ms());
        assertEquals(100.0, s.maxMs());
        assertEquals(50.5, s.meanMs(), 1e-9);
        assertEquals(50.0, s.throughputPerSecond(), 1e-9, "100 requests in 2 s");
    }

    @Test
    void smallSamplesReportValuesThatWereObserved() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 1000};
        assertEquals(50, LatencyStats.percentile(sorted, 50));
        assertEquals(1000, LatencyStats.percentile(sorted, 95), "rank ⌈9.5⌉ = 10");
        assertEquals(90, LatencyStats.percentile(sorted, 90));
        assertEquals(10, LatencyStats.percentile(new long[] {10}, 99));
        assertThrows(
                IllegalArgumentException.class, () -> LatencyStats.percentile(new long[0], 50));
    }

    @Test
    void generateRefusesAMissingOrBadCount() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream e =
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, GenerateCommand.run(new String[] {}, System.out, e));
        assertEquals(2, GenerateCommand.run(new String[] {"--disclosures", "many"}, System.out, e));
        assertEquals(2, GenerateCommand.run(new String[] {"--disclosures", "0"}, System.out, e));
        assertEquals(
                true,
                err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("--disclosures"));
    }
}
