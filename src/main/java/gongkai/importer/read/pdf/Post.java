package gongkai.importer.read.pdf;

/** A vertical ruling line (a column border) at {@code x} from y0 to y1 (downwards). */
record Post(double x, double y0, double y1) {

    /** Whether it runs through the whole height from a to b (a above b). */
    boolean crosses(double a, double b) {
        return y0 <= a + 1 && y1 >= b - 1;
    }
}
