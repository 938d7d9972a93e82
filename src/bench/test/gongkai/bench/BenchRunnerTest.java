package gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.testsupport.MariaDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole runner at a tiny size: generate, reindex, in-process engine, raw Lucene and Lucene
 * alone running the portal's queries, an embedded portal over HTTP, the LIKE baseline in a real
 * MariaDB, and a report with every section.
 */
class BenchRunnerTest {

    @Test
    void tinyRunWritesAReportWithEverySectionAndSearchableData() throws Exception {
        Path work = Path.of("target", "bench-test", Long.toString(System.nanoTime()));
        Path out = work.resolve("BENCHMARKS.md");
        Map<String, String> db = MariaDb.freshDatabase();
        BenchCommand.Options options =
                BenchCommand.parse(
                        new String[] {
                            "--sizes",
                            "10",
                            "--rounds",
                            "1",
                            "--warmup",
                            "1",
                            "--warmup-seconds",
                            "0",
                            "--server",
                            "inprocess",
                            "--work",
                            work.toString(),
                            "--out",
                            out.toString(),
                            "--pages",
                            "/,/disclosures/{disclosure},/no-such-page",
                            "--like-url",
                            db.get("datasources.default.url"),
                            "--like-user",
                            db.get("datasources.default.username")
                        });
        BenchCommand.SizeResult r = BenchCommand.runSize(options, 10, System.out);
        BenchReport.write(options, List.of(r), out);

        assertEquals(10, r.load().disclosures());
        assertEquals(10, r.reindexed());
        assertEquals(10, r.likeLoad().disclosures(), "the same corpus in MariaDB");
        BenchCommand.QueryFigures frequent = figures(r, "社区矫正");
        assertTrue(frequent.httpTotal() > 0, "generated data is searchable after reindex");
        assertTrue(frequent.likeTotal() > 0);
        BenchCommand.QueryFigures traditional = figures(r, "社區矯正");
        assertEquals(
                frequent.httpTotal(),
                traditional.httpTotal(),
                "traditional characters find the same passages");
        assertEquals(0, traditional.likeTotal());
        assertTrue(traditional.likeWrong());
        assertTrue(figures(r, "2040610").httpTotal() > 0, "codes are searchable");
        assertEquals(0, r.http1().errors() + r.http8().errors());
        // Lucene alone ran every query (its totals are checked against the portal's by the runner).
        assertEquals(QuerySet.QUERIES.size() * options.rounds(), r.sameWork1().count());
        assertTrue(
                r.pages().get(1).stats() != null && r.pages().get(1).stats().count() > 0,
                "disclosure pages measured");
        assertTrue(
                r.pages().get(2).note().contains("404"), "a missing page is skipped with a note");

        String report = Files.readString(out);
        for (String section : BenchReport.SECTIONS) {
            assertTrue(report.contains(section), section);
        }
        for (QuerySet.Query q : QuerySet.QUERIES) {
            assertTrue(report.contains("| " + q.label() + " |"), q.label());
        }
        assertTrue(report.contains("cores | " + Runtime.getRuntime().availableProcessors()));
        assertTrue(report.contains("queries LIKE answers wrongly |"));
        assertTrue(report.contains("| Lucene alone, the portal's queries, 8 clients |"));
    }

    private static BenchCommand.QueryFigures figures(BenchCommand.SizeResult r, String q) {
        return r.queries().stream()
                .filter(
                        f ->
                                f.query().q().equals(q)
                                        && f.query().year() == null
                                        && f.query().region() == null
                                        && f.query().type() == null
                                        && f.query().page() == 1)
                .findFirst()
                .orElseThrow();
    }
}
