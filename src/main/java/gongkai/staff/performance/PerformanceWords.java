package gongkai.staff.performance;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.PerformanceProject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the performance editor says and asks for one kind of disclosure. Final accounts carry
 * self-evaluations (绩效自评: execution, 执行率, scores, 实际完成情况); a budget carries targets (绩效目标表: the
 * year's funds 年度资金总额 with 财政拨款 and 其他资金, the 年度绩效目标, indicators with a 指标值 but no outcome), so its
 * form neither shows nor stores the rest.
 *
 * @param target a budget's targets rather than a self-evaluation
 * @param noun 绩效自评 / 绩效目标
 * @param document 决算 / 预算, in "返回决算"
 * @param amounts the amount fields asked, key → label, in form order
 * @param scores the percentage and point fields asked (none for targets)
 * @param goals the text areas asked, key → label
 * @param indicatorFields the indicator columns asked (keys of {@link
 *     PerformanceForm#INDICATOR_FIELDS})
 * @param indicatorLabels their column headings
 */
@Serdeable
record PerformanceWords(
        boolean target,
        String noun,
        String document,
        Map<String, String> amounts,
        Map<String, String> scores,
        Map<String, String> goals,
        List<String> indicatorFields,
        List<String> indicatorLabels) {

    static final PerformanceWords SELF_EVALUATION =
            new PerformanceWords(
                    false,
                    "绩效自评",
                    "决算",
                    PerformanceForm.AMOUNTS,
                    PerformanceForm.SCORES,
                    linked(
                            "goalPlanned",
                            "年度总体目标（预期目标）",
                            "goalActual",
                            "实际完成情况",
                            "summary",
                            "自评说明"),
                    List.of(PerformanceForm.INDICATOR_FIELDS),
                    List.of(
                            "一级指标",
                            "二级指标",
                            "三级指标",
                            "指标性质",
                            "方向",
                            "年度指标值",
                            "实际完成值",
                            "计量单位",
                            "分值",
                            "得分",
                            "偏差原因分析及改进措施"));

    /** A target table's fields: what the importer reads from a 项目支出/部门整体支出绩效目标表. */
    static final PerformanceWords TARGET =
            new PerformanceWords(
                    true,
                    "绩效目标",
                    "预算",
                    linked(
                            "annualBudget",
                            "年度资金总额",
                            "annualBudgetFiscal",
                            "其中：财政拨款",
                            "annualBudgetOther",
                            "其他资金"),
                    Map.of(),
                    linked("goalPlanned", "年度绩效目标", "summary", "年度主要任务（部门整体）及其他说明"),
                    List.of("level1", "level2", "name", "nature", "direction", "target", "measure"),
                    List.of("一级指标", "二级指标", "三级指标", "指标性质", "方向", "指标值", "度量单位"));

    /** The project's own fields every kind asks. */
    private static final Set<String> ALWAYS = Set.of("kind", "name", "department", "implementer");

    static PerformanceWords of(@Nullable DisclosureKind kind) {
        return kind == DisclosureKind.BUDGET ? TARGET : SELF_EVALUATION;
    }

    static PerformanceWords of(DisclosureDocument d) {
        return of(d.kind());
    }

    /** 项目支出绩效自评, 部门整体支出绩效目标 … */
    public String kindLabel(PerformanceProject.Kind kind) {
        return (kind == PerformanceProject.Kind.OVERALL ? "部门整体支出" : "项目支出") + noun;
    }

    public String projectLabel() {
        return kindLabel(PerformanceProject.Kind.PROJECT);
    }

    public String overallLabel() {
        return kindLabel(PerformanceProject.Kind.OVERALL);
    }

    /** 项目支出绩效自评与部门整体支出绩效自评 */
    public String both() {
        return projectLabel() + "与" + overallLabel();
    }

    /** Whether the form asks for a project field (amount, score or text). */
    boolean asks(String key) {
        return ALWAYS.contains(key)
                || amounts.containsKey(key)
                || scores.containsKey(key)
                || goals.containsKey(key);
    }

    String notFound() {
        return "该" + noun + "项目不存在。";
    }

    static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
