package gongkai.staff.imports;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Uploaded files kept in memory between the import preview and its confirmation, so the editor
 * never sends the file twice and the form never names a path. An entry is found only by its random
 * token together with the session that uploaded it, is taken once, and expires; the store holds a
 * bounded number of bytes and entries (the oldest go first), so abandoned previews cannot fill the
 * heap.
 */
@Singleton
class PendingUploads {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final int MAX_ENTRIES = 64;
    static final long MAX_BYTES = 256L * 1024 * 1024;
    static final int MAX_PER_SESSION = 3;

    /** One kept upload: whose it is, what it was called, its bytes. */
    record Upload(String session, String username, String fileName, byte[] bytes, Instant at) {}

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    // insertion order = age, so eviction takes the oldest first
    private final Map<String, Upload> uploads = new LinkedHashMap<>();
    private long bytes;

    PendingUploads() {
        this(Clock.systemUTC());
    }

    PendingUploads(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the upload and answers the token the confirmation form sends back. */
    synchronized String keep(String session, String username, String fileName, byte[] content) {
        expire();
        long mine = uploads.values().stream().filter(u -> u.session().equals(session)).count();
        Iterator<Upload> it = uploads.values().iterator();
        while (mine >= MAX_PER_SESSION && it.hasNext()) {
            Upload u = it.next();
            if (u.session().equals(session)) { // a session's own older previews make room first
                bytes -= u.bytes().length;
                it.remove();
                mine--;
            }
        }
        it = uploads.values().iterator();
        while (it.hasNext()
                && (uploads.size() >= MAX_ENTRIES || bytes + content.length > MAX_BYTES)) {
            bytes -= it.next().bytes().length;
            it.remove();
        }
        byte[] token = new byte[24];
        random.nextBytes(token);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        uploads.put(key, new Upload(session, username, fileName, content, clock.instant()));
        bytes += content.length;
        return key;
    }

    /** The upload kept under the token for this session and user, removed; empty otherwise. */
    synchronized Optional<Upload> take(String token, String session, String username) {
        expire();
        Upload u = token == null ? null : uploads.get(token);
        if (u == null || !u.session().equals(session) || !u.username().equals(username)) {
            return Optional.empty();
        }
        uploads.remove(token);
        bytes -= u.bytes().length;
        return Optional.of(u);
    }

    synchronized int size() {
        return uploads.size();
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(LIFETIME);
        Iterator<Upload> it = uploads.values().iterator();
        while (it.hasNext()) {
            Upload u = it.next();
            if (u.at().isBefore(cutoff)) {
                bytes -= u.bytes().length;
                it.remove();
            }
        }
    }
}
