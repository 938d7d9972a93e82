package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Words to text lines: clustering by baseline and joining in reading order. */
final class Lines {

    /** Baselines closer than this are one line (sub/superscripts, mixed fonts). */
    static final double BASELINE_TOLERANCE = 2.5;

    private Lines() {}

    /** Words grouped into lines, top to bottom, each line left to right. */
    static List<List<Word>> of(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::y));
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        double y = Double.NaN;
        for (Word w : sorted) {
            if (!line.isEmpty() && w.y() - y > BASELINE_TOLERANCE) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                y = w.y();
            }
            line.add(w);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Word::x0)));
        return lines;
    }

    /** The words' text in reading order: Chinese runs join without spaces, Latin words with one. */
    static String join(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (List<Word> line : of(words)) {
            for (Word w : line) {
                if (sb.length() > 0
                        && isLatin(sb.charAt(sb.length() - 1))
                        && isLatin(w.text().charAt(0))) {
                    sb.append(' ');
                }
                sb.append(w.text());
            }
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
