package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The figures of rule 7 that the 情况说明 names and the table amount each must equal. */
final class NarrativeClaims {

    private NarrativeClaims() {}

    /** One figure to look for: where, how it is named, and which table amount it must equal. */
    record Claim(
            String ruleId,
            List<SectionKey> keys,
            String nameRegex,
            String what,
            StandardTable table,
            String rowCode,
            String column,
            Function<TableView, Optional<BigDecimal>> amount) {}

    static final List<Claim> CLAIMS =
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

    private static Optional<BigDecimal> named(TableView t, Side side, String name, String column) {
        return Checks.named(t, side, name).map(r -> Checks.amount(r, column));
    }

    private static Optional<BigDecimal> total(TableView t, String column) {
        return Checks.totalRow(t)
                .filter(r -> Checks.has(r, column))
                .map(r -> Checks.amount(r, column));
    }
}
