package gongkai.search;

import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.SearchFields;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds performance projects (项目支出绩效自评) whose name and goals resemble a text: Lucene's MoreLikeThis
 * picks the text's most distinctive terms (tf-idf over the whole index) and looks for them in the
 * project documents only. Names weigh three times as much as goals and indicators, so 普法宣传经费 finds
 * 普法专项经费 before a project that mentions 普法 once among its indicators. Both analysers are used, as
 * in search: smartcn words rank, CJK bigrams catch words smartcn keeps whole (乌兰牧骑, 服务费). Only what
 * the index holds is found: current published disclosures.
 */
@Singleton
public class ProjectSimilarity {

    /**
     * One similar project as the index knows it: its disclosure and name (the title), and the
     * score.
     */
    public record Match(long disclosureId, String name, float score) {}

    private static final Set<String> FIELDS =
            Set.of(SearchFields.S_DISCLOSURE_ID, SearchFields.S_TITLE);
    private static final float TITLE_BOOST = 3f;

    /**
     * Terms taken from the text per field; with four fields the query stays far below Lucene's
     * clause limit.
     */
    private static final int MAX_QUERY_TERMS = 25;

    private final ActiveIndex active;
    private final Analyzer analyzer = ChineseAnalyzers.perField();

    ProjectSimilarity(ActiveIndex active) {
        this.active = active;
    }

    /**
     * Up to {@code limit} projects like {@code text}, best first; empty when the text has no
     * searchable term.
     */
    public List<Match> like(String text, int limit) {
        try {
            return active.current().withSearcher(searcher -> search(searcher, text, limit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Match> search(IndexSearcher searcher, String text, int limit) throws IOException {
        Query similar = query(searcher, text);
        if (similar == null) {
            return List.of();
        }
        Query query =
                new BooleanQuery.Builder()
                        .add(similar, Occur.MUST)
                        .add(
                                new TermQuery(new Term(SearchFields.TYPE, DocType.PROJECT.name())),
                                Occur.FILTER)
                        // 项目 only: the 部门整体支出绩效自评 is not a project to compare.
                        .add(new TermQuery(new Term(SearchFields.PART, "PROJECT")), Occur.FILTER)
                        .build();
        TopDocs top = searcher.search(query, limit);
        List<Match> matches = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc, FIELDS);
            matches.add(
                    new Match(
                            d.getField(SearchFields.S_DISCLOSURE_ID).numericValue().longValue(),
                            d.get(SearchFields.S_TITLE),
                            sd.score));
        }
        return matches;
    }

    @Nullable
    private Query query(IndexSearcher searcher, String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        // The defaults (a term twice in the text, in five documents) suit long documents, not a
        // three-word query or a small index.
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(1);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setBoost(true);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field :
                List.of(
                        SearchFields.TITLE_SMART,
                        SearchFields.TITLE_BIGRAM,
                        SearchFields.BODY_SMART,
                        SearchFields.BODY_BIGRAM)) {
            mlt.setFieldNames(new String[] {field});
            Query q = mlt.like(field, new StringReader(text));
            if (q instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
                continue;
            }
            boolean title = field.startsWith("title");
            b.add(title ? new BoostQuery(q, TITLE_BOOST) : q, Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : b.build();
    }
}
