package gongkai.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once, replayable as many token streams as the fields built from it need.
 * smartcn's segmenter is most of the cost of indexing; the title, body and context of a passage
 * each feed two fields (their own, with positions, and {@link SearchFields#ANY_SMART}), and the
 * context is the same for every passage of a report, so analysing each text once keeps a rebuild
 * from doing that work twice or hundreds of times.
 */
public final class AnalysedText {

    private final List<String> terms = new ArrayList<>();
    private final List<int[]> incAndOffsets = new ArrayList<>();
    private final int length;

    private AnalysedText(int length) {
        this.length = length;
    }

    public static AnalysedText of(Analyzer analyzer, String field, String text) {
        AnalysedText out = new AnalysedText(text.length());
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.terms.add(term.toString());
                out.incAndOffsets.add(
                        new int[] {
                            inc.getPositionIncrement(), offset.startOffset(), offset.endOffset()
                        });
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The texts one after the other, as if joined by a separator (offsets shifted accordingly). */
    public static AnalysedText concat(AnalysedText... parts) {
        int total = 0;
        for (AnalysedText p : parts) {
            total += p.length + 1;
        }
        AnalysedText out = new AnalysedText(total);
        int base = 0;
        for (AnalysedText p : parts) {
            out.terms.addAll(p.terms);
            for (int[] io : p.incAndOffsets) {
                out.incAndOffsets.add(new int[] {io[0], io[1] + base, io[2] + base});
            }
            base += p.length + 1;
        }
        return out;
    }

    /** The tokens, in order. */
    public List<String> terms() {
        return Collections.unmodifiableList(terms);
    }

    /** A fresh stream of the tokens, as the analyzer produced them. */
    public TokenStream stream() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute inc =
                    addAttribute(PositionIncrementAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next >= terms.size()) {
                    return false;
                }
                clearAttributes();
                int[] io = incAndOffsets.get(next);
                term.setEmpty().append(terms.get(next));
                inc.setPositionIncrement(io[0]);
                offset.setOffset(io[1], io[2]);
                next++;
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(length, length);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
