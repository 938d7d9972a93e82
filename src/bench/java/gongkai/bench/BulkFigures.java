package gongkai.bench;

import gongkai.opendata.BulkBenchAccess;
import gongkai.opendata.BulkBenchAccess.FileFigures;
import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The figures of the {@code bulk} command and its Markdown section ({@link BulkCommand}). */
final class BulkFigures {

    private BulkFigures() {}

    /**
     * The heap during a build: the pools' peaks are reset after a full collection, so the peak is
     * what the build (and the idle server beside it) held at most. Each pool's own peak is summed,
     * an upper bound, as the pools need not peak at the same moment.
     */
    static final class Heap {

        private final long base;

        private Heap(long base) {
            this.base = base;
        }

        static Heap start() {
            System.gc();
            long used = 0;
            for (MemoryPoolMXBean pool : heapPools()) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
            return new Heap(used);
        }

        long baseBytes() {
            return base;
        }

        long peakBytes() {
            return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                    .toList();
        }
    }

    /** Amounts stored in a reused corpus. */
    static long amounts(ApplicationContext context) {
        try (Connection c = BenchContexts.rawDataSource(context).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM line_amount")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }

    static String markdown(
            String command,
            String generated,
            long amounts,
            BulkBenchAccess.BuildFigures build,
            long heapBase,
            long heapPeak,
            double[] downloads) {
        StringBuilder md = new StringBuilder();
        md.append(BulkCommand.SECTION).append("\n\n");
        md.append("Command: `")
                .append(command)
                .append("`, ")
                .append(Instant.now())
                .append(" UTC, ");
        md.append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared with other builds (load average ")
                .append(String.format(Locale.ROOT, "%.1f", loadAverage()))
                .append(" at the end), embedded H2, runner JVM max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1 << 20))
                .append(" MB.\n\n");
        long total = build.files().stream().mapToLong(FileFigures::bytes).sum();
        long rows =
                build.files().stream()
                        .filter(f -> !f.name().equals("datapackage.json"))
                        .mapToLong(FileFigures::rows)
                        .sum();
        double median = downloads[downloads.length / 2];
        FileFigures largest = build.files().get(0);
        md.append("| | |\n|---|---:|\n");
        md.append(row("published disclosures", number(build.disclosures())));
        md.append(row("amounts (line_amount)", number(amounts)));
        md.append(row("generate and store (s)", generated));
        md.append(row("**bulk build, all files (s)**", seconds(build.millis() / 1000.0)));
        md.append(
                row(
                        "build rate (disclosures/s)",
                        String.format(
                                Locale.ROOT,
                                "%.0f",
                                build.disclosures() / Math.max(0.001, build.millis() / 1000.0))));
        md.append(
                row(
                        "heap before the build, after a full GC (MB)",
                        String.format(Locale.ROOT, "%.0f", heapBase / 1e6)));
        md.append(
                row(
                        "**peak heap during the build (MB)**",
                        String.format(Locale.ROOT, "%.0f", heapPeak / 1e6)));
        md.append(row("files", Integer.toString(build.files().size())));
        md.append(row("rows in all data files", number(rows)));
        md.append(row("total size (MB)", String.format(Locale.ROOT, "%.1f", total / 1e6)));
        md.append(row("largest file", "`" + largest.name() + "`"));
        md.append(
                row(
                        "**its download over HTTP, localhost (s, median of "
                                + downloads.length
                                + ")**",
                        String.format(Locale.ROOT, "%.2f", median)));
        md.append(
                row(
                        "its download rate (MB/s)",
                        String.format(Locale.ROOT, "%.0f", largest.bytes() / 1e6 / median)));
        md.append(
                "\nThe files of all years (each year also has its own file; `-all-revisions` equals"
                        + " the current file here, as the generated corpus has no corrections):\n\n");
        md.append("| file | size (MB) | rows |\n|---|---:|---:|\n");
        build.files().stream()
                .filter(f -> !f.name().matches(".*-\\d{4}(-all-revisions)?\\..*"))
                .sorted(Comparator.comparing(FileFigures::name))
                .forEach(
                        f ->
                                md.append(
                                        String.format(
                                                Locale.ROOT,
                                                "| `%s` | %.2f | %,d |%n",
                                                f.name(),
                                                f.bytes() / 1e6,
                                                f.rows())));
        return md.toString();
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String row(String name, String value) {
        return "| " + name + " | " + value + " |\n";
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
