package gongkai.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link KnownTerms} on a small vocabulary of its own, and the shipped vocabulary's derived words:
 * which words become terms, and where in a bigram stream the filter finds them. {@code
 * KnownTermsTest} compares the standard vocabulary with phrase queries over the sample reports,
 * which a wrongly built vocabulary passes as long as it is consistent. Written after mutation
 * testing (issue 16).
 */
class KnownTermsFilterTest {

    private static final Analyzer BIGRAM = ChineseAnalyzers.bigram();

    private final KnownTerms known =
            new KnownTerms(BIGRAM, List.of("普法", "普法宣", "普法宣传", "公务用车", "公务用车运行维护费"));

    /** "term/increment" of each term the filter emits for the text. */
    private List<String> filtered(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = known.filter(BIGRAM.tokenStream(SearchFields.BODY_BIGRAM, text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SearchFields.BODY_TERMS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void wordsOfTwoOrMoreConsecutiveBigramsBecomeTermsAndOthersDoNot() {
        // 普法 is one bigram, already a plain term of the bigram field.
        assertEquals(Set.of("普法宣", "普法宣传", "公务用车", "公务用车运行维护费"), known.words());
        assertEquals("普法_法宣", known.termOf("普法宣"));
        assertEquals("普法_法宣_宣传", known.termOf("普法宣传"));
        assertNull(known.termOf("普法"));
        assertNull(known.termOf("基本支出"), "not in this vocabulary");
        assertNull(known.termOf(""));
    }

    @Test
    void theFilterEmitsEachKnownTermWhereverItsBigramsFollowEachOtherOncePerOccurrence()
            throws IOException {
        assertEquals(
                List.of("普法_法宣/1", "普法_法宣_宣传/1", "普法_法宣/1", "普法_法宣_宣传/1"), filtered("普法宣传和普法宣传"));
    }

    @Test
    void overlappingAndNestedTermsAreAllEmitted() throws IOException {
        assertEquals(List.of("公务_务用_用车/1", "公务_务用_用车_车运_运行_行维_维护_护费/1"), filtered("公务用车运行维护费"));
        // A match can start inside a run that failed: 普法普法宣 restarts at the second 普法.
        assertEquals(List.of("普法_法宣/1"), filtered("普法普法宣"));
    }

    @Test
    void punctuationBetweenTheCharactersBreaksAMatch() throws IOException {
        assertEquals(List.of(), filtered("普法，宣传"));
        assertEquals(List.of(), filtered("公务用，车"));
        assertEquals(List.of(), filtered("普法"));
    }

    @Test
    void aPositionGapEndsTheMatchesUnderWay() throws IOException {
        // A removed token leaves a gap (as a stop filter does): 普法 … 法宣 is no phrase.
        TokenStream gapped =
                new StopFilter(
                        BIGRAM.tokenStream(SearchFields.BODY_BIGRAM, "普法和法宣"),
                        new CharArraySet(List.of("法和", "和法"), false));
        List<String> out = new ArrayList<>();
        try (TokenStream ts = known.filter(gapped)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        assertEquals(List.of(), out);
    }

    @Test
    void aReusedAnalyzerDoesNotCarryAMatchOverFromThePreviousText() throws IOException {
        Analyzer analyzer = ChineseAnalyzers.knownTerms();
        KnownTerms standard = KnownTerms.standard();
        String basic = standard.termOf("基本支出");
        assertNotNull(basic);
        assertTrue(terms(analyzer, "财政拨款基本支出").contains(basic));
        // The first text ends in the middle of 基本支出, the second continues it.
        terms(analyzer, "财政拨款基本");
        assertTrue(!terms(analyzer, "本支出").contains(basic), "a new text starts afresh");
    }

    @Test
    void theStandardVocabularyIsBuiltOnce() {
        assertSame(KnownTerms.standard(), KnownTerms.standard());
    }

    @Test
    void theStandardVocabularyAddsEachWordsCoreAndTheWordWithAGenericEndingOfTwoCharacters() {
        KnownTerms standard = KnownTerms.standard();
        // 公务接待费 (a synonym) without 费; 社区矫正 (a code name) with 经费 and 资金.
        assertNotNull(standard.termOf("公务接待费"));
        assertNotNull(standard.termOf("公务接待"));
        assertNotNull(standard.termOf("社区矫正"));
        assertNotNull(standard.termOf("社区矫正经费"));
        assertNotNull(standard.termOf("社区矫正资金"));
        assertNotNull(standard.termOf("社区矫正款项"));
        // The one-character ending is not appended, nor is a second ending.
        assertNull(standard.termOf("社区矫正费"));
        assertNull(standard.termOf("公务接待费经费"));
        // Table titles and column labels (split at ·) are in the vocabulary.
        assertNotNull(standard.termOf("基本支出"));
        assertNotNull(standard.termOf("项目支出"));
    }
}
