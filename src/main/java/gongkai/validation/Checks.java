package gongkai.validation;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Shared state and helpers of one check run: table and row lookup that tolerates missing parts,
 * tolerant comparison in the table's own unit, money formatting and the collected findings. All
 * amounts are in 元 as {@link DisclosureDocument} stores them.
 */
final class Checks {

    /** Canonical names of the total row of a code table (the importer uses the first three). */
    static final Set<String> TOTAL_ROW_NAMES =
            Set.of("合计", "本年收入合计", "本年支出合计", "总计", "收入合计", "支出合计");

    private final DisclosureDocument doc;
    private final CodeList codes;
    private final List<Finding> findings = new ArrayList<>();

    Checks(DisclosureDocument doc, CodeList codes) {
        this.doc = doc;
        this.codes = codes;
    }

    DisclosureDocument doc() {
        return doc;
    }

    CodeList codes() {
        return codes;
    }

    List<Finding> findings() {
        return findings;
    }

    // ---- lookup
    // ----------------------------------------------------------------------------------

    /** The first table of that kind, if the document has one. */
    Optional<TableView> table(StandardTable kind) {
        if (doc.tables() == null) {
            return Optional.empty();
        }
        return doc.tables().stream().filter(t -> t != null && t.kind() == kind).findFirst();
    }

    List<TableView> tables() {
        return doc.tables() == null
                ? List.of()
                : doc.tables().stream().filter(Objects::nonNull).toList();
    }

    static List<RowView> rows(TableView t) {
        return t.rows() == null ? List.of() : t.rows().stream().filter(Objects::nonNull).toList();
    }

    /**
     * A named row (by canonical code or printed name), on the given side when rows carry a side.
     */
    static Optional<RowView> named(TableView t, LineItem.Side side, String... names) {
        Predicate<RowView> sideOk = r -> side == null || r.side() == null || r.side() == side;
        for (String name : names) {
            Optional<RowView> byCode =
                    rows(t).stream()
                            .filter(sideOk)
                            .filter(
                                    r ->
                                            r.kind() == LineItem.RowKind.NAMED
                                                    && name.equals(r.code()))
                            .findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        for (String name : names) {
            Optional<RowView> byName =
                    rows(t).stream()
                            .filter(sideOk)
                            .filter(
                                    r ->
                                            r.kind() == LineItem.RowKind.NAMED
                                                    && name.equals(compact(r.name())))
                            .findFirst();
            if (byName.isPresent()) {
                return byName;
            }
        }
        return Optional.empty();
    }

    /** The 合计 row of a code table. */
    static Optional<RowView> totalRow(TableView t) {
        return rows(t).stream()
                .filter(r -> r.kind() == LineItem.RowKind.NAMED)
                .filter(
                        r ->
                                TOTAL_ROW_NAMES.contains(compact(r.code()))
                                        || TOTAL_ROW_NAMES.contains(compact(r.name())))
                .findFirst();
    }

    /** Rows that carry a classification code (functional or economic). */
    static List<RowView> codedRows(TableView t) {
        return rows(t).stream()
                .filter(
                        r ->
                                r.kind() != LineItem.RowKind.NAMED
                                        && r.code() != null
                                        && r.code().matches("\\d{3}|\\d{5}|\\d{7}"))
                .toList();
    }

    /**
     * The amount of a column, or zero when the cell is blank (blank cells mean 0 in these tables).
     */
    static BigDecimal amount(RowView r, String column) {
        Map<String, BigDecimal> a = r.amounts();
        BigDecimal v = a == null ? null : a.get(column);
        return v == null ? BigDecimal.ZERO : v;
    }

    /** Whether the row has a value in that column at all. */
    static boolean has(RowView r, String column) {
        return r.amounts() != null && r.amounts().get(column) != null;
    }

    static BigDecimal sum(Collection<RowView> rows, String column) {
        return rows.stream().map(r -> amount(r, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }

    // ---- units, tolerance, formatting
    // ------------------------------------------------------------

    MoneyUnit unitOf(TableView t) {
        if (t != null && t.sourceMoneyUnit() != null) {
            return t.sourceMoneyUnit();
        }
        return doc.sourceMoneyUnit() != null ? doc.sourceMoneyUnit() : MoneyUnit.YUAN;
    }

    /** 0.01 in the table's unit, in 元: 100.00 for a table in 万元, 0.01 for one in 元. */
    BigDecimal tolerance(TableView t) {
        return unitOf(t).toYuan(new BigDecimal("0.01"));
    }

    /** Whether two amounts in 元 differ by more than the table's rounding tolerance. */
    boolean differs(TableView t, BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(tolerance(t)) > 0;
    }

    /** An amount in 元 written in the given unit, e.g. "1,374.29 万元". */
    static String money(MoneyUnit unit, BigDecimal yuan) {
        BigDecimal factor = unit.toYuan(BigDecimal.ONE);
        BigDecimal v = yuan.divide(factor, 2, RoundingMode.HALF_UP);
        DecimalFormat f =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v) + " " + unit.label();
    }

    String money(TableView t, BigDecimal yuan) {
        return money(unitOf(t), yuan);
    }

    // ---- findings
    // --------------------------------------------------------------------------------

    void add(String ruleId, Severity severity, Location location, String message) {
        findings.add(new Finding(ruleId, severity, location, message));
    }

    /**
     * Compares two amounts of (or derived from) table {@code t}; on a difference beyond the
     * tolerance adds "《what》 X，但《against》为 Y，相差 Z。".
     */
    boolean compare(
            String ruleId,
            Severity severity,
            Location location,
            TableView t,
            String what,
            BigDecimal stated,
            String against,
            BigDecimal computed) {
        if (!differs(t, stated, computed)) {
            return true;
        }
        add(
                ruleId,
                severity,
                location,
                what
                        + " "
                        + money(t, stated)
                        + "，但"
                        + against
                        + "为 "
                        + money(t, computed)
                        + "，相差 "
                        + money(t, stated.subtract(computed).abs())
                        + "。");
        return false;
    }

    /** Sections, null-safe. */
    List<SectionView> sections() {
        return doc.sections() == null
                ? List.of()
                : doc.sections().stream().filter(Objects::nonNull).toList();
    }
}
