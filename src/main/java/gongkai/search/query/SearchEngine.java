package gongkai.search.query;

import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.SearchFields;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;

/**
 * Answers searches on the committed states of one index directory: plans the request ({@link
 * SearchPlanner}), waits its turn, finds or reuses the ranked and counted matches ({@link
 * ResultFinder}, {@link KeptResults}), tries the relaxed query when the strict one finds nothing,
 * and reads one page of hits with their snippets ({@link Snippets}).
 *
 * <p>At most {@code concurrentSearches} searches run at once (one per core by default); the others
 * wait their turn, first come first served. A search is pure CPU work, so more at once only share
 * the cores: every search then takes several times its own cost, and the long ones (300,000 matches
 * to count) finish last. Taking turns keeps the same throughput and cut the 95th percentile at 8
 * concurrent clients by about a third (PROFILING.md).
 */
public final class SearchEngine implements Closeable {

    /** Only what a hit shows: stored fields are read for one page, never for ranking. */
    private static final Set<String> DISPLAY_FIELDS =
            Set.of(
                    SearchFields.S_DISCLOSURE_ID,
                    SearchFields.S_TYPE,
                    SearchFields.S_KIND,
                    SearchFields.S_UNIT,
                    SearchFields.S_REGION,
                    SearchFields.S_YEAR,
                    SearchFields.S_TITLE,
                    SearchFields.S_CODE,
                    SearchFields.S_AMOUNT,
                    SearchFields.S_DETAIL);

    /** The snippets' analyser: the index's own, so highlighted terms are the indexed ones. */
    private final Analyzer analyzer = ChineseAnalyzers.perField();

    private final SearchPlanner planner = new SearchPlanner();
    private final IndexSearchers searchers;
    private final ResultFinder finder;
    private final KeptResults kept;

    /** Fair: searches start in the order they arrived. */
    private final Semaphore turns;

    /**
     * keptResults: searches whose results are kept (0: none); concurrentSearches: 0 means one per
     * core.
     */
    public SearchEngine(Directory directory, int keptResults, int concurrentSearches)
            throws IOException {
        FacetReader facets = new FacetReader(SearchFields.facetsConfig());
        this.searchers = new IndexSearchers(directory, facets);
        this.finder = new ResultFinder(facets);
        this.kept = new KeptResults(keptResults);
        this.turns =
                new Semaphore(
                        concurrentSearches > 0
                                ? concurrentSearches
                                : Runtime.getRuntime().availableProcessors(),
                        true);
    }

    /**
     * The searchers, for read-only looks other than {@link #search} (e.g. {@code
     * ProjectSimilarity}).
     */
    public IndexSearchers searchers() {
        return searchers;
    }

    /**
     * After a commit: searches see it from now on, and what was kept for older searchers is
     * dropped.
     */
    public void refresh() throws IOException {
        searchers.refresh();
        kept.forget();
    }

    /**
     * Runs a search. Invalid requests (no text, bad page/size, window too deep) throw
     * SearchRequestException with a Chinese message; a page past the end is empty.
     */
    public SearchResult search(SearchQuery request) throws IOException {
        SearchPlanner.SearchPlan plan = planner.plan(request);
        if (plan.matchesNothing()) {
            return SearchResult.empty(plan.query());
        }
        turns.acquireUninterruptibly();
        try {
            return searchers.withSearcher(searcher -> searchInTurn(searcher, plan));
        } catch (IndexSearcher.TooManyClauses e) {
            // Should not happen within the text and word bounds; answer as bad input, never as a
            // 500.
            throw new SearchRequestException("搜索词过于复杂，请缩短或拆分后再试。", e);
        } finally {
            turns.release();
        }
    }

    private SearchResult searchInTurn(IndexSearcher searcher, SearchPlanner.SearchPlan plan)
            throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            return SearchResult.empty(plan.query());
        }
        SearchResult result = run(searcher, plan, false);
        if (result.total() == 0 && plan.text(true) != null) {
            result = run(searcher, plan, true);
        }
        return result;
    }

    private SearchResult run(IndexSearcher searcher, SearchPlanner.SearchPlan plan, boolean relaxed)
            throws IOException {
        SearchQuery q = plan.query();
        int from = (q.page() - 1) * q.size();
        ResultFinder.Found found =
                kept.keptOrFind(
                        searcher,
                        plan.text(relaxed),
                        plan.filters(),
                        q.sort(),
                        from + q.size(),
                        counted -> finder.find(searcher, plan, relaxed, from + q.size(), counted));
        ScoreDoc[] ranked = found.ranked();
        ScoreDoc[] page =
                from >= ranked.length
                        ? new ScoreDoc[0]
                        : Arrays.copyOfRange(
                                ranked, from, Math.min(ranked.length, from + q.size()));
        String[] snippets = Snippets.highlight(searcher, analyzer, plan.text().highlight(), page);
        List<Hit> hits = new ArrayList<>(page.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored.document(page[i].doc, DISPLAY_FIELDS), snippets[i]));
        }
        return new SearchResult(found.total(), q.page(), q.size(), hits, found.counts(), relaxed);
    }

    /**
     * A hit as stored for display; a row's amounts by column follow its snippet (escaped: the
     * snippet is HTML).
     */
    private static Hit hit(Document d, String snippet) {
        String amount = d.get(SearchFields.S_AMOUNT);
        String detail = d.get(SearchFields.S_DETAIL);
        if (detail != null) {
            snippet = snippet + "｜" + HtmlPassageFormatter.escape(detail);
        }
        return new Hit(
                d.get(SearchFields.S_TYPE),
                d.getField(SearchFields.S_DISCLOSURE_ID).numericValue().longValue(),
                d.get(SearchFields.S_UNIT),
                d.get(SearchFields.S_REGION),
                d.getField(SearchFields.S_YEAR).numericValue().intValue(),
                d.get(SearchFields.S_TITLE),
                snippet,
                d.get(SearchFields.S_CODE),
                amount == null ? null : new BigDecimal(amount),
                d.get(SearchFields.S_KIND));
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
