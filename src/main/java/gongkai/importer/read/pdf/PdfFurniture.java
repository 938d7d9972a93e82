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
        return out;
    }

    private static boolean inMargin(PageLayout.PageLine l) {
        return l.y() < l.pageHeight() * MARGIN || l.y() > l.pageHeight() * (1 - MARGIN);
    }

    /** Running headers differ only in their page number. */
    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
