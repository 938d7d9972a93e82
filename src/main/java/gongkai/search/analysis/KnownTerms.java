package gongkai.search.analysis;

import gongkai.classification.CodeList;
import gongkai.disclosure.StandardTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The budget vocabulary — classification names (社区矫正, 公务用车运行维护费), the column labels and titles of
 * the standard tables (基本支出, 项目支出), the synonym list, each of these without a generic ending such
 * as 费 or 经费 (公务接待) and with one (社区矫正经费) — indexed as whole terms in the {@code *_terms} fields,
 * so that searching a known term reads one short postings list instead of intersecting the
 * positions of its bigrams.
 *
 * <p>A term is recognised on the bigram token stream itself: it is emitted wherever its bigrams
 * occur at consecutive positions, which is exactly where the bigram phrase query would match. So
 * {@code TermQuery(body_terms, key(w))} finds the same passages as the bigram phrase of w on {@code
 * body_bigram}, at a fraction of the cost: for 公务用车运行维护费 one list of 75,000 documents instead of
 * eight lists of 100,000s with positions at 15,000 reports. Words outside the list keep the phrase
 * queries. Changing the list needs a reindex ({@code java -jar gongkai.jar reindex}).
 */
public final class KnownTerms {

    /** Joins the bigram tokens of a term into one index term; no token contains it. */
    private static final String JOIN = "_";

    private static volatile KnownTerms standard;

    private final Analyzer bigram;
    private final Set<String> keys = new HashSet<>();

    /** The words of the vocabulary that became terms (for tests and diagnostics). */
    private final Set<String> words = new LinkedHashSet<>();

    /** Every proper prefix (in tokens) of a key: where a match may still be under way. */
    private final Set<String> prefixes = new HashSet<>();

    KnownTerms(Analyzer bigram, Iterable<String> words) {
        this.bigram = bigram;
        for (String w : words) {
            List<String> tokens = consecutiveTokens(w);
            // One token is already a plain term of the bigram field; only longer words gain.
            if (tokens != null && tokens.size() >= 2) {
                keys.add(String.join(JOIN, tokens));
                this.words.add(w);
                for (int i = 1; i < tokens.size(); i++) {
                    prefixes.add(String.join(JOIN, tokens.subList(0, i)));
                }
            }
        }
    }

    /**
     * The shipped vocabulary: code list names, standard table titles and column labels, synonyms,
     * each also without and with a generic ending.
     */
    public static KnownTerms standard() {
        KnownTerms terms = standard;
        if (terms == null) {
            List<String> words = new ArrayList<>();
            for (CodeList.Code c : CodeList.standard().all()) {
                words.add(c.name());
            }
            for (StandardTable t : StandardTable.values()) {
                words.add(t.title());
                for (StandardTable.Column col : t.columns()) {
                    words.addAll(List.of(col.label().split("·")));
                }
            }
            words.addAll(Synonyms.allWords());
            // And each word without a generic ending (公务接待费 → 公务接待): the query searches that
            // core too (QueryBuilder's "scattered" alternative), so it should be a term as well.
            for (String w : List.copyOf(words)) {
                for (String g : Synonyms.GENERIC) {
                    if (w.length() > g.length() + 1 && w.endsWith(g)) {
                        words.add(w.substring(0, w.length() - g.length()));
                    }
                }
            }
            // And with one (社区矫正 → 社区矫正经费, 法律援助资金): "item + money" is how people ask.
            for (String w : List.copyOf(words)) {
                if (Synonyms.GENERIC.stream().noneMatch(w::endsWith)) {
                    for (String g : Synonyms.GENERIC) {
                        if (g.length() >= 2) {
                            words.add(w + g);
                        }
                    }
                }
            }
            terms = new KnownTerms(ChineseAnalyzers.bigram(), words);
            standard = terms;
        }
        return terms;
    }

    /** The vocabulary words longer than one bigram, i.e. those indexed as terms. */
    Set<String> words() {
        return Collections.unmodifiableSet(words);
    }

    /** The index term of a word when it is in the vocabulary, else null. */
    public String termOf(String word) {
        List<String> tokens = consecutiveTokens(word);
        if (tokens == null || tokens.size() < 2) {
            return null;
        }
        String key = String.join(JOIN, tokens);
        return keys.contains(key) ? key : null;
    }

    /** The word's bigram tokens, or null when they are not at consecutive positions. */
    private List<String> consecutiveTokens(String word) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = bigram.tokenStream(SearchFields.BODY_BIGRAM, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!out.isEmpty() && inc.getPositionIncrement() != 1) {
                    return null;
                }
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Replaces a bigram stream by the known terms it contains, each occurrence once. */
    TokenStream filter(TokenStream bigrams) {
        return new Filter(bigrams);
    }

    private final class Filter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc =
                addAttribute(PositionIncrementAttribute.class);

        /** Matches under way: the keys so far of runs that are a prefix of some known term. */
        private List<String> open = new ArrayList<>();

        private final ArrayDeque<String> found = new ArrayDeque<>();

        Filter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (found.isEmpty()) {
                if (!input.incrementToken()) {
                    return false;
                }
                String token = term.toString();
                if (inc.getPositionIncrement() != 1) {
                    open.clear(); // a gap: no phrase spans it, so no term either
                }
                List<String> next = new ArrayList<>(2);
                for (String run : open) {
                    String key = run + JOIN + token;
                    if (keys.contains(key)) {
                        found.add(key);
                    }
                    if (prefixes.contains(key)) {
                        next.add(key);
                    }
                }
                if (prefixes.contains(token)) {
                    next.add(token);
                }
                open = next;
            }
            clearAttributes();
            term.setEmpty().append(found.poll());
            inc.setPositionIncrement(1);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            open = new ArrayList<>();
            found.clear();
        }
    }
}
