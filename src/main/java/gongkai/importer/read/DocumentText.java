package gongkai.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as lines of text, whatever it was read from (extracted .txt today; a .docx/.xlsx/.pdf
 * reader can produce the same). Line numbers in reports are 1-based indexes into {@code lines}.
 * {@code pages} is what a PDF adds about its printed pages (null for other formats).
 */
public record DocumentText(String sourceName, List<String> lines, PageFacts pages) {

    public DocumentText {
        lines = List.copyOf(lines);
    }

    public DocumentText(String sourceName, List<String> lines) {
        this(sourceName, lines, null);
    }

    /** The text of line {@code number} (1-based). */
    public String line(int number) {
        return lines.get(number - 1);
    }

    /**
     * What the proofreading checks need of a PDF's pages: the page (1-based) of each line, the page
     * count, pages without any text, and glyphs the PDF gives no Unicode mapping for (they print
     * but neither display in a viewer's text layer nor copy).
     */
    public record PageFacts(int count, List<Integer> pageOfLine, List<Unmapped> unmapped) {

        public PageFacts {
            pageOfLine = List.copyOf(pageOfLine);
            unmapped = List.copyOf(unmapped);
        }

        /**
         * {@code count} glyphs without Unicode on {@code page}, nearest to 1-based {@code line}.
         */
        public record Unmapped(int page, int line, int count) {}

        /** Pages without a single line of text. */
        public List<Integer> blankPages() {
            boolean[] seen = new boolean[count + 1];
            pageOfLine.forEach(p -> seen[Math.min(p, count)] = true);
            List<Integer> blank = new ArrayList<>();
            for (int p = 1; p <= count; p++) {
                if (!seen[p]) {
                    blank.add(p);
                }
            }
            return blank;
        }
    }
}
