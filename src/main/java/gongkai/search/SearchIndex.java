package gongkai.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gongkai.disclosure.DisclosureDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * The full-text index of published disclosures: one Lucene index in one directory.
 *
 * <p>Writes ({@link #upsert}, {@link #delete}) are buffered in the IndexWriter and become visible
 * to searches only at {@link #commit}, which also records the outbox position in the commit's user
 * data: the index and its position change together, atomically. {@link #close} does <b>not</b>
 * commit (commitOnClose=false), so uncommitted writes are dropped and a restart resumes from the
 * last committed position. Searches go through a {@link SearcherManager} on the directory, so they
 * only ever see committed states. Thread-safe; one instance per directory (Lucene's write lock
 * enforces it).
 *
 * <p>What a search found before paging (the ranked window, the total, the facet counts) can be kept
 * for the searcher it came from ({@code keptResults} entries): the next page, or the same popular
 * query again, then costs only its 20 snippets. A commit opens a new searcher, so nothing kept is
 * ever shown for an older state of the index.
 *
 * <p>At most {@code concurrentSearches} searches run at once (one per core by default); the others
 * wait their turn, first come first served. A search is pure CPU work, so more at once only share
 * the cores: every search then takes several times its own cost, and the long ones (300,000 matches
 * to count) finish last. Taking turns keeps the same throughput and cut the 95th percentile at 8
 * concurrent clients by about a third (PROFILING.md).
 */
public final class SearchIndex implements Closeable {

    /** Relevance ranks this many hits first ({@link #rankByRelevance}). */
    static final int FIRST_WINDOW = 200;
    /** Commit user-data key holding the last applied outbox position. */
    public static final String POSITION_KEY = "outbox.position";
    /** Commit user-data key naming the document mapping the index was built with (absent: 1). */
    static final String MAPPING_KEY = "mapping.version";
    /**
     * Raised whenever {@link DocumentMapper}, the analysers or {@link KnownTerms} change what is
     * indexed, so that an index built before is rebuilt ({@link Indexer} does it at start-up).
     * 2: known budget terms, {@code any_smart}, table rows without their table's title.
     * 3: the generic words a passage satisfies ({@link SearchFields#GENERIC}).
     */
    static final String MAPPING_VERSION = "3";

    private static final Set<String> DISPLAY_FIELDS = Set.of(SearchFields.S_DISCLOSURE_ID, SearchFields.S_TYPE,
            SearchFields.S_UNIT, SearchFields.S_REGION, SearchFields.S_YEAR, SearchFields.S_TITLE,
            SearchFields.S_CODE, SearchFields.S_AMOUNT, SearchFields.S_DETAIL);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final DocumentMapper mapper;
    private final QueryBuilder queries;
    private final FacetReader facets;
    /** Fair: searches start in the order they arrived. */
    private final Semaphore turns;
    /** Null when nothing is kept: the benchmark's setting, so its searches pay no cache bookkeeping. */
    private final Cache<FoundKey, Found> kept;
    private volatile long committedPosition;
    /** Set when the index is created and kept by every commit: documents added later do not change how the rest was built. */
    private final String mapping;

    private SearchIndex(Directory directory, int keptResults, int concurrentSearches) throws IOException {
        this.turns = new Semaphore(concurrentSearches > 0 ? concurrentSearches : Runtime.getRuntime().availableProcessors(), true);
        this.kept = keptResults > 0 ? Caffeine.newBuilder().maximumSize(keptResults).build() : null;
        this.directory = directory;
        this.analyzer = ChineseAnalyzers.perField();
        FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
        this.mapper = new DocumentMapper(facetsConfig);
        this.queries = new QueryBuilder(ChineseAnalyzers.smart(), ChineseAnalyzers.bigram(), KnownTerms.standard());
        this.facets = new FacetReader(facetsConfig);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Lucene's 16 MB default flushes a segment every ~150 disclosures during a rebuild,
                // and those small segments are merged again and again; 64 MB cuts that churn.
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        IndexWriter w = new IndexWriter(directory, config);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                w.setLiveCommitData(Map.of(POSITION_KEY, "0", MAPPING_KEY, MAPPING_VERSION).entrySet());
                w.commit();
            }
            Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
            String stored = userData.get(POSITION_KEY);
            this.committedPosition = stored == null ? 0L : Long.parseLong(stored);
            this.mapping = userData.getOrDefault(MAPPING_KEY, "1");
            this.searchers = new SearcherManager(directory, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    // Facet tables are built here, before the searcher is published, not by a search.
                    facets.warm(reader);
                    return new IndexSearcher(reader);
                }
            });
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
        this.writer = w;
    }

    /** Opens (creating if needed) an index in dir, keeping no search results. Thread-safe; one instance per directory. */
    public static SearchIndex open(Path dir) throws IOException {
        return open(dir, 0);
    }

    /** Opens (creating if needed) an index in dir that keeps up to keptResults searches' results (see above). */
    public static SearchIndex open(Path dir, int keptResults) throws IOException {
        return open(dir, keptResults, 0);
    }

    /**
     * Opens (creating if needed) an index in dir that keeps up to keptResults searches' results and
     * runs at most concurrentSearches searches at once, 0 meaning one per core (see above).
     */
    public static SearchIndex open(Path dir, int keptResults, int concurrentSearches) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        try {
            return new SearchIndex(directory, keptResults, concurrentSearches);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Replaces everything indexed for this disclosure; not visible to searches until {@link #commit}. */
    public void upsert(DisclosureDocument disclosure) throws IOException {
        List<Document> docs = mapper.map(disclosure);
        Term id = idTerm(disclosure.id());
        if (docs.isEmpty()) {
            writer.deleteDocuments(id);
        } else {
            writer.updateDocuments(id, docs);
        }
    }

    /** Removes every document of this disclosure; not visible to searches until {@link #commit}. */
    public void delete(long disclosureId) throws IOException {
        writer.deleteDocuments(idTerm(disclosureId));
    }

    /** Commits, storing the position in the commit's user data ("outbox.position"), and refreshes searchers. */
    public synchronized void commit(long position) throws IOException {
        writer.setLiveCommitData(Map.of(POSITION_KEY, Long.toString(position), MAPPING_KEY, mapping).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        // Only now: whoever sees the new position also finds what it covers in searches.
        committedPosition = position;
        // Keys name the searcher they came from, so nothing older is shown anyway; this frees the memory.
        if (kept != null) {
            kept.invalidateAll();
        }
    }

    /**
     * Merges the index into one segment; for a freshly rebuilt index only, before its commit. A
     * rebuild leaves about a dozen segments, and every search and facet count then repeats its
     * per-segment set-up and maps facet ordinals across them: one segment made searches at
     * 15,000 reports about 15% faster, for half a minute more of rebuilding. Later publications add
     * small segments that Lucene merges as usual.
     */
    public void mergeIntoOneSegment() throws IOException {
        writer.forceMerge(1);
    }

    /** False for an index built by an older version of the document mapping: it needs a rebuild. */
    public boolean builtWithCurrentMapping() {
        return MAPPING_VERSION.equals(mapping);
    }

    /** The position stored by the last commit, 0 for a new index. */
    public long committedPosition() {
        return committedPosition;
    }

    /** A read-only look at the committed index, for queries other than {@link #search} (e.g. {@link ProjectSimilarity}). */
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherFunction<T> function) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return function.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of Lucene documents (sections + line items + projects) visible to searches. */
    public int documentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Ids of every disclosure with documents visible to searches (for consistency checks). */
    public Set<Long> disclosureIds() throws IOException {
        return withSearcher(searcher -> {
            Set<Long> ids = new java.util.TreeSet<>();
            for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.NumericDocValues values = leaf.reader().getNumericDocValues(SearchFields.DISCLOSURE_ID_DV);
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(values.longValue());
                    }
                }
            }
            return ids;
        });
    }

    /**
     * Runs a search. Invalid requests (no text, bad page/size, window too deep) throw
     * SearchRequestException with a Chinese message; a page past the end is empty.
     */
    public SearchResult search(SearchQuery request) throws IOException {
        SearchQuery q = request.validated();
        QueryBuilder.Plan plan = queries.plan(q.text());
        if (plan.matchesNothing()) {
            return SearchResult.empty(q);
        }
        List<Filter> filters = filters(q);
        turns.acquireUninterruptibly();
        try {
            return searchInTurn(q, plan, filters);
        } finally {
            turns.release();
        }
    }

    private SearchResult searchInTurn(SearchQuery q, QueryBuilder.Plan plan, List<Filter> filters) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            if (searcher.getIndexReader().numDocs() == 0) {
                return SearchResult.empty(q);
            }
            SearchResult result = run(searcher, q, plan.strict(), filters, plan.highlight(), false);
            if (result.total() == 0 && plan.relaxed() != null) {
                result = run(searcher, q, plan.relaxed(), filters, plan.highlight(), true);
            }
            return result;
        } catch (IndexSearcher.TooManyClauses e) {
            // Should not happen within the text and word bounds; answer as bad input, never as a 500.
            throw new SearchRequestException("搜索词过于复杂，请缩短或拆分后再试。", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The Lucene query a search runs (its strict form, with its filters), for the benchmark, which
     * runs it on a bare IndexSearcher to show what the portal adds around Lucene.
     */
    public Query luceneQuery(SearchQuery request) {
        SearchQuery q = request.validated();
        QueryBuilder.Plan plan = queries.plan(q.text());
        return plan.matchesNothing() ? new MatchNoDocsQuery("no searchable text") : withFilters(plan.strict(), filters(q), null);
    }

    /**
     * What one search found before paging; docs are ids of the searcher it came from. Pages up to
     * {@code settled} hits deep read from {@code ranked}; a deeper page needs a larger ranking.
     */
    private record Found(ScoreDoc[] ranked, int settled, long total, Map<String, List<FacetCount>> counts) {
    }

    /** The ordered hits of a search, valid for pages up to {@code settled} hits deep. */
    private record Ranking(ScoreDoc[] ranked, int settled) {
    }

    /** reader: the searcher's reader cache key, so a kept result never outlives its index state. */
    private record FoundKey(Object reader, Query text, List<Filter> filters, SearchQuery.Sort sort) {
    }

    private SearchResult run(IndexSearcher searcher, SearchQuery q, Query text, List<Filter> filters, Query highlight,
                             boolean relaxed) throws IOException {
        int from = (q.page() - 1) * q.size();
        Found found = keptOrFind(searcher, text, filters, q.sort(), from + q.size());
        ScoreDoc[] ranked = found.ranked();
        ScoreDoc[] page = from >= ranked.length ? new ScoreDoc[0]
                : Arrays.copyOfRange(ranked, from, Math.min(ranked.length, from + q.size()));
        String[] snippets = Snippets.highlight(searcher, analyzer, highlight, page);
        List<Hit> hits = new ArrayList<>(page.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored.document(page[i].doc, DISPLAY_FIELDS), snippets[i]));
        }
        return new SearchResult(found.total(), q.page(), q.size(), hits, found.counts(), relaxed);
    }

    /** needed: how deep the requested page reaches (page × size). */
    private Found keptOrFind(IndexSearcher searcher, Query text, List<Filter> filters, SearchQuery.Sort sort, int needed)
            throws IOException {
        if (kept == null) {
            return find(searcher, text, filters, sort, needed, null);
        }
        FoundKey key = new FoundKey(searcher.getIndexReader().getReaderCacheHelper().getKey(), text, filters, sort);
        Found found = kept.getIfPresent(key);
        if (found == null || found.settled() < needed) {
            found = find(searcher, text, filters, sort, needed, found);
            kept.put(key, found);
        }
        return found;
    }

    /**
     * Matches, ranks and counts: the part of a search that visits every match. Ranking and counting
     * are two passes on purpose. Ranking asks only for the best hits, so Lucene may skip passages
     * that cannot reach them (block-max scores) instead of scoring all 336,848 matches of 法律援助
     * (36 → 14 ms); counting (total and facets) visits every match but computes no scores, and as a
     * query without scores it can be kept by Lucene's query cache when it recurs. A few queries
     * whose matches all score alike pay for the second pass (基本支出 项目支出), but over the
     * benchmark's queries at 15,000 reports one pass answered 94 searches/s on 8 threads, two
     * passes 126. counted: the total and facets of the same search found before, or null.
     */
    private Found find(IndexSearcher searcher, Query text, List<Filter> filters, SearchQuery.Sort sort, int needed,
                       Found counted) throws IOException {
        Query query = withFilters(text, filters, null);
        Ranking ranking = sort == SearchQuery.Sort.RELEVANCE ? rankByRelevance(searcher, query, needed)
                : rankBy(searcher, query, sort, needed);
        if (counted != null) {
            return new Found(ranking.ranked(), ranking.settled(), counted.total(), counted.counts());
        }
        FacetsCollector fc = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
        long total = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            total += m.totalHits;
        }
        Map<String, List<FacetCount>> counts = facets.counts(searcher.getIndexReader(), fc);
        countSideways(searcher, text, filters, counts);
        return new Found(ranking.ranked(), ranking.settled(), total, Collections.unmodifiableMap(counts));
    }

    /**
     * Relevance order, regrouped by report ({@link ReportGrouping}). The best {@value #FIRST_WINDOW}
     * hits settle the first pages (at 15,000 reports pages 1–10 of every benchmark query); only a
     * page beyond them ranks the full {@link SearchQuery#MAX_WINDOW}, which orders the settled part
     * the same way, so paging stays consistent. Fewer hits to keep let Lucene skip more: a fifth
     * less ranking work over the benchmark's queries.
     */
    private static Ranking rankByRelevance(IndexSearcher searcher, Query query, int needed) throws IOException {
        for (int window : new int[] {FIRST_WINDOW, SearchQuery.MAX_WINDOW}) {
            ScoreDoc[] best = searcher.search(query, new TopScoreDocCollectorManager(window, null, window)).scoreDocs;
            ReportGrouping.Regrouped regrouped = ReportGrouping.regroup(searcher, best);
            boolean everything = best.length < window || window == SearchQuery.MAX_WINDOW;
            int settled = everything ? Integer.MAX_VALUE : regrouped.settled();
            if (settled >= needed) {
                return new Ranking(regrouped.hits(), settled);
            }
        }
        throw new IllegalStateException("the full window settles every page");
    }

    /** By year or amount: the first {@code needed} hits are the first {@code needed} of any deeper ranking. */
    private static Ranking rankBy(IndexSearcher searcher, Query query, SearchQuery.Sort sort, int needed) throws IOException {
        ScoreDoc[] best = searcher.search(query, new TopFieldCollectorManager(sort(sort), needed, null, needed)).scoreDocs;
        return new Ranking(best, best.length < needed ? Integer.MAX_VALUE : needed);
    }

    private static Sort sort(SearchQuery.Sort sort) {
        if (sort == SearchQuery.Sort.YEAR) {
            return new Sort(new SortField(SearchFields.YEAR_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        }
        SortField amount = new SortField(SearchFields.AMOUNT_SORT, SortField.Type.LONG, true);
        amount.setMissingValue(Long.MIN_VALUE); // rows without an amount (sections) last
        return new Sort(amount, SortField.FIELD_SCORE);
    }

    /**
     * The active filters, each with the facet dimensions it narrows (region narrows both province
     * and city). Unknown values simply match nothing.
     */
    private record Filter(Query query, List<String> dims) {
    }

    private static List<Filter> filters(SearchQuery q) {
        List<Filter> filters = new ArrayList<>();
        if (q.year() != null) {
            filters.add(new Filter(IntPoint.newExactQuery(SearchFields.YEAR, q.year()), List.of(SearchFields.FACET_YEAR)));
        }
        if (q.region() != null) {
            filters.add(new Filter(new TermQuery(new Term(SearchFields.REGION_CODE, q.region())),
                    List.of(SearchFields.FACET_PROVINCE, SearchFields.FACET_CITY)));
        }
        if (q.unit() != null) {
            String field = q.unit().matches("\\d+") ? SearchFields.UNIT_ID : SearchFields.UNIT_NAME;
            filters.add(new Filter(new TermQuery(new Term(field, q.unit())), List.of(SearchFields.FACET_UNIT)));
        }
        if (q.type() != null) {
            Query type = DocType.parse(q.type())
                    .<Query>map(t -> new TermQuery(new Term(SearchFields.TYPE, t.name())))
                    .orElseGet(() -> new MatchNoDocsQuery("unknown type " + q.type()));
            filters.add(new Filter(type, List.of(SearchFields.FACET_TYPE)));
        }
        if (q.classCode() != null) {
            filters.add(new Filter(new TermQuery(new Term(SearchFields.CLASS_CODE, q.classCode())),
                    List.of(SearchFields.FACET_CLASS)));
        }
        return filters;
    }

    private static Query withFilters(Query text, List<Filter> filters, Filter except) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        for (Filter f : filters) {
            if (f != except) {
                b.add(f.query(), Occur.FILTER);
            }
        }
        return b.build();
    }

    /**
     * Counts each filtered dimension as if its own filter were off ("drill sideways"), so that after
     * choosing 2023 the year facet still offers the other years. One extra counting pass per active
     * filter (at most five), no extra hits loaded.
     */
    private void countSideways(IndexSearcher searcher, Query text, List<Filter> filters,
                               Map<String, List<FacetCount>> counts) throws IOException {
        for (Filter f : filters) {
            FacetsCollector fc = searcher.search(withFilters(text, filters, f), new FacetsCollectorManager());
            Map<String, List<FacetCount>> sideways = facets.counts(searcher.getIndexReader(), fc);
            for (String dim : f.dims()) {
                counts.put(dim, sideways.getOrDefault(dim, List.of()));
            }
        }
    }

    private static Hit hit(Document d, String snippet) {
        String amount = d.get(SearchFields.S_AMOUNT);
        String detail = d.get(SearchFields.S_DETAIL);
        if (detail != null) {
            snippet = snippet + "｜" + HtmlPassageFormatter.escape(detail);
        }
        return new Hit(d.get(SearchFields.S_TYPE),
                d.getField(SearchFields.S_DISCLOSURE_ID).numericValue().longValue(),
                d.get(SearchFields.S_UNIT),
                d.get(SearchFields.S_REGION),
                d.getField(SearchFields.S_YEAR).numericValue().intValue(),
                d.get(SearchFields.S_TITLE),
                snippet,
                d.get(SearchFields.S_CODE),
                amount == null ? null : new BigDecimal(amount));
    }

    private static Term idTerm(long disclosureId) {
        return new Term(SearchFields.DISCLOSURE_ID, Long.toString(disclosureId));
    }

    /** Closes without committing: writes since the last commit are discarded. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
