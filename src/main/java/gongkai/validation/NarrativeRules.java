package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.validation.Narrative.Found;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Rule 7 of DOMAIN.md: the figures the 情况说明 states agree with the tables (warnings), and a stated
 * change against last year or the 年初预算 comes with a reason (best effort). This class runs the named
 * claims ({@link NarrativeClaims}) and the line items; 三公 is {@link NarrativeThreePublic}.
 */
final class NarrativeRules implements RuleFamily {

    @Override
    public void check(Checks c) {
        for (NarrativeClaims.Claim claim : NarrativeClaims.CLAIMS) {
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
        NarrativeThreePublic.check(c);
        ChangeReasons.check(c);
    }

    /**
     * Each 项 the narrative states (the importer's 情况说明 table) against the 公开05 (or 03) row of the
     * same code.
     */
    private static void lineItems(Checks c) {
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

    static void compare(
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
}
