package gongkai.importer.read.pdf;

import gongkai.importer.read.DocumentText.PageFacts.Unmapped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Places the glyphs without Unicode that {@link PageCollector} counted on the nearest line. */
final class PdfPageFacts {

    private PdfPageFacts() {}

    static List<Unmapped> unmapped(
            PageCollector collector, List<String> lines, List<Integer> pageOfLine) {
        List<Unmapped> out = new ArrayList<>();
        for (Map.Entry<Integer, double[]> e : collector.unmapped().entrySet()) {
            int page = e.getKey();
            double y = e.getValue()[1];
            String nearest = null;
            double best = Double.MAX_VALUE;
            if (page - 1 < collector.pages().size()) {
                for (PageLayout.PageLine l : collector.pages().get(page - 1)) {
                    double d = Math.abs(l.y() - y);
                    if (!l.text().isBlank() && d < best) {
                        best = d;
                        nearest = l.text();
                    }
                }
            }
            out.add(
                    new Unmapped(
                            page, lineOn(page, nearest, lines, pageOfLine), (int) e.getValue()[0]));
        }
        return out;
    }

    /** The 1-based line of {@code text} on {@code page}, else the page's first line, else 0. */
    private static int lineOn(int page, String text, List<String> lines, List<Integer> pageOfLine) {
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (pageOfLine.get(i) == page) {
                if (first == 0) {
                    first = i + 1;
                }
                if (lines.get(i).equals(text)) {
                    return i + 1;
                }
            }
        }
        return first;
    }
}
