package gongkai.importer.text;

import java.util.regex.Pattern;

/** Small text helpers shared by the recognisers. */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’'「」『』]");
    private static final Pattern WRAP_SPACE =
            Pattern.compile("(?<=[\\p{IsHan}（）()、])[\\s\\u00A0\\u3000]+(?=[\\p{IsHan}（）()、])");

    private Texts() {}

    /** Trims ASCII, no-break and ideographic spaces. */
    public static String strip(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
    }

    /** Without any spaces or quotes, brackets made half-width: for comparing titles and names. */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        String t = SPACES.matcher(s).replaceAll("");
        t = QUOTES.matcher(t).replaceAll("");
        return t.replace('（', '(').replace('）', ')').replace('：', ':');
    }

    /**
     * A name as printed in a table cell, with the spaces that line wrapping inserted between
     * Chinese characters removed ("公务用车运行 维护费" → "公务用车运行维护费"); other spaces collapse to one.
     */
    public static String cellName(String s) {
        String t = strip(s);
        t = WRAP_SPACE.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ");
    }

    public static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** Chinese numerals up to 99 (一 … 九十九) or Arabic digits; -1 when not a number. */
    static int numeral(String s) {
        String t = strip(s);
        if (t.isEmpty()) {
            return -1;
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 3 ? -1 : Integer.parseInt(t);
        }
        String digits = "〇一二三四五六七八九";
        int value = 0;
        int current = 0;
        boolean any = false;
        for (char c : t.toCharArray()) {
            int d = digits.indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                current = d;
                any = true;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
                any = true;
            } else {
                return -1;
            }
        }
        return any ? value + current : -1;
    }
}
