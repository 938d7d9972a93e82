package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import gongkai.validation.Narrative.Found;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 7 of DOMAIN.md: the figures the 情况说明 states agree with the tables (warnings), and a stated
 * change against last year or the 年初预算 comes with a reason (best effort).
 */
final class NarrativeRules implements RuleFamily {

    /** One figure to look for: where, how it is named, and which table amount it must equal. */
    private record Claim(
            String ruleId,
            List<SectionKey> keys,
            String nameRegex,
            String what,
            StandardTable table,
            String rowCode,
            String column,
            Function<TableView, Optional<BigDecimal>> amount) {}

    private static final List<Claim> CLAIMS =
            List.of(
                    new Claim(
                            "NARRATIVE-TOTAL",
                            List.of(SectionKey.INCOME, SectionKey.OVERALL),
                            "(?<!财政拨款)(?<!财政拨款本年)收入(?:决算)?合计",
                            "本年收入合计",
                            StandardTable.G01,
                            SummaryRows.INCOME_TOTAL,
                            "amount",
                            t -> named(t, Side.INCOME, SummaryRows.INCOME_TOTAL, "amount")),
                    new Claim(
                            "NARRATIVE-TOTAL",
                            List.of(SectionKey.EXPENDITURE, SectionKey.OVERALL),
                            "(?<!财政拨款)(?<!财政拨款本年)支出(?:决算)?合计",
                            "本年支出合计",
                            StandardTable.G01,
                            SummaryRows.EXPENSE_TOTAL,
                            "amount",
                            t -> named(t, Side.EXPENSE, SummaryRows.EXPENSE_TOTAL, "amount")),
                    new Claim(
                            "NARRATIVE-TOTAL",
                            List.of(SectionKey.OVERALL),
                            "收(?:入)?[、,，]?支(?:出)?(?:决算)?总计(?:均为|各为)?",
                            "收入支出总计",
                            StandardTable.G01,
                            SummaryRows.GRAND_TOTAL,
                            "amount",
                            t -> named(t, Side.INCOME, SummaryRows.GRAND_TOTAL, "amount")),
                    new Claim(
                            "NARRATIVE-FISCAL",
                            List.of(SectionKey.INCOME),
                            "(?<!一般公共预算)(?<!基金预算)(?<!经营预算)财政拨款收入",
                            "财政拨款收入",
                            StandardTable.G02,
                            "合计",
                            "fiscal",
                            t -> total(t, "fiscal")),
                    new Claim(
                            "NARRATIVE-FISCAL",
                            List.of(SectionKey.INCOME),
                            "一般公共预算财政拨款收入",
                            "一般公共预算财政拨款收入",
                            StandardTable.G01,
                            "一般公共预算财政拨款收入",
                            "amount",
                            t -> named(t, Side.INCOME, "一般公共预算财政拨款收入", "amount")),
                    new Claim(
                            "NARRATIVE-FISCAL",
                            List.of(SectionKey.FISCAL_OVERALL),
                            "财政拨款收(?:入)?[、,，]?支(?:出)?(?:决算)?总计(?:均为|各为)?",
                            "财政拨款收入支出总计",
                            StandardTable.G04,
                            SummaryRows.GRAND_TOTAL,
                            "amount",
                            t -> named(t, Side.INCOME, SummaryRows.GRAND_TOTAL, "amount")),
                    new Claim(
                            "NARRATIVE-FISCAL",
                            List.of(SectionKey.GENERAL_BUDGET),
                            "财政拨款支出",
                            "一般公共预算财政拨款支出",
                            StandardTable.G05,
                            "合计",
                            "total",
                            t -> total(t, "total")),
                    new Claim(
                            "NARRATIVE-BASIC-PROJECT",
                            List.of(SectionKey.EXPENDITURE),
                            "基本支出",
                            "基本支出",
                            StandardTable.G03,
                            "合计",
                            "basic",
                            t -> total(t, "basic")),
                    new Claim(
                            "NARRATIVE-BASIC-PROJECT",
                            List.of(SectionKey.EXPENDITURE),
                            "项目支出",
                            "项目支出",
                            StandardTable.G03,
                            "合计",
                            "project",
                            t -> total(t, "project")),
                    new Claim(
                            "NARRATIVE-BASIC-PROJECT",
                            List.of(SectionKey.BASIC_EXPENDITURE),
                            "基本支出",
                            "财政拨款基本支出",
                            StandardTable.G05,
                            "合计",
                            "basic",
                            t -> total(t, "basic")),
                    new Claim(
                            "NARRATIVE-BASIC-PROJECT",
                            List.of(SectionKey.BASIC_EXPENDITURE),
                            "人员经费",
                            "人员经费",
                            StandardTable.G06,
                            CrossTableRules.PERSONNEL_TOTAL,
                            "amount",
                            t -> named(t, null, CrossTableRules.PERSONNEL_TOTAL, "amount")),
                    new Claim(
                            "NARRATIVE-BASIC-PROJECT",
                            List.of(SectionKey.BASIC_EXPENDITURE),
                            "公用经费",
                            "公用经费",
                            StandardTable.G06,
                            CrossTableRules.PUBLIC_TOTAL,
                            "amount",
                            t -> named(t, null, CrossTableRules.PUBLIC_TOTAL, "amount")),
                    new Claim(
                            "NARRATIVE-BASIC-PROJECT",
                            List.of(SectionKey.PROJECT_EXPENDITURE),
                            "项目支出",
                            "财政拨款项目支出",
                            StandardTable.G05,
                            "合计",
                            "project",
                            t -> total(t, "project")));

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

