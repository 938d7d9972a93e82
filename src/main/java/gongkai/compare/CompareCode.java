package gongkai.compare;

import gongkai.classification.CodeList;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a reader asked to compare: a functional code (类/款/项), an economic code (类/款) or one of the
 * named rows, with the tables that hold "its" amount, in order of preference. A disclosure's amount
 * comes from the first of these sources it has; the page states which one was used.
 *
 * @param kind FUNCTIONAL, ECONOMIC or NAMED rows
 * @param code the code as stored in line_item.row_code (a canonical name for named rows)
 * @param name the official name (code list) or the canonical row name
 * @param level 1 类 / 2 款 / 3 项 for codes, null for named rows
 * @param sources where the amount is read, first match wins
 */
record CompareCode(
        LineItem.RowKind kind,
        String code,
        String name,
        @Nullable Integer level,
        List<Source> sources) {

    /**
     * One place an amount can come from: a table, the column holding the amount, and for two-sided
     * tables (公开01) the side. {@code rowCode} overrides the requested code for named rows whose
     * figure sits in a column of another row (公务接待费 is a column of the 三公经费合计 row).
     */
    record Source(
            StandardTable table,
            String column,
            @Nullable LineItem.Side side,
            @Nullable String rowCode) {

        /** E.g. 公开03 支出决算表 · 本年支出合计. */
        String label() {
            if (table == StandardTable.PROSE) {
                // Not a table: the per-项 paragraphs of the 情况说明 (年初预算 X万元，支出决算 Y万元).
                return "情况说明中逐项说明的支出决算";
            }
            String columnLabel =
                    table.column(column).map(StandardTable.Column::label).orElse(column);
            return table.label() + " " + table.title() + " · " + columnLabel;
        }
    }

    /**
     * Where a document states this code's budget beside its outcome: the two columns of one row.
     * Functional 项 are explained one by one in the narrative (年初预算X万元，支出决算Y万元, the PROSE table);
     * the 三公 table gives 预算数 beside 决算数 for each of its columns.
     */
    record PairSource(
            StandardTable table, String budgetColumn, String actualColumn, String rowCode) {}

    /** This code's budget-and-outcome pair, if documents state one. */
    Optional<PairSource> pairSource() {
        return pairSources().stream().findFirst();
    }

    /**
     * Where documents state this code's budget beside its outcome, first match wins per disclosure:
     * a 三公 item from the 三公 table, else from the narrative's own sentence (全年预算X万元， 支出决算Y万元), which
     * reports without a readable 三公 table still give.
     */
    List<PairSource> pairSources() {
        if (kind == LineItem.RowKind.FUNCTIONAL) {
            return List.of(new PairSource(StandardTable.PROSE, "budget", "actual", code));
        }
        List<PairSource> pairs = new ArrayList<>();
        for (Source s : sources) {
            if (s.table() == StandardTable.G09 && s.column().startsWith("actual_")) {
                String budget = "budget_" + s.column().substring("actual_".length());
                pairs.add(new PairSource(s.table(), budget, s.column(), rowCodeFor(s)));
            } else if (s.table() == StandardTable.PROSE && s.column().equals("actual")) {
                pairs.add(new PairSource(s.table(), "budget", "actual", rowCodeFor(s)));
            }
        }
        return pairs;
    }

    static final Pattern MALFORMED_DIGITS = Pattern.compile("\\d+");
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    /**
     * Functional codes: 公开03 (all funds) first, then 公开05 (general budget), 公开01 (类 lines),
     * narrative.
     */
    static final List<Source> FUNCTIONAL_SOURCES =
            List.of(
                    new Source(StandardTable.G03, "total", null, null),
                    new Source(StandardTable.G05, "total", null, null),
                    new Source(StandardTable.G01, "amount", LineItem.Side.EXPENSE, null),
                    new Source(StandardTable.PROSE, "actual", null, null));

    /** Economic codes are reported in 公开06 only (basic expenditure by economic class). */
    static final List<Source> ECONOMIC_SOURCES =
            List.of(new Source(StandardTable.G06, "amount", null, null));

    static final String THREE_PUBLIC = "三公经费合计";

    /** Named rows a reader may compare, by the name they type (quotes and spaces are ignored). */
    static final Map<String, List<Source>> NAMED = named();

    private static Map<String, List<Source>> named() {
        Map<String, List<Source>> m = new LinkedHashMap<>();
        m.put(
                SummaryRows.EXPENSE_TOTAL,
                List.of(
                        new Source(StandardTable.G01, "amount", LineItem.Side.EXPENSE, null),
                        new Source(StandardTable.G03, "total", null, null)));
        m.put(
                SummaryRows.INCOME_TOTAL,
                List.of(
                        new Source(StandardTable.G01, "amount", LineItem.Side.INCOME, null),
                        new Source(StandardTable.G02, "total", null, null)));
        m.put(
                THREE_PUBLIC,
                List.of(
                        new Source(StandardTable.G09, "actual_total", null, null),
                        new Source(StandardTable.PROSE, "actual", null, null)));
        m.put(
                "因公出国(境)费",
                List.of(
                        new Source(StandardTable.G09, "actual_abroad", null, THREE_PUBLIC),
                        new Source(StandardTable.PROSE, "actual", null, null)));
        m.put(
                "公务用车购置及运行维护费",
                List.of(
                        new Source(StandardTable.G09, "actual_vehicle", null, THREE_PUBLIC),
                        new Source(StandardTable.PROSE, "actual", null, null)));
        m.put(
                "公务接待费",
                List.of(
                        new Source(StandardTable.G09, "actual_reception", null, THREE_PUBLIC),
                        new Source(StandardTable.PROSE, "actual", null, null)));
        m.put("人员经费合计", List.of(new Source(StandardTable.G06, "amount", null, null)));
        m.put("公用经费合计", List.of(new Source(StandardTable.G06, "amount", null, null)));
        return m;
    }

    /** The accepted forms, for error messages and the page's hint. */
    static final String ACCEPTED =
            "可比较的科目：功能分类科目代码（类 3 位、款 5 位、项 7 位，如 204、20406、2040610）、"
                    + "经济分类科目代码（类 3 位、款 5 位，如 302、30217），或以下名称："
                    + String.join("、", NAMED.keySet())
                    + "。";

    /**
     * Parses what the reader typed; a malformed or unknown code is a 400 with the accepted forms.
     */
    static CompareCode parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            throw new BadRequestException("请输入要比较的科目。" + ACCEPTED);
        }
        if (s.codePointCount(0, s.length()) > 40) {
            throw new BadRequestException("科目过长。" + ACCEPTED);
        }
        CodeList codes = CodeList.standard();
        if (CODE.matcher(s).matches()) {
            Optional<CodeList.Code> functional = codes.functional(s);
            if (functional.isPresent()) {
                return new CompareCode(
                        LineItem.RowKind.FUNCTIONAL,
                        s,
                        functional.get().name(),
                        functional.get().level(),
                        FUNCTIONAL_SOURCES);
            }
            Optional<CodeList.Code> economic =
                    s.length() <= 5 ? codes.economic(s) : Optional.empty();
            if (economic.isPresent()) {
                return new CompareCode(
                        LineItem.RowKind.ECONOMIC,
                        s,
                        economic.get().name(),
                        economic.get().level(),
                        ECONOMIC_SOURCES);
            }
            throw new BadRequestException("科目代码 " + s + " 不在政府收支分类科目表中。" + ACCEPTED);
        }
        if (MALFORMED_DIGITS.matcher(s).matches()) {
            throw new BadRequestException(
                    "科目代码 " + s + " 的位数不对：功能分类为 3、5 或 7 位，经济分类为 3 或 5 位。" + ACCEPTED);
        }
        String name = normaliseName(s);
        for (Map.Entry<String, List<Source>> e : NAMED.entrySet()) {
            if (normaliseName(e.getKey()).equals(name)) {
                return new CompareCode(
                        LineItem.RowKind.NAMED, e.getKey(), e.getKey(), null, e.getValue());
            }
        }
        throw new BadRequestException("无法识别要比较的科目“" + s + "”。" + ACCEPTED);
    }

    /**
     * Reports write “三公”经费合计, "三公"经费合计, （境）or (境): compare without quotes, spaces and bracket
     * width.
     */
    static String normaliseName(String s) {
        return s.replaceAll("[\\s“”\"'‘’]", "").replace('（', '(').replace('）', ')');
    }

    /** The stored row code a source's rows carry. */
    String rowCodeFor(Source s) {
        return s.rowCode() != null ? s.rowCode() : code;
    }

    /** The 类 and 款 above a code, highest first (2040610 → 204, 20406), with their names. */
    List<String[]> parents() {
        if (kind == LineItem.RowKind.NAMED || code.length() <= 3) {
            return List.of();
        }
        CodeList codes = CodeList.standard();
        ArrayList<String[]> out = new ArrayList<>();
        for (int len = 3; len < code.length(); len += 2) {
            String c = code.substring(0, len);
            Optional<CodeList.Code> found =
                    kind == LineItem.RowKind.FUNCTIONAL ? codes.functional(c) : codes.economic(c);
            found.ifPresent(f -> out.add(new String[] {f.code(), f.name()}));
        }
        return out;
    }

    String kindLabel() {
        return switch (kind) {
            case FUNCTIONAL -> "功能分类科目（" + levelLabel() + "）";
            case ECONOMIC -> "经济分类科目（" + levelLabel() + "）";
            case NAMED -> "决算表合计行";
        };
    }

    private String levelLabel() {
        return level == null
                ? ""
                : switch (level) {
                    case 1 -> "类";
                    case 2 -> "款";
                    default -> "项";
                };
    }
}
