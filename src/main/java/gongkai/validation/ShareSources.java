package gongkai.validation;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which table amounts a stated share ("基本支出796.59万元，占57.96%") is computed from: per section of the
 * 情况说明, the parts it may name (most specific first) and the whole they are a share of.
 */
final class ShareSources {

    private ShareSources() {}

    /** A part: how the text names it, where its amount stands, and the default whole. */
    record Part(
            SectionKey key,
            Pattern name,
            String label,
            String table,
            Function<Checks, Optional<BigDecimal>> amount,
            Whole whole) {}

    /** The whole a share is of: its name and where its amount stands. */
    record Whole(String label, Function<Checks, Optional<BigDecimal>> amount) {}

    static final Whole INCOME =
            new Whole("本年收入合计", c -> g01(c, Side.INCOME, SummaryRows.INCOME_TOTAL));
    static final Whole EXPENSE =
            new Whole("本年支出合计", c -> g01(c, Side.EXPENSE, SummaryRows.EXPENSE_TOTAL));
    static final Whole G02_TOTAL = new Whole("本年收入合计", c -> total(c, StandardTable.G02, "total"));
    static final Whole G03_TOTAL = new Whole("本年支出合计", c -> total(c, StandardTable.G03, "total"));
    static final Whole G05_TOTAL =
            new Whole("一般公共预算财政拨款支出合计", c -> total(c, StandardTable.G05, "total"));
    static final Whole G05_BASIC = new Whole("基本支出", c -> total(c, StandardTable.G05, "basic"));
    static final Whole G09_TOTAL = new Whole("“三公”经费合计", c -> g09(c, "actual_total"));

    static final List<Part> PARTS =
            List.of(
                    part(
                            SectionKey.INCOME,
                            "一般公共预算财政拨款收入",
                            "一般公共预算财政拨款收入",
                            "公开01",
                            c -> g01(c, Side.INCOME, "一般公共预算财政拨款收入"),
                            INCOME),
                    part(
                            SectionKey.INCOME,
                            "(?<!预算)财政拨款收入",
                            "财政拨款收入",
                            "公开02",
                            c -> total(c, StandardTable.G02, "fiscal"),
                            G02_TOTAL),
                    column(SectionKey.INCOME, "上级补助收入", StandardTable.G02, "superior", G02_TOTAL),
                    column(SectionKey.INCOME, "事业收入", StandardTable.G02, "business", G02_TOTAL),
                    column(SectionKey.INCOME, "经营收入", StandardTable.G02, "operating", G02_TOTAL),
                    column(
                            SectionKey.INCOME,
                            "附属单位上缴收入",
                            StandardTable.G02,
                            "affiliated",
                            G02_TOTAL),
                    column(SectionKey.INCOME, "其他收入", StandardTable.G02, "other", G02_TOTAL),
                    column(SectionKey.EXPENDITURE, "基本支出", StandardTable.G03, "basic", G03_TOTAL),
                    column(SectionKey.EXPENDITURE, "项目支出", StandardTable.G03, "project", G03_TOTAL),
                    column(SectionKey.EXPENDITURE, "上缴上级支出", StandardTable.G03, "remit", G03_TOTAL),
                    column(
                            SectionKey.EXPENDITURE,
                            "对附属单位补助支出",
                            StandardTable.G03,
                            "subsidy",
                            G03_TOTAL),
                    column(
                            SectionKey.EXPENDITURE,
                            "经营支出",
                            StandardTable.G03,
                            "operating",
                            G03_TOTAL),
                    part(
                            SectionKey.GENERAL_BUDGET,
                            "^(?:本年)?(?:一般公共预算)?财政拨款支出",
                            "一般公共预算财政拨款支出",
                            "公开05",
                            c -> total(c, StandardTable.G05, "total"),
                            EXPENSE),
                    part(
                            SectionKey.BASIC_EXPENDITURE,
                            "人员经费",
                            "人员经费",
                            "公开06",
                            c -> named(c, StandardTable.G06, CrossTableRules.PERSONNEL_TOTAL),
                            G05_BASIC),
                    part(
                            SectionKey.BASIC_EXPENDITURE,
                            "公用经费",
                            "公用经费",
                            "公开06",
                            c -> named(c, StandardTable.G06, CrossTableRules.PUBLIC_TOTAL),
                            G05_BASIC),
                    part(
                            SectionKey.THREE_PUBLIC,
                            "公务用车购置(?:费)?及运行",
                            "公务用车购置及运行维护费",
                            "公开09",
                            c -> g09(c, "actual_vehicle"),
                            G09_TOTAL),
                    part(
                            SectionKey.THREE_PUBLIC,
                            "公务用车购置",
                            "公务用车购置费",
                            "公开09",
                            c -> g09(c, "actual_vehicle_purchase"),
                            G09_TOTAL),
                    part(
                            SectionKey.THREE_PUBLIC,
                            "公务用车运行",
                            "公务用车运行维护费",
                            "公开09",
                            c -> g09(c, "actual_vehicle_operation"),
                            G09_TOTAL),
                    part(
                            SectionKey.THREE_PUBLIC,
                            "因公出国",
                            "因公出国（境）费",
                            "公开09",
                            c -> g09(c, "actual_abroad"),
                            G09_TOTAL),
                    part(
                            SectionKey.THREE_PUBLIC,
                            "公务接待",
                            "公务接待费",
                            "公开09",
                            c -> g09(c, "actual_reception"),
                            G09_TOTAL));

