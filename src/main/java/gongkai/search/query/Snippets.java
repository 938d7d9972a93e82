package gongkai.search.query;

import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets for one page of hits with Lucene's UnifiedHighlighter over the stored body
 * ({@link SearchFields#BODY_BIGRAM}, offsets from the postings, so no re-analysis).
 *
 * <ul>
 *   <li>maxLength is raised far above the default 10,000 characters: the longest sections (年度主要
 *       工作完成情况) exceed it, and a match in their second half must still be found and shown.
 *   <li>Passages are sentences (Chinese sentence breaks), merged or cut towards ~{@value
 *       #PASSAGE_CHARS} characters; the best {@value #PASSAGES} are shown in document order.
 *   <li>Weight matches: a phrase query marks the phrase as one span, not its bigrams one by one.
 * </ul>
 */
final class Snippets {

    static final int MAX_LENGTH = 1 << 24;
    static final int PASSAGES = 2;
    static final int PASSAGE_CHARS = 90;

    private Snippets() {}

    /** Snippets in the order of {@code docs}; a document without a match gets its beginning. */
    static String[] highlight(
            IndexSearcher searcher, Analyzer analyzer, Query highlightQuery, ScoreDoc[] docs)
            throws IOException {
        if (docs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter =
                new UnifiedHighlighter.Builder(searcher, analyzer)
                        .withMaxLength(MAX_LENGTH)
                        .withWeightMatches(true)
                        .withHighlightPhrasesStrictly(true)
                        .withBreakIterator(
                                () ->
                                        LengthGoalBreakIterator.createClosestToLength(
                                                BreakIterator.getSentenceInstance(Locale.CHINA),
                                                PASSAGE_CHARS,
                                                0.4f))
                        .withFormatter(new HtmlPassageFormatter())
                        .withMaxNoHighlightPassages(1)
                        .build();
        TopDocs topDocs =
                new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        String[] snippets =
                highlighter.highlight(SearchFields.BODY_BIGRAM, highlightQuery, topDocs, PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = "";
            }
        }
        return snippets;
    }
}
