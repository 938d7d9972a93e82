package gongkai.importer.read;

import java.util.List;

/**
 * A document as lines of text, whatever it was read from (extracted .txt today; a .docx/.xlsx/.pdf
 * reader can produce the same). Line numbers in reports are 1-based indexes into {@code lines}.
 */
public record DocumentText(String sourceName, List<String> lines) {

    public DocumentText {
        lines = List.copyOf(lines);
    }

    /** The text of line {@code number} (1-based). */
    public String line(int number) {
        return lines.get(number - 1);
    }
}
