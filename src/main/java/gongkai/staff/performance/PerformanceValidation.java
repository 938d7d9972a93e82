package gongkai.staff.performance;

import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.staff.tables.TableForm;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Field-level messages for a typed {@link PerformanceForm} and, only when there are none, the
 * project and indicators to store (amounts in 元, read in the form's unit).
 */
record PerformanceValidation(
        Map<String, String> errors,
        @Nullable PerformanceProject project,
        List<PerformanceIndicator> indicators) {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Map<String, Integer> INDICATOR_LIMITS =
            Map.of(
                    "level1",
                    64,
                    "level2",
                    64,
                    "name",
                    300,
                    "nature",
                    16,
                    "direction",
                    16,
                    "target",
                    200,
                    "actual",
                    200,
                    "measure",
                    32,
                    "reason",
                    10_000);
    private static final BigDecimal MAX_POINTS = new BigDecimal("1000");

    boolean ok() {
        return errors.isEmpty();
    }

    static PerformanceValidation of(PerformanceForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.get("name").isBlank()) {
            errors.put("name", "请填写项目名称。");
        }
        PerformanceForm.TEXT_LIMITS.forEach(
                (key, max) -> {
                    if (form.get(key).length() > max) {
                        errors.put(key, "最多 " + max + " 字（现有 " + form.get(key).length() + " 字）。");
                    }
                });
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String key : PerformanceForm.AMOUNTS.keySet()) {
            String text = PerformanceForm.plainAmount(form.get(key));
            if (text.isEmpty()) {
                continue;
            }
            String problem = TableForm.amountProblem(text);
            if (problem != null) {
                errors.put(key, problem);
            } else {
                amounts.put(key, form.unit().toYuan(new BigDecimal(text)));
            }
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String key : PerformanceForm.SCORES.keySet()) {
            BigDecimal max = key.equals("executionRate") ? new BigDecimal("99999.99") : MAX_POINTS;
            number(form.get(key), max, key.equals("executionRate") ? "执行率" : "分值", errors, key)
                    .ifPresent(v -> scores.put(key, v));
        }
        List<PerformanceIndicator> rows = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            rows.add(indicator(i, form.indicators().get(i), errors));
        }
        if (!errors.isEmpty()) {
            return new PerformanceValidation(errors, null, List.of());
        }
        PerformanceProject project =
                new PerformanceProject(
                        null,
                        null,
                        0,
                        form.kind(),
                        form.get("name"),
                        blankToNull(form.get("department")),
                        blankToNull(form.get("implementer")),
                        amounts.get("initialBudget"),
                        amounts.get("annualBudget"),
                        amounts.get("executed"),
                        amounts.get("annualBudgetFiscal"),
                        amounts.get("executedFiscal"),
                        amounts.get("annualBudgetCarryover"),
                        amounts.get("executedCarryover"),
                        amounts.get("annualBudgetOther"),
                        amounts.get("executedOther"),
                        scores.get("executionRate"),
                        scores.get("executionWeight"),
                        scores.get("executionScore"),
                        scores.get("totalWeight"),
                        scores.get("totalScore"),
                        blankToNull(form.get("goalPlanned")),
                        blankToNull(form.get("goalActual")),
                        blankToNull(form.get("summary")),
                        false);
        return new PerformanceValidation(errors, project, rows);
    }

    private static PerformanceIndicator indicator(
            int i, PerformanceForm.IndicatorInput row, Map<String, String> errors) {
        String prefix = "ind_" + i + "_";
        if (row.get("name").isBlank()) {
            errors.put(prefix + "name", "请填写三级指标名称（或删除本行）。");
        }
        for (Map.Entry<String, Integer> limit : INDICATOR_LIMITS.entrySet()) {
            if (row.get(limit.getKey()).length() > limit.getValue()) {
                errors.put(prefix + limit.getKey(), "最多 " + limit.getValue() + " 字。");
            }
        }
        BigDecimal weight =
                number(row.get("weight"), MAX_POINTS, "分值", errors, prefix + "weight").orElse(null);
        BigDecimal score =
                number(row.get("score"), MAX_POINTS, "得分", errors, prefix + "score").orElse(null);
        return new PerformanceIndicator(
                null,
                null,
                i,
                blankToNull(row.get("level1")),
                blankToNull(row.get("level2")),
                row.get("name"),
                blankToNull(row.get("nature")),
                blankToNull(row.get("direction")),
                blankToNull(row.get("target")),
                blankToNull(row.get("actual")),
                blankToNull(row.get("measure")),
                weight,
                score,
                blankToNull(row.get("reason")));
    }

    private static Optional<BigDecimal> number(
            String raw, BigDecimal max, String what, Map<String, String> errors, String field) {
        String text = raw.replace("%", "").replace("％", "").strip();
        if (text.isEmpty() || text.equals("——") || text.equals("-")) {
            return Optional.empty();
        }
        if (text.startsWith("-")) {
            errors.put(field, what + "不能为负数。");
            return Optional.empty();
        }
        if (!NUMBER.matcher(text).matches()) {
            errors.put(
                    field,
                    "“" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "”不是数字。");
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > 2) {
            errors.put(field, what + "最多保留两位小数。");
            return Optional.empty();
        }
        if (value.compareTo(max) > 0) {
            errors.put(field, what + "不能超过 " + max.stripTrailingZeros().toPlainString() + "。");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
