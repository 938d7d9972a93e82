package gongkai.importer.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parses the amounts printed in table cells. Extraction from PDF/Word splits numbers: a space or a
 * line break inside a number ("810,429.2 3"), or thousands separators in odd places. We repair what
 * is unambiguous and tell the caller, so the report can ask staff to check the figure.
 */
public final class Amounts {

    /**
     * Well-formed: optional sign, digits with or without correct thousands grouping, optional
     * decimals.
     */
    private static final Pattern WELL_FORMED =
            Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    /** Digits, commas, one dot, sign: what a (possibly broken) number may consist of. */
    private static final Pattern NUMBERISH = Pattern.compile("-?(?=[\\d,]*\\d)[\\d,]++(\\.\\d*+)?");

    /** Cells that mean "nothing here" in Chinese tables. */
    private static final Pattern EMPTY_MARK = Pattern.compile("[-－—–/／]+|——|无");

    private Amounts() {}

    /**
     * A parsed amount; {@code repaired} when spaces inside were removed, {@code suspicious} when
     * the shape is odd.
     */
    public record Amount(BigDecimal value, String raw, boolean repaired, boolean suspicious) {}

    /** True when the cell is a (possibly split) number. */
    public static boolean isNumber(String cell) {
        return parse(cell) != null;
    }

    /** True when the cell says "no value" (-, —, /, empty). */
    public static boolean isEmptyMark(String cell) {
        String t = Texts.strip(cell);
        return t.isEmpty() || EMPTY_MARK.matcher(t).matches();
    }

    /** The amount in a cell, or null when the cell is not a number. Never throws. */
    public static Amount parse(String cell) {
        if (cell == null) {
            return null;
        }
        String t =
                Texts.strip(cell)
                        .replace('，', ',')
                        .replace('．', '.')
                        .replace('－', '-')
                        .replace('−', '-');
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        boolean negative = false;
        if (t.startsWith("(") && t.endsWith(")") || t.startsWith("（") && t.endsWith("）")) {
            t = t.substring(1, t.length() - 1); // accounting style negative
            negative = true;
        }
        String joined = t.replaceAll("[\\s\\u00A0\\u3000]+", "");
        boolean repaired = !joined.equals(t);
        if (!NUMBERISH.matcher(joined).matches()) {
            return null;
        }
        boolean suspicious = !WELL_FORMED.matcher(joined).matches();
        String plain = joined.replace(",", "");
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
            suspicious = true;
        }
        int dot = plain.indexOf('.');
        if (dot >= 0 && plain.length() - dot - 1 == 1) {
            suspicious = true; // amounts carry two decimals; one means a digit went elsewhere
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            return new Amount(negative ? value.negate() : value, cell, repaired, suspicious);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
