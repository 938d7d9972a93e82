package gongkai.staff.performance;

import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StoredProject;
import gongkai.staff.tables.TableForm;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A 项目支出绩效自评 (or 部门整体支出绩效自评) form as the editor typed it: every field kept as text so a form with
 * mistakes comes back exactly as submitted. The amounts are shown in, and always read in, {@link
 * #unit}; {@link #convertedTo} switches the unit of what is on screen. Validation is {@link
 * PerformanceValidation}, the consistency notes {@link PerformanceChecks}.
 */
record PerformanceForm(
        MoneyUnit unit, Map<String, String> fields, List<IndicatorInput> indicators) {

    /** The project's amount fields (in the form's money unit), in form order, with their labels. */
    static final Map<String, String> AMOUNTS =
            linked(
                    "initialBudget",
                    "年初预算数",
                    "annualBudget",
                    "全年预算数",
                    "executed",
                    "全年执行数",
                    "annualBudgetFiscal",
                    "全年预算数：财政拨款",
                    "executedFiscal",
                    "全年执行数：财政拨款",
                    "annualBudgetCarryover",
                    "全年预算数：上年结转",
                    "executedCarryover",
                    "全年执行数：上年结转",
                    "annualBudgetOther",
                    "全年预算数：其他资金",
                    "executedOther",
                    "全年执行数：其他资金");

    /** Percentages and points. */
    static final Map<String, String> SCORES =
            linked(
                    "executionRate",
                    "执行率（%）",
                    "executionWeight",
                    "执行率分值",
                    "executionScore",
                    "执行率得分",
                    "totalWeight",
                    "总分值",
                    "totalScore",
                    "自评总得分");

    /** Free text with its maximum length. */
    static final Map<String, Integer> TEXT_LIMITS =
            Map.of(
                    "name",
                    300,
                    "department",
                    200,
                    "implementer",
                    200,
                    "goalPlanned",
                    20_000,
                    "goalActual",
                    20_000,
                    "summary",
                    50_000);

    static final String[] INDICATOR_FIELDS = {
        "level1",
        "level2",
        "name",
        "nature",
        "direction",
        "target",
        "actual",
        "measure",
        "weight",
        "score",
        "reason"
    };
    static final int MAX_INDICATORS = 200;

    /** One typed indicator row; {@code values} maps {@link #INDICATOR_FIELDS} to text. */
    record IndicatorInput(Map<String, String> values) {
        String get(String key) {
            return values.getOrDefault(key, "");
        }

        boolean blank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }

    String get(String key) {
        return fields.getOrDefault(key, "");
    }

    PerformanceProject.Kind kind() {
        return "OVERALL".equals(get("kind"))
                ? PerformanceProject.Kind.OVERALL
                : PerformanceProject.Kind.PROJECT;
    }

    /** Reads the submitted form; blank indicator rows and rows marked for deletion are dropped. */
    static PerformanceForm parse(Map<String, String> form) {
        MoneyUnit unit = "YUAN".equals(form.get("unit")) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "OVERALL".equals(form.get("kind")) ? "OVERALL" : "PROJECT");
        for (String key : TEXT_LIMITS.keySet()) {
            fields.put(key, text(form.get(key), key.startsWith("goal") || key.equals("summary")));
        }
        Stream.concat(AMOUNTS.keySet().stream(), SCORES.keySet().stream())
                .forEach(key -> fields.put(key, text(form.get(key), false)));
        int count;
        try {
            count =
                    Math.min(
                            MAX_INDICATORS,
                            Math.max(
                                    0,
                                    Integer.parseInt(
                                            form.getOrDefault("indicators", "0").strip())));
        } catch (NumberFormatException e) {
            count = 0;
        }
        List<IndicatorInput> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (form.containsKey("ind_" + i + "_delete")) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String f : INDICATOR_FIELDS) {
                values.put(f, text(form.get("ind_" + i + "_" + f), f.equals("reason")));
            }
            IndicatorInput row = new IndicatorInput(values);
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new PerformanceForm(unit, fields, rows);
    }

    /**
     * The same form with only the fields {@code words} asks: the others are emptied (stored as
     * null), whatever was posted, and indicator rows left with nothing are dropped.
     */
    PerformanceForm restrictedTo(PerformanceWords words) {
        Map<String, String> kept = new LinkedHashMap<>(fields);
        kept.replaceAll((key, value) -> words.asks(key) ? value : "");
        List<IndicatorInput> rows = new ArrayList<>();
        for (IndicatorInput row : indicators) {
            Map<String, String> values = new LinkedHashMap<>(row.values());
            values.replaceAll((key, value) -> words.indicatorFields().contains(key) ? value : "");
            IndicatorInput restricted = new IndicatorInput(values);
            if (!restricted.blank() || row.blank()) {
                rows.add(restricted);
            }
        }
        return new PerformanceForm(unit, kept, rows);
    }

    /** The same form with one more, empty indicator row at the end (the "添加一行指标" button). */
    PerformanceForm withBlankIndicator() {
        List<IndicatorInput> rows = new ArrayList<>(indicators);
        if (rows.size() < MAX_INDICATORS) {
            rows.add(PerformanceFormStart.blankIndicator());
        }
        return new PerformanceForm(unit, fields, rows);
    }

    /**
     * The same form with its amounts shown in {@code target}: every valid amount is converted
     * exactly, text that is not a valid amount stays as typed (the save flags it). Empty when an
     * amount would need more than two decimals in {@code target}, which the form could not read
     * back.
     */
    Optional<PerformanceForm> convertedTo(MoneyUnit target) {
        Map<String, String> converted = new LinkedHashMap<>(fields);
        for (String key : AMOUNTS.keySet()) {
            String text = plainAmount(get(key));
            if (text.isEmpty() || TableForm.amountProblem(text) != null) {
                continue;
            }
            BigDecimal yuan = unit.toYuan(new BigDecimal(text));
            if (!TableForm.exactIn(yuan, target)) {
                return Optional.empty();
            }
            converted.put(key, TableForm.display(yuan, target));
        }
        return Optional.of(new PerformanceForm(target, converted, indicators));
    }

    /** An amount as typed, without thousands separators. */
    static String plainAmount(String typed) {
        return typed.replace(",", "").replace("，", "").strip();
    }

    /** The nine amounts of a project in 元 (nulls where not stated), in {@link #AMOUNTS} order. */
    static List<BigDecimal> amounts(PerformanceProject p) {
        return Arrays.asList(
                p.initialBudget(),
                p.annualBudget(),
                p.executed(),
                p.annualBudgetFiscal(),
                p.executedFiscal(),
                p.annualBudgetCarryover(),
                p.executedCarryover(),
                p.annualBudgetOther(),
                p.executedOther());
    }

    /**
     * 万元 unless a stored amount needs more than 2 decimals there; then 元, so nothing is rounded.
     */
    static MoneyUnit defaultUnit(StoredProject stored) {
        return exactIn(stored, MoneyUnit.WAN_YUAN) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }

    static boolean exactIn(StoredProject stored, MoneyUnit unit) {
        return amounts(stored.project()).stream()
                .filter(Objects::nonNull)
                .allMatch(a -> TableForm.exactIn(a, unit));
    }

    private static String text(@Nullable String value, boolean multiline) {
        if (value == null) {
            return "";
        }
        return multiline ? value.replace("\r\n", "\n").strip() : value.strip();
    }

    static String plain(@Nullable BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
