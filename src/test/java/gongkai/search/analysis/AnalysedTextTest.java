package gongkai.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * A text analysed once and replayed ({@link AnalysedText}) must give exactly the tokens, position
 * increments and offsets the analyser gives, or phrase queries and highlights on the fields built
 * from it go wrong. The search tests only saw that terms match. Written after mutation testing
 * (issue 16).
 */
class AnalysedTextTest {

    private static final Analyzer SMART = ChineseAnalyzers.smart();

    /** "term inc start-end" per token, then "end=offset" after end(). */
    private static List<String> replay(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(
                    term
                            + " "
                            + inc.getPositionIncrement()
                            + " "
                            + offset.startOffset()
                            + "-"
                            + offset.endOffset());
        }
        ts.end();
        out.add("end=" + offset.endOffset());
        ts.close();
        return out;
    }

    @Test
    void aReplayedStreamEqualsTheAnalysersOwnTokensIncrementsAndOffsets() throws IOException {
        // Stop words and punctuation leave position gaps that phrase queries depend on.
        String text = "司法局的社区矫正经费，用于 2023 年普法宣传。";
        List<String> direct = replay(SMART.tokenStream(SearchFields.BODY_SMART, text));
        AnalysedText analysed = AnalysedText.of(SMART, SearchFields.BODY_SMART, text);
        assertEquals(direct, replay(analysed.stream()));
        assertEquals("end=" + text.length(), direct.get(direct.size() - 1));
        List<String> terms = new ArrayList<>();
        for (String t : direct.subList(0, direct.size() - 1)) {
            terms.add(t.substring(0, t.indexOf(' ')));
        }
        assertEquals(terms, analysed.terms());
    }

    @Test
    void aStreamCanBeReplayedAfterResetAndEachStreamStartsAtTheFirstToken() throws IOException {
        AnalysedText analysed = AnalysedText.of(SMART, SearchFields.TITLE_SMART, "社区矫正经费");
        TokenStream ts = analysed.stream();
        List<String> first = replay(ts);
        assertEquals(first, replay(ts), "the same stream again after reset()");
        assertEquals(first, replay(analysed.stream()));
        assertFalse(analysed.terms().isEmpty());
    }

    @Test
    void concatenatedTextsShiftOffsetsAsIfJoinedByOneSeparator() throws IOException {
        String title = "部门职责";
        String body = "社区矫正";
        String context = "醴陵市司法局";
        AnalysedText joined =
                AnalysedText.concat(
                        AnalysedText.of(SMART, SearchFields.TITLE_SMART, title),
                        AnalysedText.of(SMART, SearchFields.BODY_SMART, body),
                        AnalysedText.of(SMART, SearchFields.CONTEXT_SMART, context));
        // The joined text analysed in one go gives the same offsets (the separator is a space).
        String whole = title + " " + body + " " + context;
        List<String> direct = replay(SMART.tokenStream(SearchFields.ANY_SMART, whole));
        List<String> replayed = replay(joined.stream());
        assertEquals(
                direct.subList(0, direct.size() - 1), replayed.subList(0, replayed.size() - 1));
        // Three texts and three separators.
        assertEquals("end=" + (whole.length() + 1), replayed.get(replayed.size() - 1));
    }

    @Test
    void anEmptyTextHasNoTokensAndEndsAtZero() throws IOException {
        AnalysedText empty = AnalysedText.of(SMART, SearchFields.BODY_SMART, "");
        assertEquals(List.of(), empty.terms());
        assertEquals(List.of("end=0"), replay(empty.stream()));
        assertEquals(List.of("end=1"), replay(AnalysedText.concat(empty).stream()));
    }
}
