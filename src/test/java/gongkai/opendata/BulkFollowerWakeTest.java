package gongkai.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The follower wakes on committed publications instead of reading the outbox position every second:
 * an idle portal leaves the database alone, and a publication is still built within seconds (with
 * the default 30 s fallback poll, so only the wake-up can explain it).
 */
@MicronautTest(transactional = false)
@Property(name = "gongkai.bulk.enabled", value = "true")
@Property(name = "gongkai.bulk.quiet-period", value = "300ms")
class BulkFollowerWakeTest {

    @Inject ImportService imports;
    @Inject BulkStore store;

    @Test
    void idleFollowerLeavesTheOutboxAloneAndAPublicationWakesIt() throws Exception {
        awaitBuild(-1, 60);
        long first = store.current().orElseThrow().position();
        List<SqlLog.Statement> idle;
        try (SqlLog sql = new SqlLog()) {
            Thread.sleep(3500);
            idle = sql.statements(s -> s.sql().contains("outbox_sequence"));
        }
        assertEquals(List.of(), idle, "no outbox reads while nothing is published");

        ImportReport report =
                imports.importDocument(
                        Samples.LILING_JUSTICE_BUREAU,
                        Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                        true);
        assertTrue(report.errors().isEmpty(), report::toText);
        long start = System.nanoTime();
        awaitBuild(first, 20);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 20, "built " + seconds + " s after the publication");
        assertEquals(1, store.current().orElseThrow().disclosures());
    }

    /** Waits for a build past the position; fails after the seconds. */
    private void awaitBuild(long after, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (store.current().map(m -> m.position() <= after).orElse(true)) {
            assertTrue(
                    System.nanoTime() < deadline,
                    "no build past " + after + " in " + seconds + " s");
            Thread.sleep(100);
        }
    }
}