    /** The whole a text names after 占 ("占本年支出合计的96.18%"), if it is one the tables hold. */
    static Optional<Whole> named(String text) {
        String t = Checks.compact(text);
        if (t.matches("(?:本年)?支出(?:决算)?合计|(?:本年)?总支出")) {
            return Optional.of(EXPENSE);
        }
        if (t.matches("(?:本年)?收入(?:决算)?合计|(?:本年)?总收入")) {
            return Optional.of(INCOME);
        }
        if (t.matches("(?:财政拨款)?基本支出(?:合计)?")) {
            return Optional.of(G05_BASIC);
        }
        return Optional.empty();
    }

    /** A 类 of 公开05 named in prose ("一般公共服务(类)支出" → 201 一般公共服务支出), as a part of the 公开05 total. */
    static Optional<Part> functionalClass(Checks c, SectionKey key, String name) {
        if (key != SectionKey.GENERAL_BUDGET || !name.contains("(类)")) {
            return Optional.empty();
        }
        String wanted = name.substring(0, name.indexOf("(类)")).replaceFirst("^.*[：:]", "");
        Optional<String> code =
                c.codes()
                        .findFunctional(wanted + "支出", null, null)
                        .or(() -> c.codes().findFunctional(wanted, null, null))
                        .map(CodeList.Code::code);
        Optional<DisclosureDocument.TableView> g05 = c.table(StandardTable.G05);
        if (code.isEmpty() || g05.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> amount = classAmount(g05.get(), code.get());
        return amount.map(
                a ->
                        new Part(
                                key,
                                Pattern.compile(Pattern.quote(name)),
                                code.get() + " " + wanted + "支出",
                                "公开05",
                                x -> Optional.of(a),
                                G05_TOTAL));
    }

    /** A 类's 小计 in 公开05: its own row, else the sum of its deepest listed rows (项, else 款). */
    private static Optional<BigDecimal> classAmount(DisclosureDocument.TableView t, String code) {
        List<RowView> coded = Checks.codedRows(t);
        Optional<RowView> own = coded.stream().filter(r -> r.code().equals(code)).findFirst();
        if (own.isPresent()) {
            return Optional.of(Checks.amount(own.get(), "total"));
        }
        for (int length : new int[] {7, 5}) {
            List<RowView> parts =
                    coded.stream()
                            .filter(r -> r.code().length() == length && r.code().startsWith(code))
                            .toList();
            if (!parts.isEmpty()) {
                return Optional.of(Checks.sum(parts, "total"));
            }
        }
        return Optional.empty();
    }

    private static Part part(
            SectionKey key,
            String regex,
            String label,
            String table,
            Function<Checks, Optional<BigDecimal>> amount,
            Whole whole) {
        return new Part(key, Pattern.compile(regex), label, table, amount, whole);
    }

    private static Part column(
            SectionKey key, String name, StandardTable table, String column, Whole whole) {
        return new Part(
                key,
                Pattern.compile(name),
                name,
                table.label(),
                c -> total(c, table, column),
                whole);
    }

    static Optional<BigDecimal> g01(Checks c, Side side, String name) {
        return c.table(StandardTable.G01)
                .flatMap(t -> Checks.named(t, side, name))
                .map(r -> Checks.amount(r, "amount"));
    }

    static Optional<BigDecimal> total(Checks c, StandardTable kind, String column) {
        return c.table(kind)
                .flatMap(Checks::totalRow)
                .filter(r -> Checks.has(r, column))
                .map(r -> Checks.amount(r, column));
    }

    private static Optional<BigDecimal> named(Checks c, StandardTable kind, String name) {
        return c.table(kind)
                .flatMap(t -> Checks.named(t, null, name))
                .map(r -> Checks.amount(r, "amount"));
    }

    private static Optional<BigDecimal> g09(Checks c, String column) {
        return c.table(StandardTable.G09)
                .map(Checks::rows)
                .filter(rows -> !rows.isEmpty())
                .map(rows -> rows.get(0))
                .filter(r -> Checks.has(r, column))
                .map((RowView r) -> Checks.amount(r, column));
    }
}
