package gongkai.importer.performance;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the numbers of self-evaluation tables and narratives exactly (BigDecimal from the printed
 * digits, never via double). Shared by {@link PerformanceParser} and the narrative's parser ({@code
 * gongkai.importer.prose.ProseParser}).
 */
public final class PerformanceNumbers {

    /**
     * A parsed cell. {@code value} is null when the cell is blank or a dash ("——" is how the tables
     * say "not applicable"); {@code ok} is false when the cell holds text that is not a number.
     */
    record Parsed(BigDecimal value, boolean ok) {
        static final Parsed EMPTY = new Parsed(null, true);
        static final Parsed INVALID = new Parsed(null, false);
    }

    private static final Pattern DASH = Pattern.compile("[—–―\\-－/／…_]+|无|不适用");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

    private PerformanceNumbers() {}

    static Parsed parse(String text) {
        if (text == null) {
            return Parsed.EMPTY;
        }
        // Extracted text splits numbers across lines ("810,429.2 3") and uses thousands separators;
        // full-width digits occur in hand-typed cells.
        String s = toHalfWidth(text).replaceAll("[\\s,，]", "");
        s = stripSuffix(s);
        if (s.isEmpty() || DASH.matcher(s).matches()) {
            return Parsed.EMPTY;
        }
        if (!NUMBER.matcher(s).matches()) {
            return Parsed.INVALID;
        }
        return new Parsed(new BigDecimal(s), true);
    }

    /** The number, or null when blank, a dash or not a number. */
    public static BigDecimal valueOf(String text) {
        return parse(text).value();
    }

    /** Scores and rates are sometimes printed with their unit: "99.93%", "10分". */
    private static String stripSuffix(String s) {
        for (String suffix : new String[] {"%", "％", "分", "万元", "元"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
