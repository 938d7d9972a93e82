package gongkai.disclosure.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a narrative section into paragraphs and the small tables printed inside it. A stored
 * section keeps a small table as one line per cell (序号, 单位名称, 单位性质, 1, 内蒙古…, 公益一类事业单位) or as
 * TAB-separated rows; shown as paragraphs, each cell became a line of its own. A run of cells is
 * read as a table when it starts with a 序号 header and is followed by rows numbered 1, 2, 3 … with
 * as many cells as there are headers.
 */
final class SectionText {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    /** A header cell is a short label, never a sentence. */
    private static final int MAX_HEADER = 16;

    private SectionText() {}

    static List<DisclosurePage.TextBlock> blocks(String body) {
        List<String> lines = body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<DisclosurePage.TextBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int consumed = table(lines, i, blocks);
            if (consumed > 0) {
                i += consumed;
            } else {
                blocks.add(new DisclosurePage.TextBlock(lines.get(i), List.of(), List.of()));
                i++;
            }
        }
        return blocks;
    }

    /** Adds the table starting at {@code start} and answers how many lines it took (0: none). */
    private static int table(List<String> lines, int start, List<DisclosurePage.TextBlock> out) {
        String first = lines.get(start);
        if (first.contains("\t")) {
            return tabbed(lines, start, out);
        }
        if (!"序号".equals(first)) {
            return 0;
        }
        List<String> header = new ArrayList<>();
        int i = start;
        while (i < lines.size()
                && !NUMBER.matcher(lines.get(i)).matches()
                && lines.get(i).length() <= MAX_HEADER
                && !lines.get(i).contains("\t")) {
            header.add(lines.get(i));
            i++;
        }
        int width = header.size();
        if (width < 2) {
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        int expected = 1;
        while (i + width <= lines.size()
                && lines.get(i).equals(Integer.toString(expected))
                && lines.subList(i + 1, i + width).stream().noneMatch(l -> l.equals("序号"))) {
            rows.add(List.copyOf(lines.subList(i, i + width)));
            i += width;
            expected++;
        }
        if (rows.isEmpty()) {
            return 0;
        }
        out.add(new DisclosurePage.TextBlock(null, List.copyOf(header), List.copyOf(rows)));
        return i - start;
    }

    /** Consecutive TAB-separated lines of the same width: the first is the header. */
    private static int tabbed(List<String> lines, int start, List<DisclosurePage.TextBlock> out) {
        String[] head = lines.get(start).split("\t", -1);
        int i = start + 1;
        List<List<String>> rows = new ArrayList<>();
        while (i < lines.size() && lines.get(i).split("\t", -1).length == head.length) {
            rows.add(List.of(lines.get(i).split("\t", -1)).stream().map(String::strip).toList());
            i++;
        }
        if (head.length < 2 || rows.isEmpty()) {
            return 0;
        }
        out.add(
                new DisclosurePage.TextBlock(
                        null, List.of(head).stream().map(String::strip).toList(), rows));
        return i - start;
    }
}
