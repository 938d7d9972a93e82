package gongkai.importer.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's ruling lines (stroked lines, hairline rectangles, the edges of stroked
 * rectangles): horizontal ones separate rows, vertical ones columns. Curves, images and shading are
 * ignored.
 */
final class RuleFinder extends PDFGraphicsStreamEngine {

    private final double top;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<double[]> lines = new ArrayList<>();
    private final List<double[]> boxes = new ArrayList<>();
    private Point2D current = new Point2D.Double();
    private int images;

    private final TurnedFrame frame;

    RuleFinder(PDPage page) {
        super(page);
        this.frame = TurnedFrame.of(page);
        this.top = frame.top();
    }

    /** The page's horizontal rules, y downwards like the glyphs'. */
    static Result find(PDPage page) throws IOException {
        RuleFinder f = new RuleFinder(page);
        f.processPage(page);
        return new Result(f.rules, joined(f.posts), f.images);
    }

    /** Cell edges of one column border, row by row, joined into one post per border. */
    private static List<Post> joined(List<Post> posts) {
        List<Post> sorted = new ArrayList<>(posts);
        sorted.sort(
                Comparator.comparingDouble((Post p) -> Math.round(p.x() * 2))
                        .thenComparingDouble(Post::y0));
        List<Post> out = new ArrayList<>();
        for (Post p : sorted) {
            Post last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(last.x() - p.x()) < 0.6 && p.y0() <= last.y1() + 1) {
                out.set(out.size() - 1, new Post(last.x(), last.y0(), Math.max(last.y1(), p.y1())));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    record Result(List<Rule> rules, List<Post> posts, int images) {}

    /** Text is read by the text engine; decoding its glyphs again here would double the work. */
    @Override
    protected void showText(byte[] string) {
        // rules only
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double[] a = frame.map(p0.getX(), p0.getY());
        double[] b = frame.map(p2.getX(), p2.getY());
        boxes.add(new double[] {a[0], a[1], b[0], b[1]});
        current = p0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path draws nothing
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        double[] a = frame.map(current.getX(), current.getY());
        double[] b = frame.map(x, y);
        lines.add(new double[] {a[0], a[1], b[0], b[1]});
        current = new Point2D.Double(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // the closing edge of a table cell repeats one already seen
    }

    @Override
    public void endPath() {
        lines.clear();
        boxes.clear();
    }

    @Override
    public void strokePath() {
        flush(true);
    }

    @Override
    public void fillPath(int windingRule) {
        flush(false);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        flush(true);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // background shading is not a border
    }

    private void flush(boolean stroked) {
        if (stroked) {
            for (double[] l : lines) {
                if (Math.abs(l[1] - l[3]) < 1 && Math.abs(l[0] - l[2]) > 3) {
                    add(l[0], l[2], l[1]);
                } else if (Math.abs(l[0] - l[2]) < 1 && Math.abs(l[1] - l[3]) > 3) {
                    addPost(l[0], l[1], l[3]);
                }
            }
        }
        for (double[] b : boxes) {
            double h = Math.abs(b[1] - b[3]);
            double w = Math.abs(b[0] - b[2]);
            if (h < 2 && w > 3) {
                add(b[0], b[2], (b[1] + b[3]) / 2);
            } else if (w < 2 && h > 3) {
                addPost((b[0] + b[2]) / 2, b[1], b[3]);
            } else if (stroked && w > 3) {
                add(b[0], b[2], b[1]);
                add(b[0], b[2], b[3]);
                if (h > 3) {
                    addPost(b[0], b[1], b[3]);
                    addPost(b[2], b[1], b[3]);
                }
            }
        }
        lines.clear();
        boxes.clear();
    }

    private void addPost(double x, double ya, double yb) {
        if (posts.size() < 20_000) {
            posts.add(new Post(x, top - Math.max(ya, yb), top - Math.min(ya, yb)));
        }
    }

    private void add(double xa, double xb, double y) {
        if (rules.size() < 20_000) {
            rules.add(new Rule(Math.min(xa, xb), Math.max(xa, xb), top - y));
        }
    }
}
