package gongkai.search;

import org.apache.lucene.search.Query;

/**
 * The benchmark's window on the engine's own Lucene query for a search (its strict form with its
 * filters), for the "Lucene alone" pass, which runs exactly what the portal runs on a bare
 * IndexSearcher. It lives in the bench source set but in this package, so it can reach the
 * package-private query code without the product exposing a method only the benchmark calls.
 */
public final class PortalLuceneQuery {

    private PortalLuceneQuery() {
    }

    public static Query of(SearchIndex index, SearchQuery query) {
        return index.luceneQuery(query); // LEAD-MERGE: switch to the search package's query builder
    }
}
