package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds tables printed without horizontal ruling lines among a page's loose words and turns each
 * into a {@link TableRegion} as if it were ruled, so {@link TableGrid} reads it like any other.
 * Rows are clusters of baselines (a figure printed a few points off its label's baseline joins the
 * label's row); a line is a table line when a gap wider than about a character separates two runs
 * of text on it, since Chinese prose has no spaces and never leaves such a gap. A table is a run of
 * such lines in one font size (narrow one-piece lines in between, such as a row with only its name,
 * belong to it).
 */
final class UnruledTables {

    /** Baselines closer than this many font sizes are one row (figures printed off their row). */
    private static final double ROW_TOLERANCE = 0.5;

    /** A gap wider than this many font sizes between two text runs separates two cells. */
    private static final double CELL_GAP = 0.9;

    /** A line this many font sizes below its neighbour may be part of the neighbour's row. */
    private static final double WRAP_GAP = 1.5;

    /** A line less than this many font sizes below the one before is part of its row. */
    private static final double HALF_STEP = 0.9;

    /** Lines further apart than this many font sizes are not one table. */
    private static final double MAX_LINE_GAP = 4.5;

    /** One row of the page: its words and vertical extent. */
    private record Row(List<Word> words, double top, double bottom, double size, int pieces) {
        double x0() {
            return words.stream().mapToDouble(Word::x0).min().orElse(0);
        }

        double x1() {
            return words.stream().mapToDouble(Word::x1).max().orElse(0);
        }
    }

    private UnruledTables() {}

    /** The unruled tables among words that lie in no ruled region. */
    static List<TableRegion> of(List<Word> loose) {
        List<Row> rows = rows(loose);
        double textWidth = 0;
        for (Row r : rows) {
            textWidth = Math.max(textWidth, r.x1() - r.x0());
        }
        List<TableRegion> out = new ArrayList<>();
        List<Row> run = new ArrayList<>();
        for (Row r : rows) {
            boolean tableLine = r.pieces() >= 2;
            boolean narrow = r.x1() - r.x0() < textWidth * 0.4;
            // a title between two tables is printed in another size than the tables' text
            boolean near =
                    !run.isEmpty()
                            && r.top() - run.get(run.size() - 1).bottom() < MAX_LINE_GAP * r.size()
                            && Math.abs(r.size() - run.get(0).size()) < 0.5;
            if ((tableLine || narrow && !run.isEmpty()) && (run.isEmpty() || near)) {
                run.add(r);
                continue;
            }
            close(run, out);
            run = new ArrayList<>();
            if (tableLine) {
                run.add(r);
            }
        }
        close(run, out);
        return out;
    }

    /**
     * Ends a run: its lines become table rows (a line wrapped out of a cell joins its row), and the
     * columns get borders from the header cells and the figures' alignment. One-piece rows at the
     * end are prose; two rows at least make a table.
     */
    private static void close(List<Row> run, List<TableRegion> out) {
        List<List<Row>> groups = group(run);
        int end = groups.size();
        while (end > 0 && groups.get(end - 1).stream().allMatch(r -> r.pieces() < 2)) {
            end--;
        }
        List<List<Row>> table = groups.subList(0, end);
        if (table.size() < 2) {
            return;
        }
        List<Double> levels = new ArrayList<>();
        levels.add(top(table.get(0)) - 1);
        for (int i = 1; i < table.size(); i++) {
            levels.add((bottom(table.get(i - 1)) + top(table.get(i))) / 2);
        }
        levels.add(bottom(table.get(table.size() - 1)) + 1);
        List<Row> rows = table.stream().flatMap(List::stream).toList();
        double x0 = rows.stream().mapToDouble(Row::x0).min().orElse(0) - 1;
        double x1 = rows.stream().mapToDouble(Row::x1).max().orElse(0) + 1;
        List<Rule> rules = new ArrayList<>();
        for (double y : levels) {
            rules.add(new Rule(x0, x1, y)); // every row border, as a ruled table would have
        }
        List<List<Word>> lines = new ArrayList<>();
        table.forEach(g -> lines.add(g.stream().flatMap(r -> r.words().stream()).toList()));
        double top = levels.get(0);
        double bottom = levels.get(levels.size() - 1);
        List<Post> posts = new ArrayList<>();
        for (double x : UnruledColumns.borders(lines, x0, x1)) {
            posts.add(new Post(x, top, bottom));
        }
        out.add(new TableRegion(levels, rules, posts, x0, x1, false));
    }

    /**
     * Rows grouped into table rows: a line closer than {@link #WRAP_GAP} font sizes to the row
     * before, with words only where the line before and that row's fullest line have none, is part
     * of a cell printed over several lines (a wrapped name or figure, centred in its row) or a
     * figure printed off its row. A line only half a line below the one before may also continue a
     * cell the row's fullest line has (a name wrapped over more lines than the others).
     */
    private static List<List<Row>> group(List<Row> run) {
        List<List<Row>> groups = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        Row anchor = null;
        for (Row r : run) {
            double gap = anchor == null ? 0 : r.top() + r.size() - bottom(current);
            // half a line below the row before: a cell of more lines than its row's fullest one
            boolean joins =
                    anchor != null
                            && gap < WRAP_GAP * r.size()
                            && !clash(r, current.get(current.size() - 1))
                            && (gap < HALF_STEP * r.size() || !clash(r, anchor));
            if (!joins && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
                anchor = null;
            }
            current.add(r);
            if (anchor == null || r.pieces() > anchor.pieces()) {
                anchor = r;
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /** Whether two lines have words in the same place (so they are two rows, not one). */
    private static boolean clash(Row a, Row b) {
        for (Word w : a.words()) {
            for (Word v : b.words()) {
                if (w.overlap(v.x0(), v.x1()) > 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double top(List<Row> group) {
        return group.stream().mapToDouble(Row::top).min().orElse(0);
    }

    private static double bottom(List<Row> group) {
        return group.stream().mapToDouble(Row::bottom).max().orElse(0);
    }

    /** Words clustered into rows by baseline, top to bottom. */
    private static List<Row> rows(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::y));
        List<Row> rows = new ArrayList<>();
        List<Word> row = new ArrayList<>();
        double last = Double.NaN;
        for (Word w : sorted) {
            if (!row.isEmpty() && w.y() - last > ROW_TOLERANCE * Math.max(w.size(), 4)) {
                rows.add(row(row));
                row = new ArrayList<>();
            }
            row.add(w);
            last = w.y();
        }
        if (!row.isEmpty()) {
            rows.add(row(row));
        }
        return rows;
    }

    private static Row row(List<Word> words) {
        words.sort(Comparator.comparingDouble(Word::x0));
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double size = 0;
        int pieces = 0;
        Word previous = null;
        for (Word w : words) {
            top = Math.min(top, w.y() - w.size());
            bottom = Math.max(bottom, w.y());
            size = Math.max(size, w.size());
            if (previous == null
                    || w.x0() - previous.x1() > CELL_GAP * Math.max(w.size(), previous.size())) {
                pieces++;
            }
            previous = w;
        }
        return new Row(words, top, bottom, size, pieces);
    }
}
