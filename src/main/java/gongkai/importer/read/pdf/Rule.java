package gongkai.importer.read.pdf;

/** A horizontal ruling line (a table border) at {@code y} (downwards) from x0 to x1. */
record Rule(double x0, double x1, double y) {

    boolean covers(double x) {
        return x >= x0 - 1 && x <= x1 + 1;
    }
}
