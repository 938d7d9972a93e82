package gongkai.staff.tables;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table grid as the editor typed it: rows of code, name and one text per column of the table in
 * this kind of disclosure ({@link StandardTable#columns(gongkai.disclosure.DisclosureKind)}), in
 * the money unit the editor chose. {@link #validate} checks every cell and returns field-level
 * messages; only a grid without messages becomes rows (in 元) to store. Typed text is never lost: on
 * errors the grid is shown again exactly as submitted.
 */
public record TableForm(
        StandardTable kind,
        List<StandardTable.Column> columns,
        MoneyUnit unit,
        List<RowInput> rows) {

    /** One typed row; {@code amounts} maps column keys to the text typed in the cell. */
    record RowInput(String code, String name, Map<String, String> amounts) {}

    /** Messages by field: "row:N:code" or "row:N:COLUMN". */
    record Validation(Map<String, String> errors, List<DisclosureContent.Row> rows) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    static final int MAX_ROWS = 500;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** 12 integer digits in 元 is 千亿: far above any unit's budget; 14+ digits is a typing error. */
    private static final int MAX_INTEGER_DIGITS = 13;

    /**
     * Reads the grid: the fixed fields ({@code unit}, {@code rows}, {@code newCode}) as bound, and
     * the cells ({@code code_N}, {@code name_N}, {@code amt_N_COLUMN}) from the posted form.
     */
    static TableForm parse(
            StandardTable kind,
            List<StandardTable.Column> columns,
            GridFields fixed,
            Map<String, String> form) {
        MoneyUnit unit = "YUAN".equals(fixed.unit()) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        int count;
        try {
            count =
                    Math.min(
                            MAX_ROWS,
                            Math.max(
                                    0,
                                    Integer.parseInt(
                                            fixed.rows() == null ? "0" : fixed.rows().strip())));
        } catch (NumberFormatException e) {
            count = 0;
        }
        List<RowInput> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> amounts = new LinkedHashMap<>();
            for (StandardTable.Column c : columns) {
                amounts.put(c.key(), form.getOrDefault("amt_" + i + "_" + c.key(), "").strip());
            }
            String code = form.getOrDefault("code_" + i, "").strip();
            String name = form.getOrDefault("name_" + i, "").strip();
            boolean empty =
                    code.isEmpty()
                            && name.isEmpty()
                            && amounts.values().stream().allMatch(String::isEmpty);
            if (!empty) {
                rows.add(new RowInput(code, name, amounts));
            }
        }
        String added = fixed.newCode() == null ? "" : fixed.newCode().strip();
        if (!added.isEmpty()) {
            Map<String, String> blank = new LinkedHashMap<>();
            columns.forEach(c -> blank.put(c.key(), ""));
            rows.add(new RowInput(added, officialName(kind, added).orElse(""), blank));
        }
        return new TableForm(kind, columns, unit, rows);
    }

    Validation validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<DisclosureContent.Row> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            RowInput row = rows.get(i);
            String code = row.code();
            LineItem.RowKind rowKind = LineItem.RowKind.NAMED;
            if (code.isEmpty() && row.name().isEmpty()) {
                errors.put("row:" + i + ":code", "请填写科目代码或项目名称。");
            } else if (code.matches("\\d+")) {
                rowKind =
                        kind == StandardTable.G06
                                ? LineItem.RowKind.ECONOMIC
                                : LineItem.RowKind.FUNCTIONAL;
                if (officialName(kind, code).isEmpty()) {
                    errors.put(
                            "row:" + i + ":code",
                            "科目代码 "
                                    + code
                                    + " 不在"
                                    + (rowKind == LineItem.RowKind.ECONOMIC ? "经济" : "功能")
                                    + "分类科目表中。");
                }
            }
            String key = code.isEmpty() ? row.name() : code;
            if (!key.isEmpty() && !seen.add(key)) {
                errors.put("row:" + i + ":code", "科目“" + key + "”在本表中重复。");
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            for (Map.Entry<String, String> cell : row.amounts().entrySet()) {
                String text = cell.getValue().replace(",", "").replace("，", "").strip();
                if (text.isEmpty()) {
                    continue;
                }
                String problem = amountProblem(text);
                if (problem != null) {
                    errors.put("row:" + i + ":" + cell.getKey(), problem);
                    continue;
                }
                amounts.put(cell.getKey(), unit.toYuan(new BigDecimal(text)));
            }
            String name = row.name().isEmpty() ? officialName(kind, code).orElse(code) : row.name();
            parsed.add(
                    new DisclosureContent.Row(
                            rowKind, null, code.isEmpty() ? name : code, name, null, amounts, 0));
        }
        return new Validation(errors, parsed);
    }

    /** Null when the text is an acceptable amount, else the Chinese message for that cell. */
    public static @Nullable String amountProblem(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return "“" + abbreviate(text) + "”不是金额：只能填写数字（可带小数点和千分位逗号）。";
        }
        if (text.startsWith("-")) {
            return "金额不能为负数。";
        }
        int dot = text.indexOf('.');
        if (dot >= 0 && text.length() - dot - 1 > 2) {
            return "金额最多保留两位小数。";
        }
        String integer = (dot < 0 ? text : text.substring(0, dot)).replaceFirst("^0+(?=\\d)", "");
        if (integer.length() > MAX_INTEGER_DIGITS) {
            return "金额位数过多（整数部分超过 " + MAX_INTEGER_DIGITS + " 位），请检查单位是否选错。";
        }
        return null;
    }

    /**
     * The same grid with its numbers shown in {@code target}: every valid amount is converted
     * exactly, text that is not a valid amount stays as typed (the save flags it). Empty when an
     * amount would need more than two decimals in {@code target}, which the grid could not read
     * back.
     */
    Optional<TableForm> convertedTo(MoneyUnit target) {
        List<RowInput> converted = new ArrayList<>();
        for (RowInput row : rows) {
            Map<String, String> amounts = new LinkedHashMap<>();
            for (Map.Entry<String, String> cell : row.amounts().entrySet()) {
                String text = cell.getValue().replace(",", "").replace("，", "").strip();
                if (text.isEmpty() || amountProblem(text) != null) {
                    amounts.put(cell.getKey(), cell.getValue());
                    continue;
                }
                BigDecimal yuan = unit.toYuan(new BigDecimal(text));
                if (!exactIn(yuan, target)) {
                    return Optional.empty();
                }
                amounts.put(cell.getKey(), display(yuan, target));
            }
            converted.add(new RowInput(row.code(), row.name(), amounts));
        }
        return Optional.of(new TableForm(kind, columns, target, converted));
    }

    /** True when an amount in 元 can be typed in {@code unit} with at most two decimals. */
    public static boolean exactIn(BigDecimal yuan, MoneyUnit unit) {
        return unit == MoneyUnit.YUAN || yuan.movePointLeft(4).stripTrailingZeros().scale() <= 2;
    }

    /**
     * An amount in 元 as the grid shows it in {@code unit}: at least two decimals, never rounded.
     */
    public static String display(BigDecimal yuan, MoneyUnit unit) {
        BigDecimal value = unit == MoneyUnit.YUAN ? yuan : yuan.movePointLeft(4);
        return value.setScale(
                        Math.max(2, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    static Optional<String> officialName(StandardTable kind, String code) {
        CodeList codes = CodeList.standard();
        return (kind == StandardTable.G06 ? codes.economic(code) : codes.functional(code))
                .map(CodeList.Code::name);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
