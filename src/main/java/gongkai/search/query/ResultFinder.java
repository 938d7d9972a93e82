package gongkai.search.query;

import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Matches, ranks and counts one query on one searcher: the part of a search that visits every
 * match, before paging. Ranking and counting are two passes on purpose. Ranking asks only for the
 * best hits, so Lucene may skip passages that cannot reach them (block-max scores) instead of
 * scoring all 336,848 matches of 法律援助 (36 → 14 ms); counting (total and facets) visits every match
 * but computes no scores, and as a query without scores it can be kept by Lucene's query cache when
 * it recurs. A few queries whose matches all score alike pay for the second pass (基本支出 项目支出), but
 * over the benchmark's queries at 15,000 reports one pass answered 94 searches/s on 8 threads, two
 * passes 126.
 */
public final class ResultFinder {

    /** Relevance ranks this many hits first ({@link #rankByRelevance}). */
    static final int FIRST_WINDOW = 200;

    /**
     * What one search found before paging; docs are ids of the searcher it came from. Pages up to
     * {@code settled} hits deep read from {@code ranked}; a deeper page needs a larger ranking.
     */
    record Found(
            ScoreDoc[] ranked, int settled, long total, Map<String, List<FacetCount>> counts) {}

    /** The ordered hits of a search, valid for pages up to {@code settled} hits deep. */
    private record Ranking(ScoreDoc[] ranked, int settled) {}

    private final FacetReader facets;

    ResultFinder(FacetReader facets) {
        this.facets = facets;
    }

    /**
     * Ranks the plan's strict (or relaxed) query with its filters deep enough for {@code needed}
     * hits (page × size) and counts its matches. counted: the total and facets of the same search
     * found before (a deeper page of it), or null.
     */
    Found find(
            IndexSearcher searcher,
            SearchPlanner.SearchPlan plan,
            boolean relaxed,
            int needed,
            Found counted)
            throws IOException {
        Query query = relaxed ? plan.fullQuery(true) : plan.strictQuery();
        SearchQuery.Sort sort = plan.query().sort();
        Ranking ranking =
                sort == SearchQuery.Sort.RELEVANCE
                        ? rankByRelevance(searcher, query, needed)
                        : rankBy(searcher, query, sort, needed);
        if (counted != null) {
            return new Found(
                    ranking.ranked(), ranking.settled(), counted.total(), counted.counts());
        }
        FacetsCollector fc =
                searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
        long total = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            total += m.totalHits;
        }
        Map<String, List<FacetCount>> counts = facets.counts(searcher.getIndexReader(), fc);
        countSideways(searcher, plan, relaxed, counts);
        return new Found(
                ranking.ranked(), ranking.settled(), total, Collections.unmodifiableMap(counts));
    }

    /**
     * Relevance order, regrouped by report ({@link ReportGrouping}). The best {@value
     * #FIRST_WINDOW} hits settle the first pages (at 15,000 reports pages 1–10 of every benchmark
     * query); only a page beyond them ranks the full {@link SearchQuery#MAX_WINDOW}, which orders
     * the settled part the same way, so paging stays consistent. Fewer hits to keep let Lucene skip
     * more: a fifth less ranking work over the benchmark's queries.
     */
    private static Ranking rankByRelevance(IndexSearcher searcher, Query query, int needed)
            throws IOException {
        for (int window : new int[] {FIRST_WINDOW, SearchQuery.MAX_WINDOW}) {
            ScoreDoc[] best =
                    searcher.search(query, new TopScoreDocCollectorManager(window, null, window))
                            .scoreDocs;
            ReportGrouping.Regrouped regrouped = ReportGrouping.regroup(searcher, best);
            boolean everything = best.length < window || window == SearchQuery.MAX_WINDOW;
            int settled = everything ? Integer.MAX_VALUE : regrouped.settled();
            if (settled >= needed) {
                return new Ranking(regrouped.hits(), settled);
            }
        }
        throw new IllegalStateException("the full window settles every page");
    }

    /**
     * By year or amount: the first {@code needed} hits are the first {@code needed} of any deeper
     * ranking.
     */
    private static Ranking rankBy(
            IndexSearcher searcher, Query query, SearchQuery.Sort sort, int needed)
            throws IOException {
        ScoreDoc[] best =
                searcher.search(
                                query,
                                new TopFieldCollectorManager(sort(sort), needed, null, needed))
                        .scoreDocs;
        return new Ranking(best, best.length < needed ? Integer.MAX_VALUE : needed);
    }

    /**
     * Newest year or largest amount first, relevance breaking ties (doc values: no stored field is
     * read).
     */
    private static Sort sort(SearchQuery.Sort sort) {
        if (sort == SearchQuery.Sort.YEAR) {
            return new Sort(
                    new SortField(SearchFields.YEAR_SORT, SortField.Type.LONG, true),
                    SortField.FIELD_SCORE);
        }
        SortField amount = new SortField(SearchFields.AMOUNT_SORT, SortField.Type.LONG, true);
        amount.setMissingValue(Long.MIN_VALUE); // rows without an amount (sections) last
        return new Sort(amount, SortField.FIELD_SCORE);
    }

    /**
     * Counts each filtered dimension as if its own filter were off ("drill sideways"), so that
     * after choosing 2023 the year facet still offers the other years. One extra counting pass per
     * active filter (at most five), no extra hits loaded.
     */
    private void countSideways(
            IndexSearcher searcher,
            SearchPlanner.SearchPlan plan,
            boolean relaxed,
            Map<String, List<FacetCount>> counts)
            throws IOException {
        for (SearchPlanner.Filter f : plan.filters()) {
            FacetsCollector fc =
                    searcher.search(
                            plan.fullQueryWithout(relaxed, f), new FacetsCollectorManager());
            Map<String, List<FacetCount>> sideways = facets.counts(searcher.getIndexReader(), fc);
            for (String dim : f.dims()) {
                counts.put(dim, sideways.getOrDefault(dim, List.of()));
            }
        }
    }
}
