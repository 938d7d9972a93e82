package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The headline figures and breakdowns that the printed reports chart, read from a disclosure's
 * stored tables (amounts in 元, exact). Each breakdown says which table it came from, because a
 * document may lack a table (some print only 见附件) and the figure then comes from another one or not
 * at all.
 */
public final class DisclosureFigures {

    /**
     * One part of a breakdown: a label, the classification code if it has one, and its amount in 元.
     */
    public record Slice(String name, @Nullable String code, BigDecimal yuan) {}

    /** A total split into parts; {@code source} names the table, e.g. 公开02 收入决算表. */
    public record Breakdown(String source, List<Slice> slices) {

        public BigDecimal total() {
            return slices.stream().map(Slice::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** What a unit's trend shows per year; null where the disclosure has no table stating it. */
    public record Headline(
            @Nullable BigDecimal income,
            @Nullable BigDecimal expense,
            @Nullable BigDecimal basic,
            @Nullable BigDecimal project,
            @Nullable BigDecimal threePublic) {}

    private static final List<String> INCOME_SOURCES =
            List.of("fiscal", "superior", "business", "operating", "affiliated", "other");
    private static final List<String> EXPENSE_KINDS =
            List.of("basic", "project", "remit", "operating", "subsidy");

    private DisclosureFigures() {}

    /**
     * 收入决算 by source: the 合计 row of 公开02 split by its columns; without 公开02, the income lines 1–8
     * of 公开01. Parts of zero are left out (a pie of zeros says nothing).
     */
    public static Optional<Breakdown> incomeBySource(DisclosureDocument d) {
        Optional<DisclosureDocument.RowView> total02 =
                table(d, StandardTable.G02)
                        .flatMap(t -> totalRow(t, null, SummaryRows.INCOME_TOTAL));
        if (total02.isPresent()) {
            return nonEmpty(
                    source(StandardTable.G02),
                    columnSlices(total02.get(), StandardTable.G02, INCOME_SOURCES));
        }
        return table(d, StandardTable.G01)
                .flatMap(
                        t -> {
                            List<Slice> slices = new ArrayList<>();
                            for (String line : SummaryRows.INCOME_LINES) {
                                t.rows().stream()
                                        .filter(
                                                r ->
                                                        r.side() == LineItem.Side.INCOME
                                                                && r.kind()
                                                                        == LineItem.RowKind.NAMED
                                                                && (line.equals(r.code())
                                                                        || line.equals(r.name())))
                                        .findFirst()
                                        .ifPresent(
                                                r ->
                                                        addIfNonZero(
                                                                slices,
                                                                line,
                                                                null,
                                                                r.amounts().get("amount")));
                            }
                            return nonEmpty(source(StandardTable.G01), slices);
                        });
    }

    /** 支出决算 by kind: the 合计 row of 公开03 split into 基本支出, 项目支出, 上缴上级支出 … */
    public static Optional<Breakdown> expenseByKind(DisclosureDocument d) {
        return table(d, StandardTable.G03)
                .flatMap(t -> totalRow(t, null, SummaryRows.EXPENSE_TOTAL))
                .flatMap(
                        r ->
                                nonEmpty(
                                        source(StandardTable.G03),
                                        columnSlices(r, StandardTable.G03, EXPENSE_KINDS)));
    }

    /**
     * 支出 by 功能分类 类: the 类 lines of 公开01's expense side (every report prints all of them); without
     * 公开01, the 类 rows of 公开03.
     */
    public static Optional<Breakdown> expenseByClass(DisclosureDocument d) {
        Optional<Breakdown> g01 =
                table(d, StandardTable.G01)
                        .flatMap(
                                t ->
                                        nonEmpty(
                                                source(StandardTable.G01),
                                                classSlices(
                                                        t,
                                                        r -> r.side() != LineItem.Side.INCOME,
                                                        "amount")));
        if (g01.isPresent()) {
            return g01;
        }
        return table(d, StandardTable.G03)
                .flatMap(
                        t ->
                                nonEmpty(
                                        source(StandardTable.G03),
                                        classSlices(t, r -> true, "total")));
    }

    /** 收入合计, 支出合计, 基本支出, 项目支出 and 三公经费 (公开09 决算数合计) of one disclosure. */
    public static Headline headline(DisclosureDocument d) {
        Optional<DisclosureDocument.TableView> g01 = table(d, StandardTable.G01);
        Optional<DisclosureDocument.RowView> total02 =
                table(d, StandardTable.G02)
                        .flatMap(t -> totalRow(t, null, SummaryRows.INCOME_TOTAL));
        Optional<DisclosureDocument.RowView> total03 =
                table(d, StandardTable.G03)
                        .flatMap(t -> totalRow(t, null, SummaryRows.EXPENSE_TOTAL));
        BigDecimal income =
                g01.flatMap(t -> namedRow(t, LineItem.Side.INCOME, SummaryRows.INCOME_TOTAL))
                        .map(r -> r.amounts().get("amount"))
                        .orElseGet(() -> total02.map(r -> r.amounts().get("total")).orElse(null));
        BigDecimal expense =
                g01.flatMap(t -> namedRow(t, LineItem.Side.EXPENSE, SummaryRows.EXPENSE_TOTAL))
                        .map(r -> r.amounts().get("amount"))
                        .orElseGet(() -> total03.map(r -> r.amounts().get("total")).orElse(null));
        BigDecimal basic = total03.map(r -> r.amounts().get("basic")).orElse(null);
        BigDecimal project = total03.map(r -> r.amounts().get("project")).orElse(null);
        BigDecimal threePublic =
                table(d, StandardTable.G09)
                        .flatMap(
                                t ->
                                        t.rows().stream()
                                                .filter(
                                                        r ->
                                                                r.amounts()
                                                                        .containsKey(
                                                                                "actual_total"))
                                                .findFirst())
                        .map(r -> r.amounts().get("actual_total"))
                        .orElse(null);
        return new Headline(income, expense, basic, project, threePublic);
    }

    public static String source(StandardTable t) {
        return t.label() + " " + t.title();
    }

    public static Optional<DisclosureDocument.TableView> table(
            DisclosureDocument d, StandardTable kind) {
        return d.tables().stream().filter(t -> t.kind() == kind && !t.rows().isEmpty()).findFirst();
    }

    /** The table's 合计 row: the canonical name if stored, else the first named row called …合计. */
    private static Optional<DisclosureDocument.RowView> totalRow(
            DisclosureDocument.TableView t, @Nullable LineItem.Side side, String canonical) {
        Optional<DisclosureDocument.RowView> exact = namedRow(t, side, canonical);
        if (exact.isPresent()) {
            return exact;
        }
        return t.rows().stream()
                .filter(
                        r ->
                                r.kind() == LineItem.RowKind.NAMED
                                        && (side == null || r.side() == side)
                                        && r.name() != null
                                        && r.name().endsWith("合计"))
                .findFirst();
    }

    private static Optional<DisclosureDocument.RowView> namedRow(
            DisclosureDocument.TableView t, @Nullable LineItem.Side side, String canonical) {
        return t.rows().stream()
                .filter(
                        r ->
                                r.kind() == LineItem.RowKind.NAMED
                                        && (side == null || r.side() == side)
                                        && (canonical.equals(r.code())
                                                || canonical.equals(r.name())))
                .findFirst();
    }

    private static List<Slice> columnSlices(
            DisclosureDocument.RowView row, StandardTable table, List<String> keys) {
        List<Slice> slices = new ArrayList<>();
        for (String key : keys) {
            table.column(key)
                    .ifPresent(c -> addIfNonZero(slices, c.label(), null, row.amounts().get(key)));
        }
        return slices;
    }

    private static List<Slice> classSlices(
            DisclosureDocument.TableView t,
            Predicate<DisclosureDocument.RowView> side,
            String column) {
        List<Slice> slices = new ArrayList<>();
        t.rows().stream()
                .filter(
                        r ->
                                r.kind() == LineItem.RowKind.FUNCTIONAL
                                        && r.level() != null
                                        && r.level() == 1
                                        && side.test(r))
                .forEach(r -> addIfNonZero(slices, r.name(), r.code(), r.amounts().get(column)));
        return slices;
    }

    private static void addIfNonZero(
            List<Slice> slices, String name, @Nullable String code, @Nullable BigDecimal yuan) {
        if (yuan != null && yuan.signum() != 0) {
            slices.add(new Slice(name, code, yuan));
        }
    }

    private static Optional<Breakdown> nonEmpty(String source, List<Slice> slices) {
        return slices.isEmpty()
                ? Optional.empty()
                : Optional.of(new Breakdown(source, List.copyOf(slices)));
    }
}
