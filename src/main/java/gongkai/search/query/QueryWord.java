package gongkai.search.query;

import gongkai.search.analysis.KnownTerms;
import gongkai.search.analysis.SearchFields;
import gongkai.search.analysis.Synonyms;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query for one word a reader typed (white-space separated, already normalised). A word matches
 * a document through any of these alternatives, whose scores add up:
 *
 * <ul>
 *   <li>the whole word as a phrase of bigrams — an exact substring — in the title (boost 6) or body
 *       (2);
 *   <li>the smartcn words as a phrase in the title (8) or body (4): the exact wording, segmented
 *       alike;
 *   <li>instead of both, for a known budget term ({@link KnownTerms}), that term in the title (14)
 *       or body (6);
 *   <li>a synonym as a bigram phrase (title 5, body 2.5), e.g. 三公经费 → 公务接待费;
 *   <li>a 3/5/7-digit code: the row's code or its 类/款 prefix (10, exact code +5);
 *   <li>"scattered": every smartcn word of at least two characters somewhere in title, body or unit
 *       and region names (weight 0.5 per word, title counts double), plus the word without its
 *       generic suffix as a bigram phrase (title 5, body 1.5: 社区矫正经费 → 社区矫正).
 * </ul>
 *
 * Phrase and title alternatives outweigh the scattered one, so passages naming 社区矫正经费 and rows
 * named 社区矫正 come before passages that merely contain 社区, 矫正 and 经费 apart.
 */
final class QueryWord {

    /**
     * Words longer than this skip the secondary alternatives (smartcn phrases, synonyms, the core
     * without its generic ending): a long exact substring says all, and each extra phrase of a
     * dozen frequent words (服务, 运行, 公共 …) cost as much as the rest of the search.
     */
    private static final int LONG_WORD = 12;

    private final Analyzer smart;
    private final Analyzer bigram;
    private final KnownTerms known;
    private final String text;
    private final List<String> tokens;
    private final List<String> core;
    private final List<String> generic;
    private final boolean code;

    /** The word with generic tokens cut from its ends (社区矫正经费 → 社区矫正), or null if the same. */
    private final String coreText;

    /** The word's index term when it is a known budget term ({@link KnownTerms}), else null. */
    private final String knownTerm;

    /**
     * tokens: the word's smartcn words, split into core and generic ones ({@link
     * Synonyms#GENERIC}).
     */
    QueryWord(
            String text,
            List<String> tokens,
            List<String> core,
            List<String> generic,
            boolean code,
            Analyzer smart,
            Analyzer bigram,
            KnownTerms known) {
        this.smart = smart;
        this.bigram = bigram;
        this.known = known;
        this.text = text;
        this.tokens = tokens;
        this.core = core;
        this.generic = generic;
        this.code = code;
        this.coreText = stripGeneric(text, generic);
        this.knownTerm = known.termOf(text);
    }

