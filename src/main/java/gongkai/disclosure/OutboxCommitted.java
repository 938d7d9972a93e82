package gongkai.disclosure;

/**
 * Announced after a transaction that wrote outbox entries has committed, on the committing thread:
 * the outbox now reaches at least {@code position}. Followers of the outbox in this process (the
 * bulk files) wake on it instead of asking the database every second; entries written by other
 * processes (the command-line import) are only seen by asking.
 */
public record OutboxCommitted(long position) {}
