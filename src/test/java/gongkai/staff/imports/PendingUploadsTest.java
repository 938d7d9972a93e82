package gongkai.staff.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The preview's upload store: bound to its session, taken once, expiring, bounded. */
class PendingUploadsTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-05T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void uploadIsTakenOnceAndOnlyByItsSessionAndUser() {
        PendingUploads store = new PendingUploads();
        String token = store.keep("s1", "alice", "a.xlsx", new byte[] {1, 2});
        assertTrue(store.take(token, "s2", "alice").isEmpty(), "another session");
        assertTrue(store.take(token, "s1", "bob").isEmpty(), "another user");
        assertTrue(store.take("guess", "s1", "alice").isEmpty(), "a guessed token");
        assertArrayEquals(
                new byte[] {1, 2}, store.take(token, "s1", "alice").orElseThrow().bytes());
        assertTrue(store.take(token, "s1", "alice").isEmpty(), "taken once");
    }

    @Test
    void uploadExpires() {
        MovableClock clock = new MovableClock();
        PendingUploads store = new PendingUploads(clock);
        String token = store.keep("s1", "alice", "a.xlsx", new byte[] {1});
        clock.now = clock.now.plus(PendingUploads.LIFETIME).plus(Duration.ofSeconds(1));
        assertTrue(store.take(token, "s1", "alice").isEmpty());
        assertEquals(0, store.size());
    }

    @Test
    void storeStaysBoundedPerSessionAndInTotal() {
        PendingUploads store = new PendingUploads();
        String first = store.keep("s1", "alice", "1", new byte[1]);
        for (int i = 0; i < PendingUploads.MAX_PER_SESSION; i++) {
            store.keep("s1", "alice", "n", new byte[1]);
        }
        assertTrue(store.take(first, "s1", "alice").isEmpty(), "the oldest preview made room");
        for (int i = 0; i < PendingUploads.MAX_ENTRIES * 2; i++) {
            store.keep("s" + (i + 10), "u", "x", new byte[1]);
        }
        assertEquals(PendingUploads.MAX_ENTRIES, store.size());
    }
}
