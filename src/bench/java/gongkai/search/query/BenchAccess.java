package gongkai.search.query;

import gongkai.search.analysis.KnownTerms;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * What the benchmark needs from inside the search engine, and nothing the product calls: the
 * engine's own Lucene query for a search (its strict form with its filters), which the "Lucene
 * alone" pass runs on a bare IndexSearcher, and the index term of a known budget term, which the
 * raw floor queries. This class lives in the bench source set but in this package, so it reaches
 * the package-private engine code and the product exposes no method only the benchmark uses.
 */
public final class BenchAccess {

    private BenchAccess() {}

    public static Query portalQuery(SearchQuery query) {
        return new SearchPlanner().plan(query).strictQuery();
    }

    /** The {@code *_terms} field term of a known budget term (e.g. 三公经费), empty for other words. */
    public static Optional<String> knownTerm(String word) {
        return Optional.ofNullable(KnownTerms.standard().termOf(word));
    }
}
