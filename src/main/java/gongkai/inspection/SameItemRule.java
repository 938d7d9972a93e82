package gongkai.inspection;

import gongkai.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A01 the same item given two different amounts in one paragraph ("基本支出3000万元 … 基本支出3100万元"). The
 * item is the words right before an amount, within its clause; a new 类/款/项, a numbered item or 其中
 * starts a new context, where the same words may name another line's figure.
 */
final class SameItemRule implements ProofRule {

    /** The words before an amount: from the clause start, without the joining 为/是/共/合计. */
    private static final Pattern CONNECTORS =
            Pattern.compile("(?:为|是|共计|合计|总计|共|达到|达|计|约|：|:|\\s)+$");

    /** Words that state a change or a part, not an item of its own. */
    private static final Pattern NOT_AN_ITEM =
            Pattern.compile(".*(?:增加|减少|增长|下降|上升|降低|提高|节约|超支|其中|包括|分别|差额|差异|主要|用于|以上|以下|不足|超过).*");

    private static final Pattern RESET =
            Pattern.compile("[（(][类款项][）)]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．]|其中");

    @Override
    public List<ProofFinding> check(ProofInput input, List<Paragraphs.Para> paragraphs) {
        List<ProofFinding> out = new ArrayList<>();
        for (Paragraphs.Para p : paragraphs) {
            String t = p.text();
            Map<String, Money.Stated> seen = new HashMap<>();
            int contextStart = 0;
            for (Money.Stated s : Money.in(t)) {
                int clause = clauseStart(t, s.start());
                var reset = RESET.matcher(t.substring(contextStart, clause));
                if (reset.find()) {
                    seen.clear();
                }
                contextStart = clause;
                String item = item(t.substring(clause, s.start()));
                if (item == null) {
                    continue;
                }
                Money.Stated before = seen.putIfAbsent(item, s);
                if (before != null && before.yuan().compareTo(s.yuan()) != 0) {
                    out.add(
                            p.finding(
                                    "A01",
                                    Severity.WARNING,
                                    ChecklistItems.FIGURES,
                                    "同一事项金额前后不一：同一段中“"
                                            + item
                                            + "”先写"
                                            + before.printed()
                                            + "，后写"
                                            + s.printed()
                                            + "（“"
                                            + Paragraphs.around(t, s.start(), s.end(), 14)
                                            + "”）"));
                }
            }
        }
        return out;
    }

    private static int clauseStart(String t, int at) {
        int i = at;
        while (i > 0 && "，。；,;、（(".indexOf(t.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static String item(String words) {
        String w = CONNECTORS.matcher(words.strip()).replaceAll("");
        w = w.replaceAll("^(?:其中|另外|此外|以及|和|及)[：:]?", "");
        if (w.length() < 2 || w.length() > 20 || !w.matches(".*[\\u4e00-\\u9fa5]{2}.*")) {
            return null;
        }
        if (NOT_AN_ITEM.matcher(w).matches()) {
            return null;
        }
        return w;
    }
}
