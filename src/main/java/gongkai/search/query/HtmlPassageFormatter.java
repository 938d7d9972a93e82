package gongkai.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats passages as safe HTML: matches in {@code <mark>…</mark>}, every other character escaped,
 * line breaks as spaces, passages joined with "…". Unlike Lucene's DefaultPassageFormatter it
 * merges overlapping and adjacent matches, which bigram matching produces all the time (社区|区矫|矫正 is
 * one match for a reader, not three).
 */
public final class HtmlPassageFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        int lastEnd = 0;
        for (int p = 0; p < passages.length; p++) {
            Passage passage = passages[p];
            if (p == 0 ? passage.getStartOffset() > 0 : passage.getStartOffset() > lastEnd) {
                sb.append(ELLIPSIS);
            }
            int pos = passage.getStartOffset();
            int i = 0;
            int n = passage.getNumMatches();
            while (i < n) {
                int start = Math.max(passage.getMatchStarts()[i], pos);
                int end = passage.getMatchEnds()[i];
                // Merge every following match that overlaps or touches this one.
                while (i + 1 < n && passage.getMatchStarts()[i + 1] <= end) {
                    i++;
                    end = Math.max(end, passage.getMatchEnds()[i]);
                }
                i++;
                if (end <= pos) {
                    continue;
                }
                escape(sb, content, pos, start);
                sb.append("<mark>");
                escape(sb, content, start, end);
                sb.append("</mark>");
                pos = end;
            }
            escape(sb, content, pos, passage.getEndOffset());
            lastEnd = passage.getEndOffset();
        }
        if (passages.length > 0 && lastEnd < content.length()) {
            sb.append(ELLIPSIS);
        }
        return sb.toString().strip();
    }

    public static void escape(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to && i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        escape(sb, s, 0, s.length());
        return sb.toString();
    }
}
