package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A ruled area of a page: the distinct y levels of its horizontal rules (row borders), the rules
 * themselves (to tell a cell wrapped over two lines from two cells), the vertical rules through it
 * (column borders, where drawn) and its x extent. {@code drawn} is false for a table printed
 * without rules, whose borders {@link UnruledTables} estimated from the text.
 */
record TableRegion(
        List<Double> levels,
        List<Rule> rules,
        List<Post> posts,
        double x0,
        double x1,
        boolean drawn) {

    /** The largest gap between two row borders that still belongs to one table. */
    private static final double MAX_ROW = 90;

    double top() {
        return levels.get(0);
    }

    double bottom() {
        return levels.get(levels.size() - 1);
    }

    boolean contains(Word w) {
        double mid = (w.x0() + w.x1()) / 2;
        return w.middleY() > top() && w.middleY() < bottom() && mid > x0 - 5 && mid < x1 + 5;
    }

    /** The band (0 = between the first two levels) a word's middle lies in. */
    int band(Word w) {
        double m = w.middleY();
        for (int i = 1; i < levels.size(); i++) {
            if (m < levels.get(i)) {
                return i - 1;
            }
        }
        return levels.size() - 2;
    }

    /** Whether a rule that crosses x lies strictly between y0 and y1. */
    boolean ruleBetween(double x, double y0, double y1) {
        for (Rule r : rules) {
            if (r.y() > y0 && r.y() < y1 && r.covers(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits spans that a column border runs through (over the whole body) at that border, so cells
     * too close for a gap of their own stay apart.
     */
    void splitAtPosts(List<double[]> spans, List<Word> body) {
        if (posts.isEmpty() || body.isEmpty()) {
            return;
        }
        double a = body.stream().mapToDouble(w -> w.y() - w.size()).min().orElse(0);
        double b = body.stream().mapToDouble(Word::y).max().orElse(0);
        if (!drawn) {
            // estimated borders run the whole region; a word taken in by its middle (a wrapped
            // line just above the first row) may stick out above it
            a = Math.max(a, top());
            b = Math.min(b, bottom());
        }
        for (Post p : posts) {
            if (!p.crosses(a, b)) {
                continue;
            }
            for (int i = spans.size() - 1; i >= 0; i--) {
                double[] s = spans.get(i);
                if (p.x() > s[0] + 1 && p.x() < s[1] - 1) {
                    spans.set(i, new double[] {s[0], p.x() - 0.5});
                    spans.add(new double[] {p.x() + 0.5, s[1]});
                }
            }
        }
        joinWithinCells(spans, body, a, b);
    }

    /**
     * Whether three or more drawn column borders run through the whole body (estimated borders do
     * not count: a continued unruled table keeps the columns of the page before).
     */
    boolean bordersThrough(List<Word> body) {
        if (!drawn || posts.isEmpty() || body.isEmpty()) {
            return false;
        }
        double a = body.stream().mapToDouble(w -> w.y() - w.size()).min().orElse(0);
        double b = body.stream().mapToDouble(Word::y).max().orElse(0);
        return posts.stream().filter(p -> p.crosses(a, b)).count() >= 3;
    }

    /** Whether two column extents overlap or share a cell: no border through the body between. */
    boolean sameCell(double[] s, double[] t, List<Word> body) {
        double gap0 = Math.min(s[1], t[1]);
        double gap1 = Math.max(s[0], t[0]);
        if (gap0 >= gap1) {
            return true;
        }
        double a = body.stream().mapToDouble(w -> w.y() - w.size()).min().orElse(0);
        double b = body.stream().mapToDouble(Word::y).max().orElse(0);
        return posts.stream().noneMatch(p -> p.crosses(a, b) && p.x() >= gap0 && p.x() <= gap1);
    }

    /**
     * Where column borders are drawn (three or more through the body), a header piece with no body
     * text under it joins its neighbour between the same two borders: a header split at a space
     * does not make a column of its own. So do two body pieces that no border separates anywhere
     * and that never share a row, such as a label printed left and a figure printed right in one
     * ruled column (总分 | 100 under 一级指标 names).
     */
    private void joinWithinCells(List<double[]> spans, List<Word> body, double a, double b) {
        List<Double> xs =
                posts.stream().filter(p -> p.crosses(a, b)).map(Post::x).sorted().toList();
        if (xs.size() < 3) {
            return;
        }
        spans.sort((s, t) -> Double.compare(s[0], t[0]));
        for (int i = spans.size() - 1; i > 0; i--) {
            double[] left = spans.get(i - 1);
            double[] right = spans.get(i);
            boolean border = xs.stream().anyMatch(x -> x >= left[1] - 1 && x <= right[0] + 1);
            boolean headerOnly = empty(left, body) || empty(right, body);
            boolean oneCell =
                    !headerOnly && !ruledBetween(left, right) && !sideBySide(left, right, body);
            if (!border
                    && (headerOnly || oneCell)
                    && left[1] > xs.get(0)
                    && right[0] < xs.get(xs.size() - 1)) {
                spans.set(i - 1, new double[] {left[0], Math.max(left[1], right[1])});
                spans.remove(i);
            }
        }
    }

    /** Whether a column border, even one through only some rows, runs between the two spans. */
    private boolean ruledBetween(double[] left, double[] right) {
        return posts.stream().anyMatch(p -> p.x() >= left[1] - 1 && p.x() <= right[0] + 1);
    }

    /** Whether some row has text in both spans. */
    private boolean sideBySide(double[] left, double[] right, List<Word> body) {
        Set<Integer> bands = new HashSet<>();
        for (Word w : body) {
            if (w.overlap(left[0], left[1]) > 0.5) {
                bands.add(band(w));
            }
        }
        return body.stream()
                .anyMatch(w -> w.overlap(right[0], right[1]) > 0.5 && bands.contains(band(w)));
    }

    private static boolean empty(double[] span, List<Word> body) {
        return body.stream().noneMatch(w -> w.overlap(span[0], span[1]) > 0.5);
    }

    /**
     * Groups a page's rules into tables: levels closer than a tall row belong together, unless the
     * page has column borders and none runs between the two levels (the gap between two tables).
     */
    static List<TableRegion> of(List<Rule> pageRules, List<Post> posts) {
        List<Rule> sorted = new ArrayList<>(pageRules);
        sorted.removeIf(r -> r.x1() - r.x0() < 3);
        sorted.sort((a, b) -> Double.compare(a.y(), b.y()));
        List<TableRegion> regions = new ArrayList<>();
        List<Rule> group = new ArrayList<>();
        for (Rule r : sorted) {
            double last = group.isEmpty() ? r.y() : group.get(group.size() - 1).y();
            boolean apart =
                    r.y() - last > MAX_ROW
                            || r.y() - last > 3
                                    && !posts.isEmpty()
                                    && posts.stream().noneMatch(p -> p.crosses(last, r.y()));
            if (!group.isEmpty() && apart) {
                add(group, posts, regions);
                group = new ArrayList<>();
            }
            group.add(r);
        }
        add(group, posts, regions);
        return regions;
    }

    private static void add(List<Rule> group, List<Post> posts, List<TableRegion> regions) {
        List<Double> levels = new ArrayList<>();
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        for (Rule r : group) {
            if (levels.isEmpty() || r.y() - levels.get(levels.size() - 1) > 1.0) {
                levels.add(r.y());
            }
            x0 = Math.min(x0, r.x0());
            x1 = Math.max(x1, r.x1());
        }
        if (levels.size() >= 2 && x1 - x0 > 100) {
            double top = levels.get(0);
            double bottom = levels.get(levels.size() - 1);
            List<Post> through =
                    posts.stream().filter(p -> p.y1() > top && p.y0() < bottom).toList();
            regions.add(new TableRegion(levels, List.copyOf(group), through, x0, x1, true));
        }
    }
}
