package gongkai.bench;

import static gongkai.bench.Md.f0;
import static gongkai.bench.Md.f1;
import static gongkai.bench.Md.f2;
import static gongkai.bench.Md.header;
import static gongkai.bench.Md.lat;
import static gongkai.bench.Md.mb;
import static gongkai.bench.Md.n;
import static gongkai.bench.Md.row;
import static gongkai.bench.Md.target;

import gongkai.bench.BenchCommand.PageFigures;
import gongkai.bench.BenchCommand.SizeResult;
import java.util.List;

/**
 * The report's pages, memory and start-up sections, and the figures of the largest size against the
 * targets.
 */
final class BenchVerdict {

    private BenchVerdict() {}

    static void append(StringBuilder b, List<SizeResult> rs) {
        SizeResult last = rs.get(rs.size() - 1);
        b.append(BenchReport.SECTIONS.get(6))
                .append(
                        " (8 concurrent clients, after warm-up; ms p50 / p95 / p99, requests/s)\n\n");
        header(b, rs);
        for (int i = 0; i < last.pages().size(); i++) {
            int k = i;
            row(
                    b,
                    rs,
                    "`" + last.pages().get(i).path() + "`",
                    r -> {
                        PageFigures p = r.pages().get(k);
                        return p.stats() == null
                                ? p.note()
                                : lat(p.stats())
                                        + (p.stats().errors() > 0
                                                ? ", errors " + p.stats().errors()
                                                : "");
                    });
        }
        for (int i = 0; i < last.pages().size(); i++) {
            int k = i;
            row(
                    b,
                    rs,
                    "first view of `" + last.pages().get(i).path() + "`",
                    r -> {
                        PageFigures p = r.pages().get(k);
                        return p.firstViews() == null
                                ? "–"
                                : f1(p.firstViews().p50Ms())
                                        + " / "
                                        + f1(p.firstViews().maxMs())
                                        + " ("
                                        + p.firstViews().count()
                                        + ")";
                    });
        }
        b.append(
                "\nPublic pages (and comparison rows) are kept in memory until the next publication "
                        + "(`disclosure.PublishedCache`), so the 8-client figures above are mostly served from memory. "
                        + "\"First view\" is the first request for each distinct page after the server started, one client, "
                        + "nothing kept yet: ms p50 / max (number of distinct pages).\n\n");

        b.append(BenchReport.SECTIONS.get(7)).append("\n\n");
        header(b, rs);
        row(b, rs, "start-up until /health answers (s)", r -> f1(r.startSeconds()));
        row(b, rs, "heap used after start (MB)", r -> mb(r.heapAfterStart()));
        row(b, rs, "peak heap (MB, before a GC)", r -> mb(r.heapPeak()));
        row(b, rs, "RSS at end / peak VmHWM (MB)", r -> mb(r.rss()) + " / " + mb(r.rssPeak()));
        b.append(
                "\nHeap after start from `jcmd PID GC.heap_info` (includes not yet collected garbage); peak heap is the largest "
                        + "\"before\" figure of the server's `-Xlog:gc` file; RSS from /proc/PID/status.\n\n");

        b.append(BenchReport.SECTIONS.get(8))
                .append(" (largest size measured: ")
                .append(n(last.size()))
                .append(")\n\n");
        b.append("| target | measured | |\n|---|---|---|\n");
        target(
                b,
                "search p95 ≤ 50 ms @1 client",
                f1(last.http1().p95Ms()) + " ms",
                last.http1().p95Ms() <= 50);
        target(
                b,
                "search p95 ≤ 150 ms @8 clients",
                f1(last.http8().p95Ms()) + " ms",
                last.http8().p95Ms() <= 150);
        double ratio = last.http1().p50Ms() / last.raw1().p50Ms();
        target(
                b,
                "HTTP within 1.5× of raw Lucene (p50 @1): the plainest query",
                f1(ratio) + "×",
                ratio <= 1.5);
        double sameRatio = last.http1().p50Ms() / last.sameWork1().p50Ms();
        target(
                b,
                "HTTP within 1.5× of raw Lucene (p50 @1): Lucene alone running the portal's queries",
                f2(sameRatio) + "×",
                sameRatio <= 1.5);
        if (last.like1() != null) {
            double likeRatio = last.like1().p50Ms() / last.http1().p50Ms();
            target(b, "≥ 100× faster than LIKE (p50 @1)", f0(likeRatio) + "×", likeRatio >= 100);
        } else {
            b.append("| ≥ 100× faster than LIKE | not measured | – |\n");
        }
        double perDoc = last.reindexSeconds() / last.reindexed();
        target(
                b,
                "reindex of 15,000 < 30 min",
                f1(last.reindexSeconds())
                        + " s for "
                        + n(last.reindexed())
                        + (last.size() < 15000
                                ? " (linear estimate for 15,000: "
                                        + f0(perDoc * 15000 / 60)
                                        + " min)"
                                : ""),
                perDoc * 15000 < 1800);
        double worstPage =
                last.pages().stream()
                        .filter(p -> p.stats() != null)
                        .mapToDouble(p -> p.stats().p95Ms())
                        .max()
                        .orElse(0);
        target(b, "pages p95 ≤ 100 ms @8", "worst " + f1(worstPage) + " ms", worstPage <= 100);
        target(
                b,
                "heap ≤ 1 GB",
                mb(last.heapPeak()) + " MB peak",
                last.heapPeak() > 0 && last.heapPeak() <= 1024L * 1024 * 1024);
        b.append('\n');
    }
}
