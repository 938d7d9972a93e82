package gongkai.bench;

import gongkai.search.ChineseAnalyzers;
import gongkai.search.DocType;
import gongkai.search.SearchFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The floor: each query of the set answered by a bare {@link IndexSearcher} on the same index, with
 * the simplest query that finds the same passages (every word as a phrase of CJK bigrams in title or
 * body, or as one term of the title and body terms fields when it is a known budget term, codes as a
 * term of the code-prefix field, filters as filter clauses), top hits loaded from
 * stored fields — no synonyms, relevance tiers, grouping by report, facets or highlighting.
 */
final class RawLucene implements AutoCloseable {

    private static final Set<String> DISPLAY = Set.of(SearchFields.S_DISCLOSURE_ID, SearchFields.S_TITLE, SearchFields.S_UNIT);

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer bigram = ChineseAnalyzers.bigram();

    RawLucene(Path indexBase) throws IOException {
        this.directory = FSDirectory.open(activeGeneration(indexBase));
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** The generation named by the index directory's CURRENT file (see search.IndexLocation). */
    static Path activeGeneration(Path base) throws IOException {
        return base.resolve(Files.readString(base.resolve("CURRENT"), StandardCharsets.UTF_8).strip());
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
                top = searcher.search(query, n, new Sort(new SortField(SearchFields.YEAR_SORT, SortField.Type.LONG, true)));
            } else if ("amount".equals(q.sort())) {
                top = searcher.search(query, n, new Sort(new SortField(SearchFields.AMOUNT_SORT, SortField.Type.LONG, true)));
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

    Query build(QuerySet.Query q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String word : q.q().strip().split("\\s+")) {
            if (word.matches("\\d{3}|\\d{5}|\\d{7}")) {
                b.add(new TermQuery(new Term(SearchFields.CODE_PREFIX, word)), Occur.MUST);
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            String known = ChineseAnalyzers.knownTerm(word).orElse(null);
            if (known != null) {
                // A known budget term is one term of the *_terms fields: the cheapest way to the same passages.
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
            b.add(new TermQuery(new Term(SearchFields.TYPE, DocType.parse(q.type()).map(Enum::name).orElse(q.type()))), Occur.FILTER);
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
