package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page's words and rules to text lines: ruled regions become table rows (cells joined by TABs),
 * everything else prose lines clustered by baseline. Keeps the columns and header of the last table
 * so that a table continued on the next page reads as one: same columns, repeated header dropped.
 */
final class PageLayout {

    /** A line of output and where it stood on the page (y downwards, page height for margins). */
    record PageLine(String text, double y, double pageHeight, boolean tableRow) {}

    private final TableGrid.Columns[] carried = new TableGrid.Columns[1];
    private List<String> lastHeader = List.of();
    private List<List<Word>> proseLines = List.of();
    private List<List<Word>> tableWords = List.of();
    private FootHeader held;
    private boolean startsTable;
    private FootHeader.Table lastTable;

    /** The page's lines (a mutable list: a header alone at its foot may yet move on). */
    List<PageLine> lay(List<Word> words, List<Rule> rules, List<Post> posts, double pageHeight) {
        List<PageLine> out = null;
        if (held != null) {
            FootHeader.Moved moved = held.movedAbove(words, rules, pageHeight);
            TableGrid.Columns columns = carried[0];
            List<String> header = lastHeader;
            // an unruled table's top moved here whole starts a table: it continues none
            startsTable =
                    held.region() == null && held.lines().stream().allMatch(PageLine::tableRow);
            out =
                    layOnce(
                            FootHeader.Moved.plus(words, moved.words()),
                            FootHeader.Moved.plus(rules, moved.rules()),
                            FootHeader.Moved.plus(posts, moved.posts()),
                            pageHeight);
            startsTable = false;
            if (moved.headsATableOfFigures(tableWords)) {
                held.page().removeAll(held.lines()); // it heads this page's table
            } else {
                carried[0] = columns;
                lastHeader = header;
                out = null;
            }
        }
        if (out == null) {
            out = layOnce(words, rules, posts, pageHeight);
        }
        held = FootHeader.of(out, proseLines, lastTable, pageHeight);
        return out;
    }

    private List<PageLine> layOnce(
            List<Word> words, List<Rule> rules, List<Post> posts, double pageHeight) {
        List<TableRegion> regions = new ArrayList<>(TableRegion.of(rules, posts));
        List<Word> loose = new ArrayList<>();
        for (Word w : words) {
            if (regionOf(regions, w) < 0) {
                loose.add(w);
            }
        }
        // tables printed without horizontal rules are read as if ruled between their rows
        regions.addAll(UnruledTables.of(loose));
        regions.sort(Comparator.comparingDouble(TableRegion::top));
        List<List<Word>> inRegion = new ArrayList<>();
        regions.forEach(r -> inRegion.add(new ArrayList<>()));
        List<Word> prose = new ArrayList<>();
        for (Word w : words) {
            int k = regionOf(regions, w);
            (k < 0 ? prose : inRegion.get(k)).add(w);
        }
        List<PageLine> out = new ArrayList<>();
        lastTable = null;
        tableWords = inRegion;
        proseLines = Lines.of(prose);
        for (List<Word> line : proseLines) {
            out.add(new PageLine(Lines.join(line), line.get(0).y(), pageHeight, false));
        }
        for (int k = 0; k < regions.size(); k++) {
            if (inRegion.get(k).isEmpty()) {
                continue;
            }
            boolean continued =
                    k == 0
                            && !startsTable
                            && nothingAbove(out, regions.get(k), pageHeight)
                            && !newHeader(regions.get(k), inRegion.get(k));
            List<TableGrid.Row> rows =
                    TableGrid.rows(regions.get(k), inRegion.get(k), carried, continued);
            List<String> header = new ArrayList<>();
            lastTable =
                    new FootHeader.Table(regions.get(k), inRegion.get(k), rows, new ArrayList<>());
            for (TableGrid.Row r : rows) {
                String text = rowText(r.cells());
                if (r.header()) {
                    header.add(text);
                } else if (continued && lastHeader.contains(text)) {
                    continue; // the header printed again on a continuation page
                }
                PageLine line = new PageLine(text, r.y(), pageHeight, true);
                out.add(line);
                lastTable.lines().add(line);
            }
            if (!header.isEmpty()) {
                lastHeader = header;
            }
        }
        out.sort(Comparator.comparingDouble(PageLine::y));
        return out;
    }

    /**
     * A table at the top of a page with no title or text above it continues the previous page's
     * table (a 续表 mark and page furniture are not text).
     */
    private static boolean nothingAbove(List<PageLine> prose, TableRegion region, double height) {
        for (PageLine l : prose) {
            String t = l.text().strip();
            if (l.y() < region.top()
                    && l.y() > height * 0.09
                    && !t.isEmpty()
                    && !t.matches("[（(]?续表?\\d*[）)]?[:：]?|单位[:：].*")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the region starts with a header other than the last table's: a new table whose title
     * stood in the top margin, not a continuation.
     */
    private boolean newHeader(TableRegion region, List<Word> words) {
        List<TableGrid.Row> trial = TableGrid.rows(region, words, new TableGrid.Columns[1], false);
        // rows of figures or lone pieces before the first row with an amount are body, not a header
        List<String> header =
                trial.stream()
                        .filter(TableGrid.Row::header)
                        .filter(r -> headerLike(r.cells()))
                        .map(r -> rowText(r.cells()))
                        .toList();
        return !header.isEmpty() && !lastHeader.isEmpty() && !lastHeader.containsAll(header);
    }

    /** Two cells of text at least and no figure: what a header row looks like. */
    private static boolean headerLike(List<String> cells) {
        long text = cells.stream().filter(c -> !c.isBlank()).count();
        return text >= 2 && cells.stream().noneMatch(c -> c.strip().matches("[-－]?[\\d,.%]+"));
    }

    /** A table row as a line; a row with a single cell still carries a TAB to stay a row. */
    private static String rowText(List<String> cells) {
        String text = String.join("\t", cells);
        return text.indexOf('\t') < 0 ? text + "\t" : text;
    }

    private static int regionOf(List<TableRegion> regions, Word w) {
        for (int k = 0; k < regions.size(); k++) {
            if (regions.get(k).contains(w)) {
                return k;
            }
        }
        return -1;
    }
}
