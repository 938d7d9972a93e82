package gongkai.importer.read.office;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns what an office cell holds into the text a seed document would print in that cell: one line
 * (the recogniser reads one row per line, cells split by TAB), numbers as plain decimals.
 */
final class CellTexts {

    private CellTexts() {}

    /**
     * A cell's text on one line: TABs become spaces, line breaks inside a cell are dropped between
     * Chinese characters (a wrapped header 本年收入\n合计 is one word) and become a space elsewhere.
     */
    static String oneLine(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        if (t.indexOf('\n') < 0) {
            return t.strip();
        }
        StringBuilder out = new StringBuilder(t.length());
        String[] parts = t.split("\n");
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !(isWide(out.charAt(out.length() - 1)) && isWide(p.charAt(0)))) {
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString();
    }

    /**
     * A number as the recogniser reads amounts: plain digits, no exponent, no grouping. {@code
     * format} is the cell's number format: its decimals are kept (0 as 0.00 under #,##0.00) and a
     * percent format prints a percentage. A general format keeps the value's own digits, with two
     * decimals when it has one (amounts carry cents; 12.5 would look like a digit went missing).
     */
    static String number(double value, String format) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        BigDecimal v = BigDecimal.valueOf(value);
        String f = format == null ? "" : firstSection(format);
        boolean percent = f.indexOf('%') >= 0;
        if (percent) {
            v = v.movePointRight(2);
        }
        int decimals = decimals(f);
        if (decimals >= 0) {
            v = v.setScale(decimals, RoundingMode.HALF_UP);
        } else {
            v = v.stripTrailingZeros();
            if (v.scale() < 0) {
                v = v.setScale(0);
            } else if (v.scale() == 1) {
                v = v.setScale(2);
            }
        }
        return v.toPlainString() + (percent ? "%" : "");
    }

    /** The decimals a format shows (digits placeholders after its point), -1 for General/none. */
    static int decimals(String section) {
        String f = stripLiterals(section);
        if (f.isEmpty() || f.equalsIgnoreCase("General") || f.equals("@")) {
            return -1;
        }
        if (f.indexOf('0') < 0 && f.indexOf('#') < 0) {
            return -1;
        }
        int dot = f.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '0' || c == '#' || c == '?') {
                n++;
            } else if (c != ',') {
                break;
            }
        }
        return n;
    }

    private static String firstSection(String format) {
        int semi = format.indexOf(';');
        return semi < 0 ? format : format.substring(0, semi);
    }

    /** Drops quoted text, escaped characters and [colour]/[condition] blocks from a format. */
    private static String stripLiterals(String f) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (bracket == 0) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** CJK characters and full-width punctuation: no space is needed between them. */
    static boolean isWide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x3000 && c <= 0x303F;
    }
}
