package gongkai.budget;

import gongkai.disclosure.DisclosureDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative's own explanation of one 项: the numbered paragraph that names it
 * ("公共安全支出（类）司法（款）普法宣传（项）。年初预算为60万元…主要原因是：…") and the words after its 原因. Final accounts give
 * 决算数与年初预算数的差异原因, budgets the reason for the year's 预算安排.
 */
final class NarrativeReasons {

    /** Numbered items: "1、", "2．", "(3)" at a line start. */
    private static final Pattern ITEM_START =
            Pattern.compile("(?m)^\\s*(?:\\d{1,2}\\s*[、.．]|[(（]\\d{1,2}[)）])");

    private static final Pattern REASON =
            Pattern.compile("原因(?:是|为)?\\s*[:：]\\s*(.+)", Pattern.DOTALL);

    private static final int MAX = 300;

    private NarrativeReasons() {}

    /** The reason the narrative gives for the 项 of this name, or null. */
    static String of(DisclosureDocument d, String itemName) {
        if (d == null || itemName == null || itemName.isBlank()) {
            return null;
        }
        String needle = compact(itemName);
        for (DisclosureDocument.SectionView s : d.sections()) {
            String body = s.body();
            if (body == null || !compact(body).contains(needle + "(项)")) {
                continue;
            }
            Matcher m = ITEM_START.matcher(body);
            int previous = -1;
            while (true) {
                boolean found = m.find();
                int end = found ? m.start() : body.length();
                if (previous >= 0) {
                    String reason = reasonIn(body.substring(previous, end), needle);
                    if (reason != null) {
                        return reason;
                    }
                }
                if (!found) {
                    break;
                }
                previous = m.start();
            }
        }
        return null;
    }

    private static String reasonIn(String item, String needle) {
        if (!compact(item).contains(needle + "(项)")) {
            return null;
        }
        Matcher r = REASON.matcher(item);
        if (!r.find()) {
            return null;
        }
        String reason = r.group(1).replaceAll("\\s*\\n\\s*", "").strip();
        return reason.length() > MAX ? reason.substring(0, MAX) + "…" : reason;
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }
}
