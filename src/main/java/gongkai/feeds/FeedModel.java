package gongkai.feeds;

import java.time.Instant;
import java.util.List;

/**
 * A feed before it is written: paths are the portal's own ({@code /disclosures/12}) and become
 * absolute when written.
 *
 * @param id a tag URI that stays the same for the same question (everything, a region, a unit, a
 *     query)
 * @param selfPath the feed's own path with its query
 * @param pagePath the page the feed follows (home, region, unit, search results)
 */
record FeedModel(
        String id,
        String title,
        String subtitle,
        String selfPath,
        String pagePath,
        List<Entry> entries) {

    /**
     * One revision: {@code id} is the revision's tag URI, so a correction (a new revision) is a new
     * entry and a reader sees each publication once.
     */
    record Entry(
            String id,
            String title,
            String author,
            Instant published,
            String pagePath,
            String summary) {}

    /**
     * The newest entry's time; a feed with no entries has not changed since the epoch (Atom wants a
     * date, and a made-up "now" would change the feed on every request).
     */
    Instant updated() {
        return entries.stream().map(Entry::published).max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
