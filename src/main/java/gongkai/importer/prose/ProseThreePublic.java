package gongkai.importer.prose;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.SectionKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Job: the 三公 figures a report states in its narrative ("公务接待费支出0.41万元", "公务接待费全年预算0.41万元，
 * 支出决算0.41万元", "公务接待费支出决算为3万元"). Many reports print no 公开09 table, or one that cannot be read, so
 * without these rows the comparison of 公务接待费 silently skipped them. Each item becomes one NAMED row
 * of the PROSE table, coded with the name the comparison uses for the 公开09 column; the first
 * statement in the document wins (the 三公 section is read first, so a later mention in a performance
 * summary does not add a second row).
 */
final class ProseThreePublic {

    /** How the text names an item, and the code the comparison knows it by. */
    private record Item(Pattern name, String code) {}

    private static final List<Item> ITEMS =
            List.of(
                    new Item(Pattern.compile("[“\"]?三公[”\"]?经费(?:财政拨款)?"), "三公经费合计"),
                    new Item(Pattern.compile("因公出国[（(]境[）)]费(?:用)?"), "因公出国(境)费"),
                    new Item(Pattern.compile("公务用车购置(?:费)?及运行(?:维护)?费(?:用)?"), "公务用车购置及运行维护费"),
                    new Item(Pattern.compile("公务接待费(?:用)?"), "公务接待费"));

    /** Any item name: the figures of one item end where the next item is named. */
    private static final Pattern ANY_NAME =
            Pattern.compile(
                    String.join(
                            "|",
                            ITEMS.stream().map(i -> "(?:" + i.name().pattern() + ")").toList()));

    /** 决算 wordings: 支出决算0.41万元, 决算数为3万元, 决算支出3万元, 实际支出3万元. */
    private static final Pattern ACTUAL =
            Pattern.compile("(?:支出决算|决算支出|决算数|决算|实际支出)(?:数)?" + ProseFigures.AMOUNT);

    /** "公务接待费支出0.41万元": 支出 right after the name, not followed by 预算. */
    private static final Pattern SPENT = Pattern.compile("^(?:财政拨款)?支出" + ProseFigures.AMOUNT);

    private static final Pattern BUDGET =
            Pattern.compile("(?:全年预算|年初预算|预算)(?:数)?" + ProseFigures.AMOUNT);

    private ProseThreePublic() {}

    /** One row per item the narrative states with its 决算 amount, in 元; none when it states none. */
    static List<DisclosureContent.Row> rows(List<DisclosureContent.Section> sections) {
        List<DisclosureContent.Section> ordered = new ArrayList<>();
        sections.stream()
                .filter(s -> SectionKey.THREE_PUBLIC.name().equals(s.key()))
                .forEach(ordered::add);
        sections.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        Map<String, DisclosureContent.Row> found = new LinkedHashMap<>();
        for (DisclosureContent.Section s : ordered) {
            List<String> body = ProseFigures.bodyLines(s);
            for (int i = 0; i < body.size(); i++) {
                // Tab-separated lines are table rows left in the text, not sentences.
                if (body.get(i).isBlank() || body.get(i).contains("\t")) {
                    continue;
                }
                // A sentence wrapped over lines (as a PDF prints it) is read whole: "…全年预算0.00万元，"
                // on one line and "支出决算0.00万元" on the next are one statement.
                ProseParagraphs.Paragraph p =
                        ProseParagraphs.from(body, i, text -> false, line -> false);
                read(p.text().replaceAll("\\s+", ""), s.line() + 1 + i, found);
                i = p.lastIndex();
            }
        }
        return List.copyOf(found.values());
    }

    private static void read(String line, int lineNo, Map<String, DisclosureContent.Row> found) {
        for (String clauseSet : line.split("[。；;]")) {
            for (Item item : ITEMS) {
                if (found.containsKey(item.code())) {
                    continue;
                }
                Matcher m = item.name().matcher(clauseSet);
                while (m.find()) {
                    String figures = figuresAfter(clauseSet, m.end());
                    BigDecimal actual = ProseFigures.amount(ACTUAL, figures);
                    if (actual == null) {
                        actual = ProseFigures.amount(SPENT, figures);
                    }
                    if (actual != null) {
                        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                        BigDecimal budget = ProseFigures.amount(BUDGET, figures);
                        if (budget != null) {
                            amounts.put("budget", budget);
                        }
                        amounts.put("actual", actual);
                        found.put(
                                item.code(),
                                new DisclosureContent.Row(
                                        LineItem.RowKind.NAMED,
                                        null,
                                        item.code(),
                                        item.code(),
                                        null,
                                        amounts,
                                        lineNo));
                        break;
                    }
                }
            }
        }
    }

    /** The text after a name up to the next item's name: that item's figures. */
    private static String figuresAfter(String clauseSet, int from) {
        String rest = clauseSet.substring(from);
        Matcher next = ANY_NAME.matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest;
    }
}
