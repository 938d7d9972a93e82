package gongkai.inspection;

import gongkai.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The narrative's paragraphs, each with its part, its 1-based number in the part and its page in
 * the source PDF (found by its first characters at or after the part's title line).
 */
final class Paragraphs {

    record Para(ProofInput.Part part, int number, String text, Integer page) {

        ProofFinding finding(String rule, Severity s, String item, String msg) {
            return new ProofFinding(rule, s, item, page, part.title(), number, msg);
        }
    }

    /** A numbered heading or list item starts a paragraph of its own. */
    private static final Pattern HEADING =
            Pattern.compile(
                    "[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．](?!\\d)|第[一二三四五六七八九十]+部分");

    private static final Pattern ENDED = Pattern.compile("[。！？；：:;!?”）)]$");

    private Paragraphs() {}

    static List<Para> of(ProofInput input) {
        List<Para> out = new ArrayList<>();
        SourceText source = input.source();
        double width = source.hasPages() ? textWidth(input) : Double.MAX_VALUE;
        for (ProofInput.Part part : input.parts()) {
            int n = 0;
            int from = Math.max(1, part.line());
            for (String text : paragraphs(part.body(), width)) {
                n++;
                int line = find(source, text, from);
                if (line > 0) {
                    from = line;
                }
                out.add(new Para(part, n, text, source.page(line > 0 ? line : part.line())));
            }
        }
        return out;
    }

    /**
     * A part's paragraphs. A PDF's lines break where the page's margin is: a line as wide as the
     * text block continues on the next, a shorter one ends its paragraph.
     */
    private static List<String> paragraphs(String body, double width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : body.split("\n")) {
            String text = raw.strip();
            if (text.isEmpty() || text.contains("\t")) {
                flush(current, out); // table rows kept in a section are not prose
                continue;
            }
            if (HEADING.matcher(text).lookingAt()) {
                flush(current, out);
            }
            current.append(text);
            // A line short of the margin ends its paragraph; one a little short of it may only
            // be narrowed by half-width figures, so it ends one only after a full stop.
            double w = width(text);
            if (w < width * 0.75 || w < width - 2.5 && ENDED.matcher(text).find()) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (!current.isEmpty()) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** The width of the text block: the widest prose lines, ignoring the few widest outliers. */
    private static double textWidth(ProofInput input) {
        List<Double> widths = new ArrayList<>();
        for (ProofInput.Part part : input.parts()) {
            for (String line : part.body().split("\n")) {
                if (!line.isBlank() && !line.contains("\t")) {
                    widths.add(width(line.strip()));
                }
            }
        }
        if (widths.size() < 5) {
            return Double.MAX_VALUE;
        }
        widths.sort(null);
        return widths.get((int) Math.floor(widths.size() * 0.9));
    }

    /** Width in full-width characters: digits, Latin letters and ASCII marks count half. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2000 ? 0.5 : 1;
        }
        return w;
    }

    private static int find(SourceText source, String text, int from) {
        if (!source.hasPages()) {
            return 0;
        }
        String head = squeeze(text);
        head = head.substring(0, Math.min(12, head.length()));
        for (int i = from; i <= source.lines().size(); i++) {
            if (squeeze(source.lines().get(i - 1)).startsWith(head)) {
                return i;
            }
        }
        return 0;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Up to {@code radius} characters either side of [start, end), for messages. */
    static String around(String text, int start, int end, int radius) {
        int a = Math.max(0, start - radius);
        int b = Math.min(text.length(), end + radius);
        return (a > 0 ? "…" : "") + text.substring(a, b) + (b < text.length() ? "…" : "");
    }
}
