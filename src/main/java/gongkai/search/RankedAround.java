package gongkai.search;

import gongkai.search.query.Hit;
import gongkai.search.query.SearchQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The hits ranked above and just below one page of the results page, so that {@link FactCards}
 * shows a fact once across pages. The page asks the engine as the API would (same query, other
 * pages), so the API's own pages, totals and facets stay as they are; the ranked window is kept by
 * the engine, so each extra page costs only its snippets. Bounded by the engine's result window.
 */
final class RankedAround {

    /** Larger requests for the hits above a deep page: fewer rounds of snippets. */
    private static final int CHUNK = 2;

    private RankedAround() {}

    /** The hits ranked above page {@code page} of {@code size}, best first. */
    static List<Hit> above(SearchService search, SearchQuery query, int page, int size) {
        List<Hit> hits = new ArrayList<>((page - 1) * size);
        int pairs = (page - 1) / CHUNK;
        for (int k = 1; k <= pairs; k++) {
            hits.addAll(search.search(query.withPage(k, size * CHUNK)).hits());
        }
        for (int p = pairs * CHUNK + 1; p < page; p++) {
            hits.addAll(search.search(query.withPage(p, size)).hits());
        }
        return hits;
    }

    /** The hits of the next page, or none after the last. */
    static List<Hit> below(SearchService search, SearchQuery query, int page, int size, int pages) {
        return page < pages ? search.search(query.withPage(page + 1, size)).hits() : List.of();
    }
}
