package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops what the printer put on every page rather than the author in the text: page numbers and
 * running headers/footers in the top or bottom margin (a margin line repeated on three or more
 * pages), "续表" marks and review stamps (仅供内部审核 …).
 */
final class PdfFurniture {

    private static final double MARGIN = 0.09;

    /** A table's title printed above it takes at most this many lines. */
    private static final int TITLE_LINES = 4;

    private static final Pattern PAGE_NUMBER =
            Pattern.compile(
                    "[-—－–\\s]*\\d{1,4}[-—－–\\s]*|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");
    private static final Pattern STAMP =
            Pattern.compile("[（(]?(仅供内部审核|仅供审核|内部资料|征求意见稿|草稿|样稿|续表\\d*|续)[）)]?[:：]?");

    private PdfFurniture() {}

    static List<String> clean(List<List<PageLayout.PageLine>> pages) {
        return clean(pages, new ArrayList<>());
    }

    /** As {@link #clean(List)}, also telling the 1-based page of each line kept. */
    static List<String> clean(List<List<PageLayout.PageLine>> pages, List<Integer> pageOfLine) {
        Map<String, Integer> marginCounts = new HashMap<>();
        for (List<PageLayout.PageLine> page : pages) {
            page.stream()
                    .filter(l -> !l.tableRow() && inMargin(l))
                    .map(l -> key(l.text()))
                    .distinct()
                    .forEach(k -> marginCounts.merge(k, 1, Integer::sum));
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PageLayout.PageLine l : pages.get(p)) {
                String t = l.text().strip();
                if (!l.tableRow()) {
                    if (t.isEmpty() || STAMP.matcher(t).matches()) {
                        continue;
                    }
                    if (inMargin(l)
                            && (PAGE_NUMBER.matcher(t).matches()
                                    || marginCounts.getOrDefault(key(t), 0) >= 3)) {
                        continue;
                    }
                }
                out.add(l.text());
                pageOfLine.add(p + 1);
            }
        }
        dropRepeatedTops(out, pageOfLine);
        return out;
    }

    /**
     * A table continued on the next page under its own top printed again (the title and header rows
     * office software repeats as print titles, such as a self-evaluation's title, 项目名称 and 项目资金
     * rows above more indicator rows) reads as one table: the lines at the top of a page that
     * repeat, one for one, the lines that began the table the page before ended in are dropped. The
     * repeat must reach into the table's rows, and only table rows may stand between its first
     * printing and the page break (so a new table with the same title after some text is kept).
     */
    private static void dropRepeatedTops(List<String> lines, List<Integer> pageOfLine) {
        for (int s = lines.size() - 1; s > 0; s--) {
            if (pageOfLine.get(s).equals(pageOfLine.get(s - 1)) || !isRow(lines.get(s - 1))) {
                continue;
            }
            int k = repeatedTop(lines, pageOfLine, s);
            if (k > 0) {
                lines.subList(s, s + k).clear();
                pageOfLine.subList(s, s + k).clear();
            }
        }
    }

    /** How many lines from page start {@code s} repeat the start of the table it continues. */
    private static int repeatedTop(List<String> lines, List<Integer> pageOfLine, int s) {
        int first = s - 1; // the first row of the run of table rows the page before ends in
        while (first > 0 && isRow(lines.get(first - 1))) {
            first--;
        }
        for (int i = first; i >= Math.max(0, first - TITLE_LINES); i--) {
            int k = 0;
            while (i + k < s - 1
                    && s + k < lines.size()
                    && pageOfLine.get(s + k).equals(pageOfLine.get(s))
                    && same(lines.get(i + k), lines.get(s + k))) {
                k++;
            }
            if (i + k > first) {
                return k; // the repeat runs from the title (if any) into the table's rows
            }
        }
        return 0;
    }

    /** Two lines alike but for empty cells at the end (the page's own columns may be fewer). */
    private static boolean same(String a, String b) {
        return a.replaceAll("[\\t\\s]+$", "").equals(b.replaceAll("[\\t\\s]+$", ""));
    }

    private static boolean isRow(String line) {
        return line.indexOf('\t') >= 0;
    }

    private static boolean inMargin(PageLayout.PageLine l) {
        return l.y() < l.pageHeight() * MARGIN || l.y() > l.pageHeight() * (1 - MARGIN);
    }

    /** Running headers differ only in their page number. */
    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
