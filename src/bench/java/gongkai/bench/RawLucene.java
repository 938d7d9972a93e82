package gongkai.bench;

import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.SearchFields;
import gongkai.search.query.BenchAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor: each query of the set answered by a bare {@link IndexSearcher} on the same index, with
 * the simplest query that finds the same passages (every word as a phrase of CJK bigrams in title
 * or body, or as one term of the title and body terms fields when it is a known budget term, codes
 * as a term of the code-prefix field, filters as filter clauses), top hits loaded from stored
 * fields — no synonyms, relevance tiers, grouping by report, facets or highlighting.
 *
 * <p>{@link #searchSameWork} is the other comparison: the portal's own Lucene queries (same
 * matches, same scores) answered the way a team using Lucene directly would, a page of best hits,
 * the exact total and the facet counts from Lucene's facet module, without what the portal adds
 * around them (query analysis, regrouping by report, sideways facet counts, snippets, JSON and
 * HTTP).
 */
final class RawLucene implements AutoCloseable {

    private static final Set<String> DISPLAY =
            Set.of(SearchFields.S_DISCLOSURE_ID, SearchFields.S_TITLE, SearchFields.S_UNIT);

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer bigram = ChineseAnalyzers.bigram();
    private final SortedSetDocValuesReaderState facetState;

    RawLucene(Path indexBase) throws IOException {
        this.directory = FSDirectory.open(activeGeneration(indexBase));
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        // Built once per reader, as Lucene's facet demo does; the portal's FacetReader warms
        // likewise.
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
    }

    /** The generation named by the index directory's CURRENT file (see search.IndexLocation). */
    static Path activeGeneration(Path base) throws IOException {
        return base.resolve(
                Files.readString(base.resolve("CURRENT"), StandardCharsets.UTF_8).strip());
    }

    int documents() {
        return reader.numDocs();
    }

    /** Runs the query; returns the total hit count (a lower bound past 1,000, as Lucene counts). */
    long search(QuerySet.Query q) {
        try {
            Query query = build(q);
            int n = q.page() * QuerySet.SIZE;
            TopDocs top;
            if ("year".equals(q.sort())) {
                top =
                        searcher.search(
                                query,
                                n,
                                new Sort(
                                        new SortField(
                                                SearchFields.YEAR_SORT,
                                                SortField.Type.LONG,
                                                true)));
            } else if ("amount".equals(q.sort())) {
                top =
                        searcher.search(
                                query,
                                n,
                                new Sort(
                                        new SortField(
                                                SearchFields.AMOUNT_SORT,
                                                SortField.Type.LONG,
                                                true)));
            } else {
                top = searcher.search(query, n);
            }
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (q.page() - 1) * QuerySet.SIZE; i < docs.length; i++) {
                stored.document(docs[i].doc, DISPLAY);
            }
            return top.totalHits.value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the portal's query for q as plain Lucene: best hits of the page (block-max scoring may
     * skip passages that cannot reach them), then a pass without scores collecting every match for
     * the exact total and Lucene's SortedSetDocValuesFacetCounts over the portal's six dimensions
     * (top 30 each, as the portal shows), then the page's stored fields. Returns the exact total.
     */
    long searchSameWork(QuerySet.Query q, Query portalQuery) {
        try {
            int n = q.page() * QuerySet.SIZE;
            TopDocs top;
            if (q.sort() == null) {
                top = searcher.search(portalQuery, new TopScoreDocCollectorManager(n, null, n));
            } else {
                Sort sort =
                        new Sort(
                                new SortField(
                                        "year".equals(q.sort())
                                                ? SearchFields.YEAR_SORT
                                                : SearchFields.AMOUNT_SORT,
                                        SortField.Type.LONG,
                                        true),
                                SortField.FIELD_SCORE);
                top = searcher.search(portalQuery, new TopFieldCollectorManager(sort, n, null, n));
            }
            FacetsCollector matches =
                    searcher.search(
                            new ConstantScoreQuery(portalQuery), new FacetsCollectorManager());
            Facets facets = new SortedSetDocValuesFacetCounts(facetState, matches);
            for (String dim : SearchFields.FACET_DIMS) {
                facets.getTopChildren(30, dim);
            }
            long total = 0;
            for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
                total += m.totalHits;
            }
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (q.page() - 1) * QuerySet.SIZE; i < docs.length; i++) {
                stored.document(docs[i].doc, DISPLAY);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Query build(QuerySet.Query q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String word : q.q().strip().split("\\s+")) {
            if (word.matches("\\d{3}|\\d{5}|\\d{7}")) {
                b.add(new TermQuery(new Term(SearchFields.CODE_PREFIX, word)), Occur.MUST);
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            String known = BenchAccess.knownTerm(word).orElse(null);
            if (known != null) {
                // A known budget term is one term of the *_terms fields: the cheapest way to the
                // same passages.
                either.add(new TermQuery(new Term(SearchFields.TITLE_TERMS, known)), Occur.SHOULD);
                either.add(new TermQuery(new Term(SearchFields.BODY_TERMS, known)), Occur.SHOULD);
                b.add(either.build(), Occur.MUST);
                continue;
            }
            List<String> tokens = tokens(word);
            for (String field : List.of(SearchFields.TITLE_BIGRAM, SearchFields.BODY_BIGRAM)) {
                if (tokens.size() == 1) {
                    either.add(new TermQuery(new Term(field, tokens.get(0))), Occur.SHOULD);
                } else {
                    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                    for (int i = 0; i < tokens.size(); i++) {
                        phrase.add(new Term(field, tokens.get(i)), i);
                    }
                    either.add(phrase.build(), Occur.SHOULD);
                }
            }
            b.add(either.build(), Occur.MUST);
        }
        if (q.year() != null) {
            b.add(IntPoint.newExactQuery(SearchFields.YEAR, q.year()), Occur.FILTER);
        }
        if (q.region() != null) {
            b.add(new TermQuery(new Term(SearchFields.REGION_CODE, q.region())), Occur.FILTER);
        }
        if (q.type() != null) {
            b.add(
                    new TermQuery(
                            new Term(
                                    SearchFields.TYPE,
                                    DocType.parse(q.type()).map(Enum::name).orElse(q.type()))),
                    Occur.FILTER);
        }
        return b.build();
    }

    private List<String> tokens(String word) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = bigram.tokenStream(SearchFields.BODY_BIGRAM, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        if (tokens.isEmpty()) {
            tokens.add(word);
        }
        return tokens;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
