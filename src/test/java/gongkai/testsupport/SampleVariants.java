package gongkai.testsupport;

import java.nio.charset.StandardCharsets;

/** The samples moved to another fiscal year, to have many distinct disclosures from real text. */
public final class SampleVariants {

    private SampleVariants() {}

    /** The sample with every "2023" turned into {@code year} (and 2022 into the year before). */
    public static byte[] forYear(String sample, int year) {
        String text =
                new String(Samples.bytes(sample), StandardCharsets.UTF_8)
                        .replace("2022", Integer.toString(year - 1))
                        .replace("2023", Integer.toString(year));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The sample with every line that reads exactly {@code line} replaced by {@code replacement}
     * (which may hold several lines): e.g. a table heading the PDF extraction split in two.
     */
    public static byte[] withLine(String sample, String line, String replacement) {
        return withLine(Samples.bytes(sample), line, replacement);
    }

    /** The same for a text already changed (e.g. {@link #forYear}). */
    public static byte[] withLine(byte[] document, String line, String replacement) {
        String text = new String(document, StandardCharsets.UTF_8);
        String changed = text.replace("\n" + line + "\n", "\n" + replacement + "\n");
        if (changed.equals(text)) {
            throw new IllegalArgumentException("no line \"" + line + "\"");
        }
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The document with one table's body gone, as when the published file printed it as a picture:
     * its title stays, followed by a note, and the next table follows.
     */
    public static byte[] withTableBodyLost(byte[] document, String title, String nextTitle) {
        String text = new String(document, StandardCharsets.UTF_8);
        int start = text.indexOf("\n" + title + "\n");
        int end = text.indexOf("\n" + nextTitle + "\n", start + 1);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException(
                    "no table \"" + title + "\" before \"" + nextTitle + "\"");
        }
        return (text.substring(0, start)
                        + "\n"
                        + title
                        + "\n\n（此表为图片，无法提取文字）"
                        + text.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }
}
