/**
 * Outbox entries that keep failing: {@code FailingEntries} counts attempts, {@code DeadLetters}
 * sets an entry aside (table {@code outbox_dead_letter}) so that one bad disclosure cannot stop the
 * index; an administrator retries it from the dead-letter page.
 */
package gongkai.search.deadletter;
