package gongkai.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down without letting a stranger lock anyone out. In memory: it only has
 * to make guessing slow, and restarts are rare.
 *
 * <ul>
 *   <li>Per account and client address: after {@value #FREE_FAILURES} failures that address waits
 *       {@link #FIRST_DELAY}, then twice as long after each further failure (at most {@link
 *       #MAX_DELAY}) before it may try that account again. Other addresses, the owner's included,
 *       are not affected: there is no account lock a stranger can trigger.
 *   <li>Per client address: {@value #MAX_FAILURES} failures within {@link #WINDOW} block the
 *       address for every account. A successful login forgives only the failures against that same
 *       account, so logging into one's own account does not reset the count of guesses against
 *       others.
 * </ul>
 */
@Singleton
class LoginThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** Above this many tracked account/address pairs, pairs idle for an hour are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private record Failure(Instant at, String account) {}

    private record Backoff(int failures, Instant last) {}

    private final Map<String, Deque<Failure>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Backoff> byAccountAndAddress = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** True when this address may not try this account (or any account) now. */
    boolean refused(String client, String username) {
        return addressBlocked(client) || waiting(client, username);
    }

    private boolean addressBlocked(String client) {
        Deque<Failure> recent = byAddress.get(client);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    private boolean waiting(String client, String username) {
        Backoff b = byAccountAndAddress.get(key(client, username));
        return b != null
                && b.failures() >= FREE_FAILURES
                && clock.instant().isBefore(b.last().plus(delay(b.failures())));
    }

    static Duration delay(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration d = FIRST_DELAY.multipliedBy(1L << Math.max(doublings, 0));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /**
     * A refused attempt: counts against the address; {@code checked} when the password was wrong
     * (not merely refused).
     */
    void failed(String client, String username, boolean checked) {
        Instant now = clock.instant();
        Deque<Failure> recent = byAddress.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            if (recent.size()
                    < 10 * MAX_FAILURES) { // enough to stay blocked; no need to grow without bound
                recent.addLast(new Failure(now, account(username)));
            }
        }
        if (!checked) {
            // Trying again while told to wait restarts the wait (for this address and account
            // only).
            byAccountAndAddress.computeIfPresent(
                    key(client, username), (k, b) -> new Backoff(b.failures(), now));
        } else {
            if (byAccountAndAddress.size() > PRUNE_ABOVE) {
                Instant idle = now.minus(Duration.ofHours(1));
                byAccountAndAddress.values().removeIf(b -> b.last().isBefore(idle));
            }
            byAccountAndAddress.merge(
                    key(client, username),
                    new Backoff(1, now),
                    (old, one) -> new Backoff(old.failures() + 1, now));
        }
    }

    /** A successful login: forgives this address's failures against this account only. */
    void succeeded(String client, String username) {
        byAccountAndAddress.remove(key(client, username));
        Deque<Failure> recent = byAddress.get(client);
        if (recent != null) {
            String account = account(username);
            synchronized (recent) {
                recent.removeIf(f -> f.account().equals(account));
            }
        }
    }

    private static String account(String username) {
        // Usernames compare case-insensitively in the database; a long one is not a key of its own.
        String u = username.toLowerCase(Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    private static String key(String client, String username) {
        return client + "\n" + account(username);
    }

    private void prune(Deque<Failure> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().at().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }
}