    /**
     * Any of this word's alternatives (see above); strict: narrative text must also have its
     * generic words.
     */
    Query query(boolean strict) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean shortWord = text.length() <= LONG_WORD;
        if (knownTerm != null) {
            // A known budget term: one term finds the passages of its bigram phrase (KnownTerms),
            // weighted as the bigram and smartcn phrases together. The smartcn phrase would only
            // add to the score of passages found anyway; the scattered alternative below is a
            // superset of its matches.
            add(any, new TermQuery(new Term(SearchFields.TITLE_TERMS, knownTerm)), 14);
            add(any, new TermQuery(new Term(SearchFields.BODY_TERMS, knownTerm)), 6);
        } else {
            add(any, QueryBuilder.phrase(bigram, SearchFields.TITLE_BIGRAM, text), 6);
            add(any, QueryBuilder.phrase(bigram, SearchFields.BODY_BIGRAM, text), 2);
            if (tokens.size() > 1 && shortWord) {
                add(any, QueryBuilder.phrase(smart, SearchFields.TITLE_SMART, text), 8);
                add(any, QueryBuilder.phrase(smart, SearchFields.BODY_SMART, text), 4);
            }
        }
        if (shortWord) {
            for (String alt : Synonyms.of(text)) {
                add(any, exact(SearchFields.TITLE_TERMS, SearchFields.TITLE_BIGRAM, alt), 5);
                add(any, exact(SearchFields.BODY_TERMS, SearchFields.BODY_BIGRAM, alt), 2.5f);
            }
        }
        if (code) {
            add(any, new TermQuery(new Term(SearchFields.CODE_PREFIX, text)), 10);
            add(any, new TermQuery(new Term(SearchFields.CODE, text)), 5);
        }
        Query scattered = scattered(strict, shortWord);
        if (scattered != null) {
            any.add(scattered, Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(1);
        return any.build();
    }

    /**
     * Every core word somewhere (or the core as a phrase), and in strict mode the generic words
     * too.
     */
    private Query scattered(boolean strict, boolean shortWord) {
        BooleanQuery.Builder coreMatch = new BooleanQuery.Builder();
        List<String> meaningful = core.stream().filter(t -> t.length() >= 2).toList();
        if (!meaningful.isEmpty()) {
            coreMatch.add(new BoostQuery(allAnywhereTitleFirst(meaningful), 0.5f), Occur.SHOULD);
        }
        if (coreText != null && shortWord) {
            add(coreMatch, exact(SearchFields.TITLE_TERMS, SearchFields.TITLE_BIGRAM, coreText), 5);
            add(
                    coreMatch,
                    exact(SearchFields.BODY_TERMS, SearchFields.BODY_BIGRAM, coreText),
                    1.5f);
        }
        BooleanQuery coreQuery = coreMatch.setMinimumNumberShouldMatch(1).build();
        if (coreQuery.clauses().isEmpty()) {
            // Single characters scattered over a document say nothing: only the phrases count.
            return null;
        }
        if (!strict || generic.isEmpty()) {
            return coreQuery;
        }
        // Each generic word in the passage, or the passage a row or project (SearchFields.GENERIC).
        BooleanQuery.Builder genericOk = new BooleanQuery.Builder();
        for (String g : generic) {
            genericOk.add(new TermQuery(new Term(SearchFields.GENERIC, g)), Occur.MUST);
        }
        return new BooleanQuery.Builder()
                .add(coreQuery, Occur.MUST)
                .add(genericOk.build(), Occur.FILTER)
                .build();
    }

    /**
     * For the snippet: the phrases that rank, plus each core word alone, all on the stored body.
     */
    List<Query> highlightQueries() {
        List<Query> qs = new ArrayList<>();
        addIfPresent(qs, QueryBuilder.phrase(bigram, SearchFields.BODY_BIGRAM, text));
        if (coreText != null) {
            addIfPresent(qs, QueryBuilder.phrase(bigram, SearchFields.BODY_BIGRAM, coreText));
        }
        for (String alt : Synonyms.of(text)) {
            addIfPresent(qs, QueryBuilder.phrase(bigram, SearchFields.BODY_BIGRAM, alt));
        }
        for (String t : core) {
            if (t.length() >= 2) {
                addIfPresent(qs, QueryBuilder.phrase(bigram, SearchFields.BODY_BIGRAM, t));
            }
        }
        if (code) {
            // Body text spells the full code; a prefix query marks 2040610 for the query 20406.
            qs.add(new PrefixQuery(new Term(SearchFields.BODY_BIGRAM, text)));
        }
        return qs;
    }

    /** Whether the word has generic words (经费, 支出 …) that relaxed search may leave out. */
    boolean hasGeneric() {
        return !generic.isEmpty();
    }

    /**
     * Each token must occur in title, body or context (one field holding all three, see {@link
     * SearchFields#ANY_SMART}).
     */
    private static Query allAnywhere(List<String> tokens) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : tokens) {
            all.add(new TermQuery(new Term(SearchFields.ANY_SMART, t)), Occur.MUST);
        }
        return all.build();
    }

    /**
     * As {@link #allAnywhere}, scoring each token found in the title once more: a section titled
     * 2023年度单位主要工作完成情况 comes before passages that merely use those words.
     */
    private static Query allAnywhereTitleFirst(List<String> tokens) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(allAnywhere(tokens), Occur.MUST);
        for (String t : tokens) {
            all.add(new TermQuery(new Term(SearchFields.TITLE_SMART, t)), Occur.SHOULD);
        }
        return all.build();
    }

    /**
     * The word as one known term when it is in the vocabulary, else as a phrase of bigrams (same
     * passages).
     */
    private Query exact(String termsField, String bigramField, String text) {
        String term = known.termOf(text);
        return term != null
                ? new TermQuery(new Term(termsField, term))
                : QueryBuilder.phrase(bigram, bigramField, text);
    }

    private static String stripGeneric(String text, List<String> generic) {
        String core = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String g : generic) {
                if (core.length() > g.length() && core.endsWith(g)) {
                    core = core.substring(0, core.length() - g.length());
                    changed = true;
                } else if (core.length() > g.length() && core.startsWith(g)) {
                    core = core.substring(g.length());
                    changed = true;
                }
            }
        }
        core = core.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        return core.isEmpty() || core.equals(text) ? null : core;
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    private static void addIfPresent(List<Query> qs, Query q) {
        if (q != null) {
            qs.add(q);
        }
    }
}
