package gongkai.importer.read.pdf;

/**
 * A run of glyphs on one baseline without a gap: the smallest piece layout works with. Coordinates
 * are PDF points, y grows downwards (top of page = 0), {@code y} is the baseline and {@code size}
 * the font size, so the glyphs occupy roughly [y - size, y].
 */
record Word(String text, double x0, double x1, double y, double size) {

    double middleY() {
        return y - size * 0.35;
    }

    double width() {
        return x1 - x0;
    }

    double overlap(double a0, double a1) {
        return Math.min(x1, a1) - Math.max(x0, a0);
    }

    boolean isAmount() {
        return text.matches("[-－]?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|[-－]?\\d+\\.\\d+");
    }

    boolean isCodePart() {
        return text.matches("\\d{2,7}");
    }
}
