package gongkai.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code clients} threads each run the whole task list {@code rounds} times
 * (each starting at a different task, so concurrent clients do not ask the same thing in lock step)
 * and record every request's latency. Failed tasks count as errors and are not timed.
 */
final class Load {

    /** One request; throws when the answer is wrong (e.g. not HTTP 200). */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private Load() {}

    static LatencyStats run(List<Task> tasks, int clients, int rounds) throws InterruptedException {
        List<long[]> perClient = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger firstErrorShown = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        int perClientCount = tasks.size() * rounds;
        for (int c = 0; c < clients; c++) {
            long[] times = new long[perClientCount];
            perClient.add(times);
            int offset = c * Math.max(1, tasks.size() / Math.max(1, clients));
            Thread t =
                    new Thread(
                            () -> {
                                try {
                                    start.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    return;
                                }
                                int n = 0;
                                for (int k = 0; k < perClientCount; k++) {
                                    Task task = tasks.get((offset + k) % tasks.size());
                                    long t0 = System.nanoTime();
                                    try {
                                        task.run();
                                        times[n++] = System.nanoTime() - t0;
                                    } catch (Exception e) {
                                        errors.incrementAndGet();
                                        if (firstErrorShown.getAndIncrement() < 3) {
                                            System.err.println("基准请求失败：" + e.getMessage());
                                        }
                                    }
                                }
                                if (n < times.length) {
                                    times[n] = -1; // marks the end of the recorded sample
                                }
                            },
                            "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - t0;
        List<Long> all = new ArrayList<>();
        for (long[] times : perClient) {
            for (long v : times) {
                if (v < 0) {
                    break;
                }
                if (v > 0) {
                    all.add(v);
                }
            }
        }
        return LatencyStats.of(
                all.stream().mapToLong(Long::longValue).toArray(), errors.get(), wall);
    }

    /** Runs every task {@code times} times, untimed (JIT, caches). */
    /**
     * Each task {@code rounds} times on one client; per-task median into p50s, all samples into the
     * result.
     */
    static LatencyStats perQuery(List<Task> tasks, int rounds, double[] p50s) throws Exception {
        List<Double> all = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < tasks.size(); i++) {
            long[] samples = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long s = System.nanoTime();
                tasks.get(i).run();
                samples[r] = System.nanoTime() - s;
                all.add(samples[r] / 1e6);
            }
            Arrays.sort(samples);
            p50s[i] = LatencyStats.percentile(samples, 50) / 1e6;
        }
        return LatencyStats.ofMillis(all, System.nanoTime() - t0);
    }

    static void warmUp(List<Task> tasks, int times) {
        warmUp(tasks, times, 0);
    }

    /**
     * The tasks at least {@code times} times over and for at least {@code minSeconds}; errors
     * ignored.
     */
    static void warmUp(List<Task> tasks, int times, int minSeconds) {
        long until = System.nanoTime() + minSeconds * 1_000_000_000L;
        for (int i = 0; i < times || System.nanoTime() < until; i++) {
            for (Task t : tasks) {
                try {
                    t.run();
                } catch (Exception ignored) {
                    // the measured run reports errors
                }
            }
        }
    }
}
