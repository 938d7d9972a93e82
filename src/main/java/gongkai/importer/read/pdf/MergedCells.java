package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Header cells merged over several columns (the value beside 项目名称 over the rest of its row, a group
 * heading over its columns, a title over the whole table) are read into the first column they
 * cover, where a workbook or the text puts a merged cell's value. Where column borders are drawn,
 * the cell's own left border tells its first column. Where they are not, only a merged cell that
 * fills the rest of its row is told apart: the row's last piece, centred between the piece before
 * it and the table's right edge, and aligned with nothing in its own column (a group heading is
 * centred over its group alone, a column's own header lines up with its column).
 */
final class MergedCells {

    /**
     * How far a piece's middle may lie from the middle of the columns it covers: a font size, or
     * this share of their width (borders estimated between columns of text are a few points off).
     */
    private static final double CENTRED_SHARE = 0.03;

    /** A piece whose left or right end is this close to another's is aligned with it. */
    private static final double ALIGNED = 1.0;

    /** Words of one line less than this many font sizes apart are one piece. */
    private static final double PIECE_GAP = 0.9;

    private MergedCells() {}

    /** One cell's words in a header row and the columns they overlap, first to last. */
    private record Piece(List<Integer> words, int first, int last) {}

    /** The column of each header word, in the order given. */
    static int[] columns(
            List<Word> header, List<Word> body, TableGrid.Columns columns, TableRegion region) {
        int[] out = new int[header.size()];
        // the words of one header row by the column they overlap
        Map<Integer, Map<Integer, List<Integer>>> rows = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            Word w = header.get(i);
            out[i] = TableGrid.column(w, columns);
            rows.computeIfAbsent(region.band(w), b -> new TreeMap<>())
                    .computeIfAbsent(out[i], c -> new ArrayList<>())
                    .add(i);
        }
        // a header alone (its body on the next page) is ruled if column borders are drawn at all
        boolean ruled =
                body.isEmpty()
                        ? region.drawn() && region.posts().size() >= 3
                        : region.bordersThrough(body);
        if (!ruled && body.isEmpty()) {
            return out; // columns of a header alone are too few to tell what a cell centres over
        }
        List<Word> table = new ArrayList<>(header);
        table.addAll(body);
        for (Map<Integer, List<Integer>> row : rows.values()) {
            List<Piece> pieces = pieces(row, header);
            for (Piece piece : pieces) {
                List<Word> words = piece.words().stream().map(header::get).toList();
                List<Piece> others = pieces.stream().filter(p -> p != piece).toList();
                int first =
                        ruled
                                ? firstInDrawnCell(words, piece, others, columns, region)
                                : firstCentredOver(words, piece, others, columns, region, table);
                piece.words().forEach(i -> out[i] = first);
            }
        }
        return out;
    }

    /**
     * A row's words by column, joined where words of neighbouring columns stand on one line less
     * than a character apart (a name with a space in it, centred over a border).
     */
    private static List<Piece> pieces(Map<Integer, List<Integer>> row, List<Word> header) {
        List<Piece> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : row.entrySet()) {
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && close(last.words(), e.getValue(), header)) {
                List<Integer> words = new ArrayList<>(last.words());
                words.addAll(e.getValue());
                out.set(out.size() - 1, new Piece(words, last.first(), e.getKey()));
            } else {
                out.add(new Piece(e.getValue(), e.getKey(), e.getKey()));
            }
        }
        return out;
    }

    private static boolean close(List<Integer> left, List<Integer> right, List<Word> header) {
        for (int i : left) {
            for (int j : right) {
                Word a = header.get(i);
                Word b = header.get(j);
                double gap = b.x0() - a.x1();
                if (Math.abs(a.y() - b.y()) < Lines.BASELINE_TOLERANCE
                        && gap > -1
                        && gap < PIECE_GAP * Math.max(a.size(), b.size())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean taken(int k, List<Piece> others) {
        return others.stream().anyMatch(p -> p.first() <= k && k <= p.last());
    }

    /**
     * The first column inside the drawn cell around the piece, when that cell spans columns no
     * other piece of the row stands in; else the piece's own first column.
     */
    private static int firstInDrawnCell(
            List<Word> words,
            Piece piece,
            List<Piece> others,
            TableGrid.Columns columns,
            TableRegion r) {
        double x0 = words.stream().mapToDouble(Word::x0).min().orElse(0);
        double x1 = words.stream().mapToDouble(Word::x1).max().orElse(0);
        double y = words.get(0).middleY();
        double left = r.x0();
        for (Post p : r.posts()) {
            if (p.y0() <= y && p.y1() >= y && p.x() <= x0 + 1) {
                left = Math.max(left, p.x());
            }
        }
        List<double[]> spans = columns.spans();
        int first = piece.first();
        for (int k = first - 1; k >= 0; k--) {
            double mid = (spans.get(k)[0] + spans.get(k)[1]) / 2;
            if (mid <= left || taken(k, others)) {
                break;
            }
            first = k;
        }
        return first;
    }

    /**
     * The first column after the row's last other piece, when the piece stands alone at the end of
     * its row, centred between that piece and the table's right edge, and aligned with nothing of
     * its own columns' body: a merged cell filling the rest of the row (项目名称 | 普法专项经费). Else the
     * piece's own first column.
     */
    private static int firstCentredOver(
            List<Word> words,
            Piece piece,
            List<Piece> others,
            TableGrid.Columns columns,
            TableRegion r,
            List<Word> table) {
        List<double[]> spans = columns.spans();
        int c = piece.first();
        if (others.stream().anyMatch(p -> p.last() > piece.last())) {
            return c;
        }
        int lo = c;
        while (lo > 0 && !taken(lo - 1, others)) {
            lo--;
        }
        double x0 = words.stream().mapToDouble(Word::x0).min().orElse(0);
        double x1 = words.stream().mapToDouble(Word::x1).max().orElse(0);
        double size = words.stream().mapToDouble(Word::size).max().orElse(0);
        boolean aligned = aligned(words, x0, x1, piece, columns, table);
        double left = leftBorder(spans, lo, r);
        double off = Math.abs((x0 + x1) / 2 - (left + r.x1()) / 2);
        boolean centred = off <= Math.max(size, (r.x1() - left) * CENTRED_SHARE);
        return lo < c && !aligned && centred ? lo : c;
    }

    /**
     * Whether the piece starts or ends where its columns do, or where another word in them does:
     * left- or right-aligned in its own column, like the cells above or below it.
     */
    private static boolean aligned(
            List<Word> words,
            double x0,
            double x1,
            Piece piece,
            TableGrid.Columns columns,
            List<Word> table) {
        double[] first = columns.spans().get(piece.first());
        double[] last = columns.spans().get(piece.last());
        if (Math.abs(x0 - first[0]) < ALIGNED || Math.abs(x1 - last[1]) < ALIGNED) {
            return true;
        }
        for (Word w : table) {
            int k = TableGrid.column(w, columns);
            if (!words.contains(w)
                    && k >= piece.first()
                    && k <= piece.last()
                    && (Math.abs(w.x0() - x0) < ALIGNED || Math.abs(w.x1() - x1) < ALIGNED)) {
                return true;
            }
        }
        return false;
    }

    /** The border left of column a: halfway from the column before, or the table's left edge. */
    private static double leftBorder(List<double[]> spans, int a, TableRegion r) {
        return a == 0 ? r.x0() : (spans.get(a - 1)[1] + spans.get(a)[0]) / 2;
    }
}
