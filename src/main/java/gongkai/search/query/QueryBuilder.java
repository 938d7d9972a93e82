package gongkai.search.query;

import gongkai.search.analysis.KnownTerms;
import gongkai.search.analysis.SearchFields;
import gongkai.search.analysis.Synonyms;
import gongkai.search.analysis.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds Lucene queries from what a reader typed, without any query syntax: the text is split on
 * white space into words, each word is run through the same analysers as the index, and the queries
 * are assembled from the resulting tokens ({@link QueryWord} says how one word matches). Characters
 * such as {@code * ? " ( ) ~ \ :} are therefore plain text (the analysers drop them as punctuation)
 * and {@code AND} is just the word "and".
 *
 * <h2>Strict and relaxed</h2>
 *
 * Strict: every word must match; in narrative text the generic words (经费, 支出 … see {@link
 * Synonyms#GENERIC}) of a word must be present too, while line items and projects satisfy them by
 * what they are (a row named 社区矫正 is the 社区矫正 money). Relaxed (tried only when strict finds
 * nothing): generic words are optional everywhere and at least one of several words suffices;
 * documents matching more words still score higher.
 */
public final class QueryBuilder {

    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    /**
     * Words used from one query. With the text bounded to {@link SearchQuery#MAX_TEXT_LENGTH}
     * characters and this many distinct words, a query stays far below Lucene's 1,024-clause limit
     * even when every word expands to synonyms.
     */
    static final int MAX_WORDS = 10;

    private final Analyzer smart;
    private final Analyzer bigram;
    private final KnownTerms known;

    QueryBuilder(Analyzer smart, Analyzer bigram, KnownTerms known) {
        this.smart = smart;
        this.bigram = bigram;
        this.known = known;
    }

    /**
     * The queries for one text: strict, relaxed (null when it would be the same) and for
     * highlighting.
     */
    public record Plan(Query strict, Query relaxed, Query highlight) {
        boolean matchesNothing() {
            return strict == null;
        }
    }

    Plan plan(String text) {
        List<QueryWord> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // White space separates words; so do ASCII syntax characters, which people type as
        // operators (code:2040610, "…", (经费*)) but which are never part of a word here.
        for (String raw : text.split("[\\s\\u3000:*?\"()~\\\\\\[\\]{}^!+/|&-]+")) {
            // A repeated word adds nothing; more than MAX_WORDS words is pasted text, not a query.
            if (words.size() >= MAX_WORDS || !seen.add(TextNormalizer.normalize(raw))) {
                continue;
            }
            QueryWord w = word(raw);
            if (w != null) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            // Only punctuation or operators: nothing a document could contain.
            return new Plan(null, null, null);
        }
        BooleanQuery.Builder strict = new BooleanQuery.Builder();
        BooleanQuery.Builder relaxed = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        boolean relaxable = words.size() > 1;
        for (QueryWord w : words) {
            strict.add(w.query(true), Occur.MUST);
            relaxed.add(w.query(false), Occur.SHOULD);
            relaxable |= w.hasGeneric();
            for (Query q : w.highlightQueries()) {
                highlight.add(q, Occur.SHOULD);
            }
        }
        relaxed.setMinimumNumberShouldMatch(1);
        return new Plan(strict.build(), relaxable ? relaxed.build() : null, highlight.build());
    }

    /** Analyses one whitespace-separated word; null when nothing searchable is left. */
    private QueryWord word(String raw) {
        String norm = TextNormalizer.normalize(raw);
        List<String> smartTokens = terms(smart, SearchFields.BODY_SMART, norm);
        if (smartTokens.isEmpty() && terms(bigram, SearchFields.BODY_BIGRAM, norm).isEmpty()) {
            return null;
        }
        List<String> core = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        for (String t : smartTokens) {
            (Synonyms.GENERIC.contains(t) ? generic : core).add(t);
        }
        if (core.isEmpty()) {
            // A query of generic words only (经费) is about them: nothing to drop.
            core = smartTokens;
            generic = List.of();
        }
        return new QueryWord(
                norm,
                smartTokens,
                core,
                generic,
                CODE.matcher(norm).matches(),
                smart,
                bigram,
                known);
    }

    /** The analysed text as a phrase (a term query for one token); null when it has no tokens. */
    public static Query phrase(Analyzer analyzer, String field, String text) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int count = 0;
        String single = null;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                single = term.toString();
                b.add(new Term(field, single), pos);
                count++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count == 0) {
            return null;
        }
        return count == 1 ? new TermQuery(new Term(field, single)) : b.build();
    }

    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
