package gongkai.importer.layout;

import gongkai.importer.text.Headings;
import gongkai.importer.text.TableTitles;
import gongkai.importer.text.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the table of contents (目录) so that its entries do not become sections or tables. It runs
 * from the 目录 line until a heading it already listed comes again (the body starts by repeating the
 * first entry), or until a line of prose.
 */
public final class TableOfContents {

    private TableOfContents() {}

    /**
     * Marks the contents lines (including the 目录 line itself); returns the index of the 目录 line or
     * -1.
     */
    public static int mark(List<String> lines, boolean[] skip, boolean[] toc) {
        for (int i = 0; i < lines.size(); i++) {
            if (skip[i]) {
                continue;
            }
            String t = Texts.compact(lines.get(i));
            if (t.equals("目录") || t.equals("目次")) {
                markFrom(lines, i, skip, toc);
                return i;
            }
            if (i > 200) {
                break; // a table of contents sits at the front
            }
        }
        return -1;
    }

    private static void markFrom(List<String> lines, int start, boolean[] skip, boolean[] toc) {
        toc[start] = true;
        Set<String> listed = new HashSet<>();
        Set<Integer> parts = new HashSet<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String raw = lines.get(i);
            String t = Headings.unbullet(raw);
            if (t.isEmpty() || skip[i]) {
                toc[i] = true;
                continue;
            }
            String entry = withoutPageNumber(t);
            Headings.Heading h = Headings.classify(entry);
            if (h != null && h.level() == Headings.Level.PART) {
                if (!parts.add(h.number())) {
                    return; // 第一部分 again: the body starts
                }
            } else if (h != null && Headings.isTitle(h)
                    || TableTitles.match(entry) != null
                    || entry.length() <= 30 && !entry.contains("。")) {
                if (!listed.add(Texts.compact(entry)) && h != null) {
                    return;
                }
            } else {
                return; // prose
            }
            toc[i] = true;
        }
    }

    /** "一、部门职责……3" → "一、部门职责". */
    public static String withoutPageNumber(String t) {
        return Texts.strip(t.replaceAll("[.．…·\\s]{2,}\\d{1,3}$|\\s+\\d{1,3}$", ""));
    }
}
