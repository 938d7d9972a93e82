package gongkai.search.query;

import gongkai.disclosure.DisclosureKind;
import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.KnownTerms;
import gongkai.search.analysis.SearchFields;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a search request into the Lucene queries it runs: the text queries ({@link QueryBuilder})
 * narrowed by the filters. Every search goes through here: {@link SearchEngine} ranks and counts
 * {@link SearchPlan#strictQuery()} first, so a caller that runs that query on a bare IndexSearcher
 * (the benchmark's floor) measures exactly the portal's matching. Thread-safe: analysers reuse
 * their token streams per thread.
 */
public final class SearchPlanner {

    private final QueryBuilder words;

    /** The planner of the portal: the standard analysers and budget vocabulary. */
    public SearchPlanner() {
        this(
                new QueryBuilder(
                        ChineseAnalyzers.smart(),
                        ChineseAnalyzers.bigram(),
                        KnownTerms.standard()));
    }

    SearchPlanner(QueryBuilder words) {
        this.words = words;
    }

    /**
     * The active filters, each with the facet dimensions it narrows (region narrows both province
     * and city), so that a dimension can be counted with its own filter off.
     */
    public record Filter(Query query, List<String> dims) {}

    /** A validated request with its text queries and filters. */
    public record SearchPlan(SearchQuery query, QueryBuilder.Plan text, List<Filter> filters) {

        boolean matchesNothing() {
            return text.matchesNothing();
        }

        /** The strict text query with every filter: what a search ranks and counts first. */
        Query strictQuery() {
            return matchesNothing() ? new MatchNoDocsQuery("no searchable text") : fullQuery(false);
        }

        /**
         * The strict or relaxed text query alone (relaxed is null when it would be the same as
         * strict).
         */
        Query text(boolean relaxed) {
            return relaxed ? text.relaxed() : text.strict();
        }

        /** The strict or relaxed text query with every filter. */
        Query fullQuery(boolean relaxed) {
            return withFilters(text(relaxed), filters, null);
        }

        /**
         * The same with every filter but {@code except}: to count that filter's dimensions
         * sideways.
         */
        Query fullQueryWithout(boolean relaxed, Filter except) {
            return withFilters(text(relaxed), filters, except);
        }
    }

    /**
     * Validates the request (see {@link SearchQuery#validated()}) and plans it.
     *
     * @throws SearchRequestException with a message for the reader when the request cannot be
     *     answered
     */
    public SearchPlan plan(SearchQuery request) {
        SearchQuery q = request.validated();
        return new SearchPlan(q, words.plan(q.text()), filters(q));
    }

    /**
     * Unknown filter values simply match nothing: a stale link shows no results rather than an
     * error.
     */
    private static List<Filter> filters(SearchQuery q) {
        List<Filter> filters = new ArrayList<>();
        if (q.year() != null) {
            filters.add(
                    new Filter(
                            IntPoint.newExactQuery(SearchFields.YEAR, q.year()),
                            List.of(SearchFields.FACET_YEAR)));
        }
        if (q.region() != null) {
            filters.add(
                    new Filter(
                            new TermQuery(new Term(SearchFields.REGION_CODE, q.region())),
                            List.of(SearchFields.FACET_PROVINCE, SearchFields.FACET_CITY)));
        }
        if (q.unit() != null) {
            String field = q.unit().matches("\\d+") ? SearchFields.UNIT_ID : SearchFields.UNIT_NAME;
            filters.add(
                    new Filter(
                            new TermQuery(new Term(field, q.unit())),
                            List.of(SearchFields.FACET_UNIT)));
        }
        if (q.type() != null) {
            Query type =
                    DocType.parse(q.type())
                            .<Query>map(t -> new TermQuery(new Term(SearchFields.TYPE, t.name())))
                            .orElseGet(() -> new MatchNoDocsQuery("unknown type " + q.type()));
            filters.add(new Filter(type, List.of(SearchFields.FACET_TYPE)));
        }
        if (q.kind() != null) {
            Query kind =
                    DisclosureKind.parse(q.kind())
                            .<Query>map(k -> new TermQuery(new Term(SearchFields.KIND, k.name())))
                            .orElseGet(() -> new MatchNoDocsQuery("unknown kind " + q.kind()));
            filters.add(new Filter(kind, List.of(SearchFields.FACET_KIND)));
        }
        if (q.classCode() != null) {
            filters.add(
                    new Filter(
                            new TermQuery(new Term(SearchFields.CLASS_CODE, q.classCode())),
                            List.of(SearchFields.FACET_CLASS)));
        }
        return filters;
    }

    /**
     * The text query narrowed by the filters (all but {@code except}, which may be null). Filters
     * are FILTER clauses: they restrict the matches without adding to any score.
     */
    private static Query withFilters(Query text, List<Filter> filters, Filter except) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        for (Filter f : filters) {
            if (f != except) {
                b.add(f.query(), Occur.FILTER);
            }
        }
        return b.build();
    }
}
