package gongkai.importer.read.pdf;

/** One character as printed: its left and right edge, baseline (y downwards) and font size. */
record Glyph(String text, double x0, double x1, double y, double size) {}
