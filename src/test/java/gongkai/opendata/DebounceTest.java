package gongkai.opendata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DebounceTest {

    private final Instant t0 = Instant.parse("2026-12-05T00:00:00Z");
    private final Debounce debounce = new Debounce(Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void aBurstOfPublicationsLeadsToOneRebuildAfterTheQuietPeriod() {
        assertFalse(debounce.due(5, 6, t0));
        assertFalse(debounce.due(5, 7, t0.plusMillis(500)));
        assertFalse(debounce.due(5, 9, t0.plusMillis(1500)));
        assertFalse(debounce.due(5, 9, t0.plusMillis(3000)), "quiet since 1.5 s only");
        assertTrue(debounce.due(5, 9, t0.plusMillis(3500)));
    }

    @Test
    void nothingNewMeansNoRebuild() {
        assertFalse(debounce.due(9, 9, t0));
        assertFalse(debounce.due(9, 9, t0.plusSeconds(100)));
    }

    @Test
    void aSteadyStreamStillRebuildsWithinTheMaximumWait() {
        boolean due = false;
        for (int s = 0; s <= 10 && !due; s++) {
            due = debounce.due(0, 100 + s, t0.plusSeconds(s));
        }
        assertTrue(due, "rebuilt at the latest after max-wait");
    }

    @Test
    void aStartedBuildMakesLaterChangesWaitTheirOwnQuietPeriod() {
        debounce.due(0, 1, t0);
        assertTrue(debounce.due(0, 1, t0.plusSeconds(3)));
        debounce.reset();
        assertFalse(debounce.due(1, 2, t0.plusSeconds(4)));
        assertTrue(debounce.due(1, 2, t0.plusSeconds(6)));
    }

    @Test
    void firstBuildOnAnEmptyDirectoryHappens() {
        assertFalse(debounce.due(-1, 0, t0));
        assertTrue(debounce.due(-1, 0, t0.plusSeconds(2)));
    }
}
