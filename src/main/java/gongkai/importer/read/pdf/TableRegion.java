package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled area of a page: the distinct y levels of its horizontal rules (row borders), the rules
 * themselves (to tell a cell wrapped over two lines from two cells) and its x extent.
 */
record TableRegion(List<Double> levels, List<Rule> rules, double x0, double x1) {

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

    /** Groups a page's rules into tables: levels closer than a tall row belong together. */
    static List<TableRegion> of(List<Rule> pageRules) {
        List<Rule> sorted = new ArrayList<>(pageRules);
        sorted.removeIf(r -> r.x1() - r.x0() < 3);
        sorted.sort((a, b) -> Double.compare(a.y(), b.y()));
        List<TableRegion> regions = new ArrayList<>();
        List<Rule> group = new ArrayList<>();
        for (Rule r : sorted) {
            if (!group.isEmpty() && r.y() - group.get(group.size() - 1).y() > MAX_ROW) {
                add(group, regions);
                group = new ArrayList<>();
            }
            group.add(r);
        }
        add(group, regions);
        return regions;
    }

    private static void add(List<Rule> group, List<TableRegion> regions) {
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
            regions.add(new TableRegion(levels, List.copyOf(group), x0, x1));
        }
    }
}
