package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's header left alone at the foot of a page, its body on the next: a header row printed
 * without rules (which a single line cannot be told from prose by), or a ruled header with no row
 * of figures (whose columns its header cells alone do not give), or an unruled table's header with
 * a single row of figures (one row does not show the columns the rows on the next page fill, and a
 * cell merged over some of them is then misplaced). It is held: its words, and its rules if drawn,
 * move to the top of the next page, just above the content there, and when they then read as part
 * of that page's table its lines are taken off the page they stood on.
 *
 * <p>An unruled header line is a line of two cells or more (gaps wider than a character, which
 * Chinese prose never leaves) with no figure in it, below everything else on its page but the
 * margins. Titles and unit notes (…表, 单位：万元) are no header cells.
 */
record FootHeader(
        List<PageLayout.PageLine> page,
        List<PageLayout.PageLine> lines,
        List<Word> words,
        TableRegion region) {

    /** The last table laid out on a page: its region, words, rows and output lines. */
    record Table(
            TableRegion region,
            List<Word> words,
            List<TableGrid.Row> rows,
            List<PageLayout.PageLine> lines) {}

    /** What moves to the next page, shifted to its place there. */
    record Moved(List<Word> words, List<Rule> rules, List<Post> posts) {

        /** Whether all the words went into one table that has figures of its own. */
        boolean headsATableOfFigures(List<List<Word>> tables) {
            return !words.isEmpty()
                    && tables.stream().anyMatch(t -> t.containsAll(words) && hasFigures(t));
        }

        private boolean hasFigures(List<Word> table) {
            return table.stream()
                    .anyMatch(w -> !words.contains(w) && FIGURE.matcher(w.text()).matches());
        }

        static <T> List<T> plus(List<T> page, List<T> moved) {
            List<T> all = new ArrayList<>(page);
            all.addAll(moved);
            return all;
        }
    }

    private static final Pattern FIGURE = Pattern.compile("[-－]?[\\d,]*\\d\\.\\d+");
    private static final double MARGIN = 0.09;
    private static final double CELL_GAP = 0.9;
    private static final Pattern NOT_A_CELL =
            Pattern.compile(".*(表|单位[:：].*|[（(]?续表?\\d*[）)]?|[。；;，,]|\\d+\\.\\d+)");

    /** The header at the foot of a laid-out page, or null. */
    static FootHeader of(
            List<PageLayout.PageLine> page, List<List<Word>> prose, Table table, double height) {
        PageLayout.PageLine last = null;
        for (PageLayout.PageLine l : page) {
            if (!l.text().isBlank() && l.y() > height * MARGIN && l.y() < height * (1 - MARGIN)) {
                last = l;
            }
        }
        if (last == null) {
            return null;
        }
        if (last.tableRow()) {
            if (table == null || !table.lines().contains(last) || table.rows().isEmpty()) {
                return null;
            }
            boolean headerOnly =
                    table.region().drawn() && table.rows().stream().allMatch(TableGrid.Row::header);
            if (headerOnly) {
                return new FootHeader(page, table.lines(), table.words(), table.region());
            }
            // unruled, a header and one row of figures do not give the columns the rows on the
            // next page do (cells merged over columns that page has no figures in)
            long body = table.rows().stream().filter(r -> !r.header()).count();
            boolean oneRow = !table.region().drawn() && body == 1 && table.rows().get(0).header();
            return oneRow ? new FootHeader(page, table.lines(), table.words(), null) : null;
        }
        for (List<Word> line : prose) {
            if (line.get(0).y() == last.y()) {
                return cells(line) >= 2 ? new FootHeader(page, List.of(last), line, null) : null;
            }
        }
        return null;
    }

    /** The number of cells of a line, or 0 when some piece is no header cell. */
    private static int cells(List<Word> line) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        Word previous = null;
        for (Word w : line) {
            if (previous != null
                    && w.x0() - previous.x1() > CELL_GAP * Math.max(w.size(), previous.size())) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(w.text());
            previous = w;
        }
        pieces.add(piece.toString());
        return pieces.stream().anyMatch(p -> NOT_A_CELL.matcher(p).matches()) ? 0 : pieces.size();
    }

    /**
     * The words (and rules) moved to the next page: a ruled header so that its last border is the
     * first rule there (nothing when text stands above that rule), an unruled line a line and a
     * half above the content there.
     */
    Moved movedAbove(List<Word> next, List<Rule> nextRules, double height) {
        double top = Double.MAX_VALUE;
        for (Word w : next) {
            if (w.y() > height * MARGIN) {
                top = Math.min(top, w.y() - w.size());
            }
        }
        double dy = Double.MAX_VALUE;
        if (region != null) {
            double ruleTop = Double.MAX_VALUE;
            for (Rule r : nextRules) {
                if (r.y() > height * MARGIN) {
                    ruleTop = Math.min(ruleTop, r.y());
                }
            }
            double above = top;
            // the table must come first on the next page, or the header would land on its title
            dy = above < ruleTop ? 0 : ruleTop - region.bottom();
            if (dy == 0) {
                return new Moved(List.of(), List.of(), List.of());
            }
        }
        boolean ruled = dy <= height;
        if (!ruled) { // no table ruled below: above the words
            double baseline = words.stream().mapToDouble(Word::y).max().orElse(0);
            double size = words.stream().mapToDouble(Word::size).max().orElse(0);
            dy = top - 1.5 * size - baseline;
        }
        if (dy > height) {
            dy = 0; // nothing on the next page: it stays where it was, as prose
        }
        List<Word> moved = new ArrayList<>();
        for (Word w : words) {
            moved.add(new Word(w.text(), w.x0(), w.x1(), w.y() + dy, w.size()));
        }
        List<Rule> rules = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        if (ruled) {
            for (Rule r : region.rules()) {
                rules.add(new Rule(r.x0(), r.x1(), r.y() + dy));
            }
            for (Post p : region.posts()) {
                posts.add(new Post(p.x(), p.y0() + dy, p.y1() + dy));
            }
        }
        return new Moved(moved, rules, posts);
    }
}
