package gongkai.inspection;

import java.util.List;

/**
 * The document as it was uploaded, for the checks that need more than the stored content: its
 * lines, and for a PDF the page of each line, the page count and the glyphs without a Unicode
 * mapping. {@link #NONE} stands for a disclosure entered in the portal's forms.
 */
public record SourceText(
        List<String> lines, List<Integer> pageOfLine, int pageCount, List<Glyphless> glyphless) {

    public static final SourceText NONE = new SourceText(List.of(), List.of(), 0, List.of());

    public SourceText {
        lines = List.copyOf(lines);
        pageOfLine = List.copyOf(pageOfLine);
        glyphless = List.copyOf(glyphless);
    }

    /** Plain text without pages (text, Word and Excel files). */
    public static SourceText of(List<String> lines) {
        return new SourceText(lines, List.of(), 0, List.of());
    }

    /** {@code count} glyphs without Unicode on {@code page}, near 1-based {@code line}. */
    public record Glyphless(int page, int line, int count) {}

    boolean hasPages() {
        return pageCount > 0 && pageOfLine.size() == lines.size();
    }

    boolean present() {
        return !lines.isEmpty();
    }

    /** The page of 1-based {@code line}, or null where pages are unknown. */
    Integer page(int line) {
        return hasPages() && line >= 1 && line <= lines.size() ? pageOfLine.get(line - 1) : null;
    }
}
