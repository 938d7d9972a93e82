package gongkai.search;

import gongkai.disclosure.MoneyUnit;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.RowTitles;
import gongkai.search.query.Hit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One card per fact on the results page. A report states the same 项 and amount in several tables
 * (公开02 收入, 公开03 支出, 公开05 and the narrative): shown as four cards they crowd out every other
 * answer. Rows of one report with the same code (or name) and amount become one card, at the place
 * of the best-ranked of them, saying where else the figure stands. A card's amounts are all in 万元,
 * its title names its table once, and a snippet does not repeat a passage.
 */
public final class FactCards {

    private static final Pattern YUAN = Pattern.compile("(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)元");

    private FactCards() {}

    /**
     * The cards of one results page. earlier: the hits ranked above this page (their facts were
     * shown there, so copies here are not shown again); later: hits ranked just below it (their
     * copies of a fact shown here are named on its card, and are left out where they rank).
     */
    record PageCards(List<SearchController.HitView> cards, int shownBefore) {}

    static PageCards cards(List<Hit> earlier, List<Hit> hits, List<Hit> later) {
        Set<Object> before = new HashSet<>();
        for (Hit h : earlier) {
            before.add(key(h));
        }
        Map<Object, List<Hit>> groups = new LinkedHashMap<>();
        int shownBefore = 0;
        for (Hit h : hits) {
            Object key = key(h);
            if (before.contains(key)) {
                shownBefore++;
            } else {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
            }
        }
        for (Hit h : later) {
            List<Hit> group = groups.get(key(h));
            if (group != null) {
                group.add(h);
            }
        }
        List<SearchController.HitView> cards = new ArrayList<>(groups.size());
        for (List<Hit> group : groups.values()) {
            cards.add(card(group));
        }
        return new PageCards(cards, shownBefore);
    }

    private static SearchController.HitView card(List<Hit> group) {
        Hit first = group.get(0);
        Set<String> elsewhere = new LinkedHashSet<>();
        for (Hit other : group.subList(1, group.size())) {
            elsewhere.add(RowTitles.tableLabel(other.title()));
        }
        elsewhere.remove(RowTitles.tableLabel(first.title()));
        return new SearchController.HitView(
                SearchController.typeLabel(first.type()),
                "/disclosures/" + first.disclosureId(),
                first.unit(),
                first.region(),
                first.year(),
                title(first.title()),
                snippet(first.snippet()),
                first.code(),
                first.amount() == null ? null : MoneyUnit.WAN_YUAN.format(first.amount()),
                elsewhere.isEmpty() ? null : String.join("、", elsewhere),
                SearchController.kindLabel(first.kind()));
    }

    /** Rows of one report with the same code (or name) and amount are one fact. */
    private static Object key(Hit h) {
        if (!DocType.LINE_ITEM.name().equals(h.type()) || h.amount() == null) {
            return h; // every other hit is a card of its own
        }
        String what = h.code() != null ? h.code() : RowTitles.rowName(h.title());
        return List.of(h.disclosureId(), what, h.amount().stripTrailingZeros());
    }

    /** A table whose title repeats its label is named once: （情况说明 情况说明中的支出项目） → （情况说明中的支出项目）. */
    static String title(String title) {
        int open = title.lastIndexOf('（');
        if (open < 0 || !title.endsWith("）")) {
            return title;
        }
        String inside = title.substring(open + 1, title.length() - 1);
        int space = inside.indexOf(' ');
        if (space > 0 && inside.substring(space + 1).startsWith(inside.substring(0, space))) {
            return title.substring(0, open + 1) + inside.substring(space + 1) + "）";
        }
        return title;
    }

    /**
     * Amounts in 万元 like the card's own amount, and each passage once (a document that prints a
     * paragraph twice gave the highlighter the same passage twice).
     */
    static String snippet(String html) {
        Matcher m = YUAN.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal yuan = new BigDecimal(m.group(1).replace(",", ""));
            m.appendReplacement(
                    out, Matcher.quoteReplacement(MoneyUnit.WAN_YUAN.format(yuan) + " 万元"));
        }
        m.appendTail(out);
        String[] passages = out.toString().split("…", -1);
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder once = new StringBuilder();
        for (int i = 0; i < passages.length; i++) {
            String p = passages[i];
            boolean repeated = !p.isBlank() && !seen.add(p.strip());
            if (!repeated) {
                once.append(p);
            }
            if (i < passages.length - 1 && !(repeated && once.toString().endsWith("…"))) {
                once.append('…');
            }
        }
        return Objects.requireNonNull(once.toString().replaceAll("…{2,}", "…"));
    }
}
