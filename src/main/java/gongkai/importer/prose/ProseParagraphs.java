package gongkai.importer.prose;

import gongkai.importer.performance.PerformanceParser;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Gathers a narrative paragraph that starts at a given body line. Extraction breaks paragraphs in
 * two ways the parser must undo: a heading line whose figures follow in the next paragraph
 * ("3、公共安全支出（类）司法（款）行政运行（项）。" / "年初预算为405.64万元，…"), and a sentence cut by a page break ("…算进" /
 * "了公共法律服务…"). Both are joined; a new numbered paragraph, a heading or a table line ends the
 * paragraph.
 */
final class ProseParagraphs {

    /** A paragraph: its text and the index of its first body line. */
    record Paragraph(String text, int index, int lastIndex) {}

    /** Numbered paragraphs and headings: "1.", "2、", "（二）", "六、", "第三部分". */
    static final Pattern NUMBERED =
            Pattern.compile(
                    "^(?:\\d{1,2}\\s*[.．、](?!\\d)|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)");

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？；;!?]$");

    /**
     * How many lines a paragraph may span at most, so that a missing full stop cannot swallow a
     * section.
     */
    private static final int MAX_LINES = 6;

    private ProseParagraphs() {}

    /**
     * The paragraph starting at {@code start}. {@code incomplete} says whether the text so far
     * still lacks what the caller expects (e.g. the amounts), in which case the next line is taken
     * even after a full stop; {@code stop} marks lines that always begin something new.
     */
    static Paragraph from(
            List<String> body, int start, Predicate<String> incomplete, Predicate<String> stop) {
        StringBuilder text = new StringBuilder(body.get(start).strip());
        int last = start;
        int taken = 1;
        for (int i = start + 1; i < body.size() && taken < MAX_LINES; i++) {
            String line = body.get(i);
            if (line.isBlank()) {
                continue;
            }
            String t = line.strip();
            if (line.indexOf('\t') >= 0
                    || NUMBERED.matcher(t).find()
                    || stop.test(t)
                    || PerformanceParser.isPerformanceTableStart(line)) {
                break;
            }
            boolean cutSentence = !ENDS_SENTENCE.matcher(text).find();
            if (!cutSentence && !incomplete.test(text.toString())) {
                break;
            }
            text.append(t);
            last = i;
            taken++;
        }
        return new Paragraph(text.toString(), start, last);
    }

    static boolean startsNumbered(String line) {
        return NUMBERED.matcher(line.strip()).find();
    }
}
