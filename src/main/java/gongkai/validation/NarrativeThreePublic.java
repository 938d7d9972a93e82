package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.validation.Narrative.Found;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rule 7 for the 三公 paragraph: its 决算 and 预算 figures of each item against 公开09. */
final class NarrativeThreePublic {

    private NarrativeThreePublic() {}

    /** 三公 items: how the text names them (决算 and 预算) and the 公开09 column suffix. */
    private record Item(String nameRegex, String label, String column) {}

    private static final List<Item> THREE_PUBLIC_ITEMS =
            List.of(
                    new Item("[“\"]?三公[”\"]?经费(?:财政拨款)?(?:支出)?", "“三公”经费合计", "total"),
                    new Item("因公出国[（(]境[）)]费(?:用)?", "因公出国（境）费", "abroad"),
                    new Item("公务用车购置(?:费)?及运行(?:维护)?费", "公务用车购置及运行维护费", "vehicle"),
                    new Item("公务用车购置(?:费)?(?!(?:费)?及)", "公务用车购置费", "vehicle_purchase"),
                    new Item("公务用车运行(?:维护)?费", "公务用车运行维护费", "vehicle_operation"),
                    new Item("公务接待费", "公务接待费", "reception"));

    /** The 三公 figures of the narrative (决算 and 预算 of the total and each part) against 公开09. */
    static void check(Checks c) {
        Optional<TableView> g09 = c.table(StandardTable.G09);
        if (g09.isEmpty() || Checks.rows(g09.get()).isEmpty()) {
            return;
        }
        RowView row = Checks.rows(g09.get()).get(0);
        List<SectionView> sections = Narrative.sections(c, SectionKey.THREE_PUBLIC);
        for (Item item : THREE_PUBLIC_ITEMS) {
            figure(sections, item.nameRegex(), "(?:支出)?决算(?:数)?为?|支出(?=[0-9])")
                    .ifPresent(
                            f ->
                                    compareItem(
                                            c,
                                            f,
                                            "决算数",
                                            item,
                                            g09.get(),
                                            row,
                                            "actual_" + item.column()));
            figure(sections, item.nameRegex(), "预算(?:数)?为?")
                    .ifPresent(
                            f ->
                                    compareItem(
                                            c,
                                            f,
                                            "预算数",
                                            item,
                                            g09.get(),
                                            row,
                                            "budget_" + item.column()));
        }
    }

    private static void compareItem(
            Checks c, Found f, String half, Item item, TableView t, RowView row, String column) {
        if (!Checks.has(row, column)) {
            return;
        }
        NarrativeRules.compare(
                c,
                "NARRATIVE-THREE-PUBLIC",
                f,
                item.label() + half,
                t,
                TotalSheetRules.rowKey(row),
                column,
                Checks.amount(row, column));
    }

    /**
     * The first "name … keyword amount" within one clause (no 。；, at most 40 characters between).
     */
    private static Optional<Found> figure(
            List<SectionView> sections, String nameRegex, String keywordRegex) {
        Pattern p =
                Pattern.compile(
                        "(?:"
                                + nameRegex
                                + ")[^。；;]{0,40}?(?:"
                                + keywordRegex
                                + ")"
                                + Narrative.AMOUNT);
        for (SectionView s : sections) {
            Matcher m = p.matcher(Narrative.compact(s.body()));
            if (m.find()) {
                return Narrative.parse(m.group(1), m.group(2), m.group())
                        .map(st -> new Found(st, s));
            }
        }
        return Optional.empty();
    }
}