    @Override
    public void check(Checks c) {
        for (Claim claim : CLAIMS) {
            Optional<TableView> table = c.table(claim.table());
            if (table.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> expected = claim.amount().apply(table.get());
            Optional<Found> found =
                    Narrative.first(
                            Narrative.sections(c, claim.keys().toArray(SectionKey[]::new)),
                            claim.nameRegex());
            if (expected.isPresent() && found.isPresent()) {
                compare(
                        c,
                        claim.ruleId(),
                        found.get(),
                        claim.what(),
                        table.get(),
                        claim.rowCode(),
                        claim.column(),
                        expected.get());
            }
        }
        lineItems(c);
        threePublic(c);
        ChangeReasons.check(c);
    }

    /**
     * Each 项 the narrative states (the importer's 情况说明 table) against the 公开05 (or 03) row of the
     * same code.
     */
    private void lineItems(Checks c) {
        Optional<TableView> prose = c.table(StandardTable.PROSE);
        Optional<TableView> table = c.table(StandardTable.G05).or(() -> c.table(StandardTable.G03));
        if (prose.isEmpty() || table.isEmpty()) {
            return;
        }
        MoneyUnit textUnit = c.unitOf(prose.get());
        for (RowView r : Checks.codedRows(prose.get())) {
            if (!Checks.has(r, "actual")) {
                continue;
            }
            Optional<RowView> row =
                    Checks.codedRows(table.get()).stream()
                            .filter(x -> x.code().equals(r.code()) && x.kind() == r.kind())
                            .findFirst();
            if (row.isEmpty()) {
                continue;
            }
            BigDecimal stated = Checks.amount(r, "actual");
            BigDecimal expected = Checks.amount(row.get(), "total");
            if (stated.subtract(expected)
                            .abs()
                            .compareTo(Narrative.tolerance(textUnit, c.unitOf(table.get())))
                    > 0) {
                String label = table.get().kind().label();
                c.add(
                        "NARRATIVE-LINE-ITEM",
                        Severity.WARNING,
                        new Location(label, r.code(), "total", SectionKey.GENERAL_BUDGET.name()),
                        "情况说明中 "
                                + r.code()
                                + " "
                                + r.name()
                                + "的支出决算为 "
                                + Checks.money(textUnit, stated)
                                + "，但"
                                + label
                                + "该科目的本年支出为 "
                                + Checks.money(textUnit, expected)
                                + "，相差 "
                                + Checks.money(textUnit, stated.subtract(expected).abs())
                                + "。");
            }
        }
    }

    /** The 三公 figures of the narrative (决算 and 预算 of the total and each part) against 公开09. */
    private void threePublic(Checks c) {
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

    private void compareItem(
            Checks c, Found f, String half, Item item, TableView t, RowView row, String column) {
        if (!Checks.has(row, column)) {
            return;
        }
        compare(
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

    private static void compare(
            Checks c,
            String ruleId,
            Found found,
            String what,
            TableView t,
            String rowCode,
            String column,
            BigDecimal expected) {
        MoneyUnit textUnit = found.stated().unit();
        BigDecimal stated = found.stated().yuan();
        BigDecimal diff = stated.subtract(expected).abs();
        if (diff.compareTo(Narrative.tolerance(textUnit, c.unitOf(t))) <= 0) {
            return;
        }
        String label = t.kind().label();
        c.add(
                ruleId,
                Severity.WARNING,
                new Location(label, rowCode, column, found.sectionRef()),
                "情况说明称"
                        + what
                        + " "
                        + Checks.money(textUnit, stated)
                        + "（“"
                        + abbreviate(found.stated().text())
                        + "”），但"
                        + label
                        + "为 "
                        + Checks.money(textUnit, expected)
                        + "，相差 "
                        + Checks.money(textUnit, diff)
                        + "。");
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 18) + "…" + s.substring(s.length() - 18);
    }

    private static Optional<BigDecimal> named(TableView t, Side side, String name, String column) {
        return Checks.named(t, side, name).map(r -> Checks.amount(r, column));
    }

    private static Optional<BigDecimal> total(TableView t, String column) {
        return Checks.totalRow(t)
                .filter(r -> Checks.has(r, column))
                .map(r -> Checks.amount(r, column));
    }
}
