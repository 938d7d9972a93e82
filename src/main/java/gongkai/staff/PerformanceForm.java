package gongkai.staff;

import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A 项目支出绩效自评 (or 部门整体支出绩效自评) form as the editor typed it: every field kept as text so
 * a form with mistakes comes back exactly as submitted. {@link #validate} gives field-level messages
 * and, only when there are none, the project and indicators to store (amounts in 元). {@link #checks}
 * gives the consistency notes (执行率 = 执行数 / 预算数, 得分 ≤ 分值 …) shown next to the fields.
 */
record PerformanceForm(MoneyUnit unit, Map<String, String> fields, List<IndicatorInput> indicators) {

    /** The project's amount fields (in the chosen money unit), in form order, with their labels. */
    static final Map<String, String> AMOUNTS = linked(
            "initialBudget", "年初预算数", "annualBudget", "全年预算数", "executed", "全年执行数",
            "annualBudgetFiscal", "全年预算数：财政拨款", "executedFiscal", "全年执行数：财政拨款",
            "annualBudgetCarryover", "全年预算数：上年结转", "executedCarryover", "全年执行数：上年结转",
            "annualBudgetOther", "全年预算数：其他资金", "executedOther", "全年执行数：其他资金");
    /** Percentages and points. */
    static final Map<String, String> SCORES = linked(
            "executionRate", "执行率（%）", "executionWeight", "执行率分值", "executionScore", "执行率得分",
            "totalWeight", "总分值", "totalScore", "自评总得分");
    /** Free text with its maximum length. */
    static final Map<String, Integer> TEXT_LIMITS = Map.of("name", 300, "department", 200, "implementer", 200,
            "goalPlanned", 20_000, "goalActual", 20_000, "summary", 50_000);
    static final String[] INDICATOR_FIELDS = {"level1", "level2", "name", "nature", "direction", "target", "actual",
            "measure", "weight", "score", "reason"};
    private static final Map<String, Integer> INDICATOR_LIMITS = Map.of("level1", 64, "level2", 64, "name", 300,
            "nature", 16, "direction", 16, "target", 200, "actual", 200, "measure", 32, "reason", 10_000);
    static final int MAX_INDICATORS = 200;
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One typed indicator row; {@code values} maps {@link #INDICATOR_FIELDS} to text. */
    record IndicatorInput(Map<String, String> values) {
        String get(String key) {
            return values.getOrDefault(key, "");
        }

        boolean blank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }

    /** Messages by field name ("name", "executed", "ind_3_score" …) and what to store when there are none. */
    record Validation(Map<String, String> errors, @Nullable PerformanceProject project, List<PerformanceIndicator> indicators) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    String get(String key) {
        return fields.getOrDefault(key, "");
    }

    PerformanceProject.Kind kind() {
        return "OVERALL".equals(get("kind")) ? PerformanceProject.Kind.OVERALL : PerformanceProject.Kind.PROJECT;
    }

    /** Reads the submitted form; blank indicator rows and rows marked for deletion are dropped. */
    static PerformanceForm parse(Map<String, String> form) {
        MoneyUnit unit = "YUAN".equals(form.get("unit")) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "OVERALL".equals(form.get("kind")) ? "OVERALL" : "PROJECT");
        for (String key : TEXT_LIMITS.keySet()) {
            fields.put(key, text(form.get(key), key.startsWith("goal") || key.equals("summary")));
        }
        for (String key : AMOUNTS.keySet()) {
            fields.put(key, text(form.get(key), false));
        }
        for (String key : SCORES.keySet()) {
            fields.put(key, text(form.get(key), false));
        }
        int count;
        try {
            count = Math.min(MAX_INDICATORS, Math.max(0, Integer.parseInt(form.getOrDefault("indicators", "0").strip())));
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

    /** The same form with one more, empty indicator row at the end (the "添加一行指标" button). */
    PerformanceForm withBlankIndicator() {
        List<IndicatorInput> rows = new ArrayList<>(indicators);
        if (rows.size() < MAX_INDICATORS) {
            rows.add(blankIndicator());
        }
        return new PerformanceForm(unit, fields, rows);
    }

    /** 万元 unless a stored amount needs more than 2 decimals there; then 元, so nothing is rounded. */
    static MoneyUnit defaultUnit(DisclosureService.StoredProject stored) {
        PerformanceProject p = stored.project();
        return java.util.stream.Stream.of(p.initialBudget(), p.annualBudget(), p.executed(), p.annualBudgetFiscal(),
                        p.executedFiscal(), p.annualBudgetCarryover(), p.executedCarryover(), p.annualBudgetOther(), p.executedOther())
                .filter(java.util.Objects::nonNull)
                .allMatch(a -> a.movePointLeft(4).stripTrailingZeros().scale() <= 2) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }

    static IndicatorInput blankIndicator() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : INDICATOR_FIELDS) {
            values.put(f, "");
        }
        return new IndicatorInput(values);
    }

    /** The form of a stored project, amounts shown in {@code unit}. */
    static PerformanceForm of(DisclosureService.StoredProject stored, MoneyUnit unit) {
        PerformanceProject p = stored.project();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", p.kind().name());
        f.put("name", nz(p.name()));
        f.put("department", nz(p.department()));
        f.put("implementer", nz(p.implementer()));
        f.put("goalPlanned", nz(p.goalPlanned()));
        f.put("goalActual", nz(p.goalActual()));
        f.put("summary", nz(p.summary()));
        BigDecimal[] amounts = {p.initialBudget(), p.annualBudget(), p.executed(), p.annualBudgetFiscal(), p.executedFiscal(),
                p.annualBudgetCarryover(), p.executedCarryover(), p.annualBudgetOther(), p.executedOther()};
        int a = 0;
        for (String key : AMOUNTS.keySet()) {
            f.put(key, amountText(amounts[a++], unit));
        }
        BigDecimal[] scores = {p.executionRate(), p.executionWeight(), p.executionScore(), p.totalWeight(), p.totalScore()};
        int s = 0;
        for (String key : SCORES.keySet()) {
            f.put(key, plain(scores[s++]));
        }
        List<IndicatorInput> rows = new ArrayList<>();
        for (PerformanceIndicator i : stored.indicators()) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("level1", nz(i.level1()));
            v.put("level2", nz(i.level2()));
            v.put("name", nz(i.name()));
            v.put("nature", nz(i.nature()));
            v.put("direction", nz(i.direction()));
            v.put("target", nz(i.targetValue()));
            v.put("actual", nz(i.actualValue()));
            v.put("measure", nz(i.measureUnit()));
            v.put("weight", plain(i.weight()));
            v.put("score", plain(i.score()));
            v.put("reason", nz(i.deviationReason()));
            rows.add(new IndicatorInput(v));
        }
        return new PerformanceForm(unit, f, rows);
    }

    /** A new, empty project: the usual 100-point split (执行率 10) filled in as a starting point. */
    static PerformanceForm blank() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "PROJECT");
        TEXT_LIMITS.keySet().forEach(k -> f.put(k, ""));
        AMOUNTS.keySet().forEach(k -> f.put(k, ""));
        SCORES.keySet().forEach(k -> f.put(k, ""));
        f.put("executionWeight", "10");
        f.put("totalWeight", "100");
        return new PerformanceForm(MoneyUnit.WAN_YUAN, f, new ArrayList<>(List.of(blankIndicator())));
    }

    Validation validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (get("name").isBlank()) {
            errors.put("name", "请填写项目名称。");
        }
        TEXT_LIMITS.forEach((key, max) -> {
            if (get(key).length() > max) {
                errors.put(key, "最多 " + max + " 字（现有 " + get(key).length() + " 字）。");
            }
        });
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String key : AMOUNTS.keySet()) {
            String text = get(key).replace(",", "").replace("，", "");
            if (text.isEmpty()) {
                continue;
            }
            String problem = TableForm.amountProblem(text);
            if (problem != null) {
                errors.put(key, problem);
            } else {
                amounts.put(key, unit.toYuan(new BigDecimal(text)));
            }
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String key : SCORES.keySet()) {
            BigDecimal max = key.equals("executionRate") ? new BigDecimal("99999.99") : new BigDecimal("1000");
            number(get(key), max, key.equals("executionRate") ? "执行率" : "分值", errors, key).ifPresent(v -> scores.put(key, v));
        }
        List<PerformanceIndicator> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput row = indicators.get(i);
            String prefix = "ind_" + i + "_";
            if (row.get("name").isBlank()) {
                errors.put(prefix + "name", "请填写三级指标名称（或删除本行）。");
            }
            for (Map.Entry<String, Integer> limit : INDICATOR_LIMITS.entrySet()) {
                if (row.get(limit.getKey()).length() > limit.getValue()) {
                    errors.put(prefix + limit.getKey(), "最多 " + limit.getValue() + " 字。");
                }
            }
            BigDecimal weight = number(row.get("weight"), new BigDecimal("1000"), "分值", errors, prefix + "weight").orElse(null);
            BigDecimal score = number(row.get("score"), new BigDecimal("1000"), "得分", errors, prefix + "score").orElse(null);
            rows.add(new PerformanceIndicator(null, null, i, blankToNull(row.get("level1")), blankToNull(row.get("level2")),
                    row.get("name"), blankToNull(row.get("nature")), blankToNull(row.get("direction")),
                    blankToNull(row.get("target")), blankToNull(row.get("actual")), blankToNull(row.get("measure")),
                    weight, score, blankToNull(row.get("reason"))));
        }
        if (!errors.isEmpty()) {
            return new Validation(errors, null, List.of());
        }
        PerformanceProject project = new PerformanceProject(null, null, 0, kind(), get("name"),
                blankToNull(get("department")), blankToNull(get("implementer")),
                amounts.get("initialBudget"), amounts.get("annualBudget"), amounts.get("executed"),
                amounts.get("annualBudgetFiscal"), amounts.get("executedFiscal"),
                amounts.get("annualBudgetCarryover"), amounts.get("executedCarryover"),
                amounts.get("annualBudgetOther"), amounts.get("executedOther"),
                scores.get("executionRate"), scores.get("executionWeight"), scores.get("executionScore"),
                scores.get("totalWeight"), scores.get("totalScore"),
                blankToNull(get("goalPlanned")), blankToNull(get("goalActual")), blankToNull(get("summary")), false);
        return new Validation(errors, project, rows);
    }

    /**
     * Consistency notes by field for a stored (or valid) project: 执行率 = 全年执行数 / 全年预算数,
     * each 得分 ≤ its 分值, the parts (财政拨款 + 上年结转 + 其他) add up to the totals, and the
     * total score is 执行率得分 + Σ indicator scores. Notes, not errors: the editor decides.
     */
    static Map<String, String> checks(PerformanceProject p, List<PerformanceIndicator> indicators) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (p.executionRate() != null && p.executed() != null && p.annualBudget() != null && p.annualBudget().signum() > 0) {
            BigDecimal computed = p.executed().multiply(HUNDRED).divide(p.annualBudget(), 2, RoundingMode.HALF_UP);
            boolean asInteger = computed.setScale(0, RoundingMode.HALF_UP).compareTo(p.executionRate()) == 0;
            if (!asInteger && computed.subtract(p.executionRate()).abs().compareTo(new BigDecimal("0.01")) > 0) {
                notes.put("executionRate", "执行率应为 全年执行数 ÷ 全年预算数 = " + computed.toPlainString() + "%，填写的是 "
                        + p.executionRate().stripTrailingZeros().toPlainString() + "%。");
            }
        }
        over(notes, "executionScore", p.executionScore(), p.executionWeight(), "执行率得分");
        over(notes, "totalScore", p.totalScore(), p.totalWeight(), "自评总得分");
        parts(notes, "annualBudget", p.annualBudget(), p.annualBudgetFiscal(), p.annualBudgetCarryover(), p.annualBudgetOther(), "全年预算数");
        parts(notes, "executed", p.executed(), p.executedFiscal(), p.executedCarryover(), p.executedOther(), "全年执行数");
        for (int i = 0; i < indicators.size(); i++) {
            over(notes, "ind_" + i + "_score", indicators.get(i).score(), indicators.get(i).weight(), "得分");
        }
        boolean allScored = !indicators.isEmpty() && indicators.stream().allMatch(i -> i.score() != null);
        if (p.totalScore() != null && p.executionScore() != null && allScored && !notes.containsKey("totalScore")) {
            BigDecimal sum = indicators.stream().map(PerformanceIndicator::score).reduce(p.executionScore(), BigDecimal::add);
            if (sum.subtract(p.totalScore()).abs().compareTo(new BigDecimal("0.01")) > 0) {
                notes.put("totalScore", "执行率得分与各指标得分之和为 " + sum.stripTrailingZeros().toPlainString()
                        + "，自评总得分填写的是 " + p.totalScore().stripTrailingZeros().toPlainString() + "。");
            }
        }
        return notes;
    }

    private static void over(Map<String, String> notes, String field, @Nullable BigDecimal score, @Nullable BigDecimal weight, String label) {
        if (score != null && weight != null && score.compareTo(weight) > 0) {
            notes.put(field, label + " " + score.stripTrailingZeros().toPlainString() + " 超过分值 "
                    + weight.stripTrailingZeros().toPlainString() + "。");
        }
    }

    private static void parts(Map<String, String> notes, String field, @Nullable BigDecimal total, @Nullable BigDecimal fiscal,
                              @Nullable BigDecimal carryover, @Nullable BigDecimal other, String label) {
        if (total == null || fiscal == null && carryover == null && other == null) {
            return;
        }
        BigDecimal sum = nz(fiscal).add(nz(carryover)).add(nz(other));
        // Documents in 万元 round each part on its own: allow 0.01 万元 per part.
        if (sum.subtract(total).abs().compareTo(new BigDecimal("300")) > 0) {
            notes.put(field, label + "应等于财政拨款、上年结转与其他资金之和 " + wan(sum) + " 万元，填写的是 " + wan(total) + " 万元。");
        }
    }

    private static java.util.Optional<BigDecimal> number(String raw, BigDecimal max, String what, Map<String, String> errors, String field) {
        String text = raw.replace("%", "").replace("％", "").strip();
        if (text.isEmpty() || text.equals("——") || text.equals("-")) {
            return java.util.Optional.empty();
        }
        if (text.startsWith("-")) {
            errors.put(field, what + "不能为负数。");
            return java.util.Optional.empty();
        }
        if (!NUMBER.matcher(text).matches()) {
            errors.put(field, "“" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "”不是数字。");
            return java.util.Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > 2) {
            errors.put(field, what + "最多保留两位小数。");
            return java.util.Optional.empty();
        }
        if (value.compareTo(max) > 0) {
            errors.put(field, what + "不能超过 " + max.stripTrailingZeros().toPlainString() + "。");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(value);
    }

    private static String text(@Nullable String value, boolean multiline) {
        if (value == null) {
            return "";
        }
        return multiline ? value.replace("\r\n", "\n").strip() : value.strip();
    }

    private static String amountText(@Nullable BigDecimal yuan, MoneyUnit unit) {
        if (yuan == null) {
            return "";
        }
        BigDecimal value = unit == MoneyUnit.YUAN ? yuan : yuan.movePointLeft(4);
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String plain(@Nullable BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal nz(@Nullable BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
