package gongkai.search.analysis;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains every searchable text goes through (plus the known budget terms picked
 * from the bigram chain, {@link #knownTerms()}), and the per-field wrapper the index writer and the
 * highlighter use.
 *
 * <ul>
 *   <li><b>smart</b> (fields {@code *_smart}): smartcn's HMM word segmentation. Words are what
 *       ranking should be about (社区 | 矫正 | 经费), and phrase queries over words reward the exact
 *       wording. We assemble it ourselves instead of using {@link SmartChineseAnalyzer} to put our
 *       char filters in front and to leave out its Porter stemmer (it would stem the odd Latin word
 *       in a way nobody expects, e.g. "services" → "servic").
 *   <li><b>bigram</b> (fields {@code *_bigram}): overlapping character pairs. smartcn keeps 服务费 and
 *       乌兰牧骑 as single words, so a search for 服务 or 乌兰 would miss them; with bigrams every
 *       substring of two or more characters is a phrase of bigrams. CJKBigramFilter only works on
 *       StandardTokenizer's ideographic tokens, hence its own tokenizer. Digits stay whole tokens
 *       (2040610), which code search relies on.
 * </ul>
 */
public final class ChineseAnalyzers {

    private ChineseAnalyzers() {}

    /**
     * smartcn segmentation over normalised text, punctuation removed, Latin letters lower-cased.
     */
    public static Analyzer smart() {
        return new NormalisedAnalyzer(
                () -> {
                    Tokenizer tokenizer = new HMMChineseTokenizer();
                    TokenStream stream = new LowerCaseFilter(tokenizer);
                    // smartcn's default stop set is punctuation only; keep it so "（" or "，" never
                    // become terms.
                    stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
                    return new Analyzer.TokenStreamComponents(tokenizer, stream);
                });
    }

    /**
     * StandardTokenizer → CJKWidthFilter → LowerCaseFilter → CJKBigramFilter over normalised text.
     */
    public static Analyzer bigram() {
        return new NormalisedAnalyzer(
                () -> {
                    Tokenizer tokenizer = new StandardTokenizer();
                    return new Analyzer.TokenStreamComponents(tokenizer, bigrams(tokenizer));
                });
    }

    private static TokenStream bigrams(Tokenizer tokenizer) {
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        // No unigrams: single characters match far too much; a lone character (no CJK
        // neighbour) is still emitted as a unigram by the filter.
        return new CJKBigramFilter(stream);
    }

    /**
     * The bigram chain followed by {@link KnownTerms}: only the known budget terms of the text, one
     * index term each (fields {@code *_terms}).
     */
    public static Analyzer knownTerms() {
        return new NormalisedAnalyzer(
                () -> {
                    Tokenizer tokenizer = new StandardTokenizer();
                    return new Analyzer.TokenStreamComponents(
                            tokenizer, KnownTerms.standard().filter(bigrams(tokenizer)));
                });
    }

    /**
     * An analyzer whose text (indexed and queried alike) first goes through {@link TextNormalizer}
     * (width folding, traditional → simplified), then through the given token chain.
     */
    private static final class NormalisedAnalyzer extends Analyzer {

        private final Supplier<TokenStreamComponents> components;

        NormalisedAnalyzer(Supplier<TokenStreamComponents> components) {
            this.components = components;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return TextNormalizer.wrap(reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return TextNormalizer.wrap(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return components.get();
        }
    }

    /**
     * Routes {@code *_smart} fields to smartcn, {@code *_bigram} to bigrams, {@code *_terms} to
     * known terms; others are not analysed.
     */
    public static Analyzer perField() {
        Analyzer smart = smart();
        Analyzer bigram = bigram();
        Map<String, Analyzer> fields = new HashMap<>();
        for (String f : SearchFields.SMART_FIELDS) {
            fields.put(f, smart);
        }
        for (String f : SearchFields.BIGRAM_FIELDS) {
            fields.put(f, bigram);
        }
        Analyzer known = knownTerms();
        for (String f : SearchFields.TERMS_FIELDS) {
            fields.put(f, known);
        }
        // The default only matters for fields we never analyse (StringField is not tokenized).
        return new PerFieldAnalyzerWrapper(bigram, fields);
    }
}
