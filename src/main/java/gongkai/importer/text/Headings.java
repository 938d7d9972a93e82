package gongkai.importer.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises outline headings in their usual numberings: 第一部分 / 第1部分 (parts), 一、 (level 1), （一） /
 * (一) (level 2), 1. / 1、 / 1． (level 3), （1） (level 4). Extraction from Word lists may prefix a "-
 * " bullet, and indentation varies, so both are ignored.
 */
public final class Headings {

    public enum Level {
        PART,
        L1,
        L2,
        L3,
        L4
    }

    /**
     * A heading: its level, its number (parsed, -1 if none) and its title without the numbering.
     */
    public record Heading(Level level, int number, String title) {}

    private static final String CN = "[一二三四五六七八九十]+";
    private static final Pattern PART =
            Pattern.compile("^第\\s*(" + CN + "|\\d{1,2})\\s*部\\s*分\\s*[:：、.．]?\\s*(.*)$");
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")\\s*[、．.]\\s*(.*)$");
    private static final Pattern L2 =
            Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*[、．.]?\\s*(.*)$");
    private static final Pattern L3 =
            Pattern.compile("^(\\d{1,2})\\s*(?:[、．]|\\.(?!\\d))\\s*(.*)$");
    private static final Pattern L4 = Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[）)]\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-•·●▪■◆*]\\s+");

    private Headings() {}

    /** The line without indentation and list bullets. */
    public static String unbullet(String line) {
        String t = Texts.strip(line);
        Matcher m = BULLET.matcher(t);
        return m.find() ? Texts.strip(t.substring(m.end())) : t;
    }

    /**
     * The heading this line starts with, or null. Says nothing about whether the rest is a title or
     * a paragraph.
     */
    public static Heading classify(String line) {
        String t = unbullet(line);
        if (t.isEmpty() || t.length() > 400) {
            return null;
        }
        Matcher m;
        if ((m = PART.matcher(t)).matches()) {
            return new Heading(Level.PART, Texts.numeral(m.group(1)), Texts.strip(m.group(2)));
        }
        if ((m = L1.matcher(t)).matches()) {
            return new Heading(Level.L1, Texts.numeral(m.group(1)), Texts.strip(m.group(2)));
        }
        if ((m = L2.matcher(t)).matches()) {
            return new Heading(Level.L2, Texts.numeral(m.group(1)), Texts.strip(m.group(2)));
        }
        if ((m = L4.matcher(t)).matches()) {
            return new Heading(Level.L4, Texts.numeral(m.group(1)), Texts.strip(m.group(2)));
        }
        if ((m = L3.matcher(t)).matches()) {
            return new Heading(Level.L3, Texts.numeral(m.group(1)), Texts.strip(m.group(2)));
        }
        return null;
    }

    /**
     * True when a level-1 line is a section title rather than a numbered paragraph: titles are
     * short and carry no definition or sentence after them (glossaries number their entries 一、
     * too).
     */
    public static boolean isTitle(Heading h) {
        String title = h.title();
        if (title.isEmpty()) {
            return h.level() == Level.PART;
        }
        if (title.length() > 40) {
            return false;
        }
        int colon = Math.max(title.indexOf('：'), title.indexOf(':'));
        if (colon >= 0 && colon < title.length() - 1) {
            return false;
        }
        String body = title.endsWith("。") ? title.substring(0, title.length() - 1) : title;
        return !body.contains("。") && !body.contains("；");
    }
}
