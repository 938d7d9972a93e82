package gongkai.bench;

import gongkai.bench.BenchCommand.SizeResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown pieces of the benchmark report: tables with one column per size, numbers, the machine.
 */
final class Md {

    private Md() {}

    static void header(StringBuilder b, List<SizeResult> rs) {
        b.append("| |");
        for (SizeResult r : rs) {
            b.append(' ').append(n(r.size())).append(" |");
        }
        b.append("\n|---|");
        b.append("---|".repeat(rs.size()));
        b.append('\n');
    }

    static void row(
            StringBuilder b, List<SizeResult> rs, String label, Function<SizeResult, String> cell) {
        b.append("| ").append(label).append(" |");
        for (SizeResult r : rs) {
            b.append(' ').append(cell.apply(r)).append(" |");
        }
        b.append('\n');
    }

    static void target(StringBuilder b, String target, String measured, boolean met) {
        b.append("| ")
                .append(target)
                .append(" | ")
                .append(measured)
                .append(" | ")
                .append(met ? "met" : "**missed**")
                .append(" |\n");
    }

    static String lat(LatencyStats s) {
        return f1(s.p50Ms())
                + " / "
                + f1(s.p95Ms())
                + " / "
                + f1(s.p99Ms())
                + ", "
                + f0(s.throughputPerSecond())
                + "/s";
    }

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String mb(long bytes) {
        return bytes < 0 ? "–" : String.format(Locale.ROOT, "%,.0f", bytes / 1048576.0);
    }

    static String cpuModel() {
        try {
            Matcher m =
                    Pattern.compile("model name\\s*:\\s*(.+)")
                            .matcher(Files.readString(Path.of("/proc/cpuinfo")));
            return m.find() ? m.group(1).strip() : System.getProperty("os.arch");
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    static String memTotal() {
        try {
            Matcher m =
                    Pattern.compile("MemTotal:\\s+(\\d+) kB")
                            .matcher(Files.readString(Path.of("/proc/meminfo")));
            return m.find()
                    ? String.format(Locale.ROOT, "%.1f GB", Long.parseLong(m.group(1)) / 1048576.0)
                    : "?";
        } catch (IOException e) {
            return "?";
        }
    }
}
