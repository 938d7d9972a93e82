package gongkai.search.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What searches found before paging (the ranked window, the total, the facet counts), kept for the
 * searcher they came from: the next page, or the same popular query again, then costs only its 20
 * snippets. Keys name the searcher's reader, so nothing kept is ever shown for an older state of
 * the index; {@link #forget} after a commit only frees the memory. With a size of 0 nothing is kept
 * (the benchmark's setting: it measures searching, so its searches pay no cache bookkeeping).
 */
public final class KeptResults {

    /** How a search that is not kept is found. */
    @FunctionalInterface
    interface Finder {
        ResultFinder.Found find(ResultFinder.Found counted) throws IOException;
    }

    /** reader: the searcher's reader cache key, so a kept result never outlives its index state. */
    private record Key(
            Object reader, Query text, List<SearchPlanner.Filter> filters, SearchQuery.Sort sort) {}

    /** Null when nothing is kept. */
    private final Cache<Key, ResultFinder.Found> kept;

    KeptResults(int size) {
        this.kept = size > 0 ? Caffeine.newBuilder().maximumSize(size).build() : null;
    }

    /**
     * The kept result of this search when it reaches {@code needed} hits (page × size) deep; else
     * found anew (reusing the kept total and facets) and kept.
     */
    ResultFinder.Found keptOrFind(
            IndexSearcher searcher,
            Query text,
            List<SearchPlanner.Filter> filters,
            SearchQuery.Sort sort,
            int needed,
            Finder finder)
            throws IOException {
        if (kept == null) {
            return finder.find(null);
        }
        Key key =
                new Key(
                        searcher.getIndexReader().getReaderCacheHelper().getKey(),
                        text,
                        filters,
                        sort);
        ResultFinder.Found found = kept.getIfPresent(key);
        if (found == null || found.settled() < needed) {
            found = finder.find(found);
            kept.put(key, found);
        }
        return found;
    }

    /** Drops everything kept (after a commit: it belongs to searchers no longer used). */
    void forget() {
        if (kept != null) {
            kept.invalidateAll();
        }
    }
}
