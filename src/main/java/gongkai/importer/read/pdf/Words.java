package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs to words: glyphs on the same baseline (within a point) that follow each other without a
 * gap become one word. A space glyph or a gap of a quarter of the font size ends a word, so numbers
 * printed in neighbouring columns never run together.
 */
final class Words {

    private Words() {}

    static List<Word> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        double lineY = Double.NaN;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.y() - lineY) > 1.0) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineY = g.y();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        List<Word> words = new ArrayList<>();
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x0));
            split(l, words);
        }
        return words;
    }

    private static void split(List<Glyph> line, List<Word> out) {
        StringBuilder text = new StringBuilder();
        double x0 = 0;
        double x1 = 0;
        double y = 0;
        double size = 0;
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && duplicate(previous, g)) {
                continue; // fake bold: the same glyph printed twice, a hair apart
            }
            boolean blank = g.text().isBlank();
            boolean gap =
                    previous != null
                            && g.x0() - previous.x1()
                                    > Math.max(1.5, 0.25 * Math.max(size, g.size()));
            if (text.length() > 0 && (blank || gap)) {
                out.add(new Word(text.toString(), x0, x1, y, size));
                text.setLength(0);
            }
            previous = g;
            if (blank) {
                continue;
            }
            if (text.length() == 0) {
                x0 = g.x0();
                y = g.y();
                size = g.size();
            }
            text.append(g.text());
            x1 = Math.max(g.x1(), x0);
            size = Math.max(size, g.size());
        }
        if (text.length() > 0) {
            out.add(new Word(text.toString(), x0, x1, y, size));
        }
    }

    private static boolean duplicate(Glyph a, Glyph b) {
        return a.text().equals(b.text())
                && Math.abs(a.x0() - b.x0()) < Math.max(0.5, (a.x1() - a.x0()) * 0.3)
                && Math.abs(a.y() - b.y()) < 0.5;
    }
}
