package gongkai.validation;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureDocument;
import java.util.List;
import java.util.Objects;

/**
 * The consistency checks (勾稽关系, DOMAIN.md) on a whole disclosure. Plain class, no state between
 * runs; never throws on odd data: a rule whose tables, rows or columns are missing is skipped
 * (completeness is a rule of its own). Amounts compare within 0.01 of the table's own unit (100.00
 * 元 for a table in 万元, 0.01 元 for one in 元); narrative figures within 0.5万元 against a table in 元,
 * else 0.01 of the coarser unit. Messages are in Chinese and state both amounts and the difference.
 *
 * <p>Rule ids (stable; ERROR blocks submission, WARNING needs a written explanation):
 *
 * <ul>
 *   <li>{@code T01-INCOME-TOTAL} ERROR — 公开01 本年收入合计 = Σ income lines 1–8.
 *   <li>{@code T01-EXPENSE-TOTAL} ERROR — 公开01 本年支出合计 = Σ expense 类 lines.
 *   <li>{@code T01-INCOME-GRAND} ERROR — 公开01 总计(收) = 本年收入合计 + 使用非财政拨款结余和专用结余 + 年初结转和结余.
 *   <li>{@code T01-EXPENSE-GRAND} ERROR — 公开01 总计(支) = 本年支出合计 + 结余分配 + 年末结转和结余.
 *   <li>{@code T01-BALANCE} ERROR — 公开01 总计(收) = 总计(支).
 *   <li>{@code T04-INCOME-TOTAL} ERROR — 公开04 本年收入合计 = Σ fiscal income lines.
 *   <li>{@code T04-EXPENSE-TOTAL} ERROR — 公开04 本年支出合计 = Σ 类, per column (合计, 一般公共预算, 政府性基金,
 *       国有资本经营).
 *   <li>{@code T04-ROW-FUNDS} ERROR — 公开04 per expense row: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营.
 *   <li>{@code T04-BALANCE} ERROR — 公开04 总计(收) = 总计(支).
 *   <li>{@code T02-T01-TOTAL} ERROR — 公开02 合计 = 公开01 本年收入合计 (final accounts; budgets: see
 *       BUDGET-INCOME-TOTAL).
 *   <li>{@code T02-T01-LINES} ERROR — each 公开02 income column total = the matching 公开01 line(s)
 *       (财政拨款收入 = lines 1–3).
 *   <li>{@code T02-ROW-SOURCES} ERROR — 公开02 per row: 本年收入合计 = Σ the six income sources.
 *   <li>{@code BUDGET-INCOME-TOTAL} ERROR — budgets: 部门收入总表 合计 = 部门收支总表 本年收入合计 (+ 上年结转 where the
 *       部门收入总表 prints it).
 *   <li>{@code BUDGET-INCOME-LINES} ERROR — budgets: each 部门收入总表 column of the 合计 row (上年结转, the
 *       three kinds of 拨款 or 财政拨款收入, 财政专户管理资金, 单位资金, 事业收入 …) = its 部门收支总表 line.
 *   <li>{@code BUDGET-EXPENSE-CLASSES} ERROR — budgets: each 类 of the 部门收支总表's expense side = the
 *       sum of the 部门支出总表's rows of that 类.
 *   <li>{@code BUDGET-EXPENSE-GENERAL} ERROR — budgets, per code of the 一般公共预算支出表 (合计, 基本, 项目): at
 *       most the 部门支出总表's, and equal to it when all income is 一般公共预算拨款.
 *   <li>{@code T03-T01-TOTAL} ERROR — 公开03 合计 = 公开01 本年支出合计.
 *   <li>{@code T03-ROW-KINDS} ERROR — 公开03 per row: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助.
 *   <li>{@code T05-ROW-KINDS} ERROR — 公开05 per row: 小计 = 基本支出 + 项目支出.
 *   <li>{@code T05-T04-GENERAL} ERROR — 公开05 合计 = 公开04 一般公共预算财政拨款 本年支出合计.
 *   <li>{@code T05-T06-BASIC} ERROR — 公开05 基本支出合计 = 公开06 人员经费合计 + 公用经费合计.
 *   <li>{@code T06-GROUP-TOTALS} ERROR — 公开06 人员经费合计 = Σ 301, 303; 公用经费合计 = Σ the other 类.
 *   <li>{@code CODE-LEVEL-SUM} ERROR — in 02, 03, 05, 06, 07, 08 and 项目明细, per column: 类 = Σ its 款,
 *       款 = Σ its 项 (where listed).
 *   <li>{@code CODE-TOTAL-SUM} ERROR — in those tables (06 aside), 合计 = Σ the top-level rows
 *       listed.
 *   <li>{@code CODE-NAME} WARNING — a 7-digit functional code's printed name differs from the code
 *       list.
 *   <li>{@code CODE-UNKNOWN} WARNING — a 7-digit functional code is in no list and under no known
 *       parent; INFO when its 款 or 类 is known (a valid code the lists lack).
 *   <li>{@code T09-SUM} ERROR — 公开09 合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费 (预算数 and 决算数).
 *   <li>{@code T09-VEHICLE} ERROR — 公开09 公务用车 小计 = 购置费 + 运行维护费 (both halves).
 *   <li>{@code T09-ZERO} ERROR — 公开09 合计 = 0 but a part is not 0.
 *   <li>{@code T10-OPERATING-COSTS} WARNING — 公开10 机关运行经费 = 公开06 公用经费合计 (行政单位 only; skipped for
 *       units whose kind says 事业).
 *   <li>{@code NARRATIVE-TOTAL} WARNING — 情况说明 收入合计 / 支出合计 / 收支总计 = 公开01.
 *   <li>{@code NARRATIVE-FISCAL} WARNING — 情况说明 财政拨款收入 (公开02), 一般公共预算财政拨款收入 (公开01), 财政拨款收支总计
 *       (公开04), 一般公共预算财政拨款支出 (公开05).
 *   <li>{@code NARRATIVE-BASIC-PROJECT} WARNING — 情况说明 基本/项目支出 (公开03; 财政拨款: 公开05), 人员经费 / 公用经费
 *       (公开06).
 *   <li>{@code NARRATIVE-LINE-ITEM} WARNING — each 项 the narrative states (情况说明 rows) has the 决算 of
 *       the 公开05 (else 03) row of that code.
 *   <li>{@code NARRATIVE-THREE-PUBLIC} WARNING — the 三公 figures (合计 and each part, 预算 and 决算) the
 *       narrative states = 公开09.
 *   <li>{@code NARRATIVE-CHANGE-REASON} WARNING — a stated non-zero change vs last year / 年初预算
 *       without a reason nearby (best effort).
 *   <li>{@code NARRATIVE-SHARE} WARNING — a share the 情况说明 states (占xx%) = the share computed from
 *       the tables (收入 by source: 公开01/02; 支出 by kind: 公开03; 财政拨款支出 of 本年支出合计 and by 类: 公开05;
 *       人员/公用经费 of 基本支出: 公开06/05; 三公 parts: 公开09), within rounding ({@link NarrativeShares}).
 *   <li>{@code NARRATIVE-CHANGE} WARNING — a stated change vs last year / 年初预算 (增加 Δ, 增长 p%) agrees
 *       with the stated figures, and its two words point the same way ({@link NarrativeChanges}).
 *   <li>{@code NARRATIVE-BUDGET} WARNING — 完成预算的 p% = 决算 ÷ 预算 as stated, and "决算数大于/小于/等于预算数" says
 *       what the two figures say.
 *   <li>{@code YEAR-TITLE} ERROR — a table title names another year than the fiscal year.
 *   <li>{@code YEAR-NARRATIVE} WARNING — a section title or a statement of the accounts in the
 *       narrative names another year ({@link IdentityRules} says why the two weigh differently).
 *   <li>{@code UNIT-NAME} WARNING — a sentence or title names another unit before the year.
 *   <li>{@code COMPLETE-TABLES} WARNING — a mandatory table is missing (公开01–09; 公开10 too when the
 *       report names 相关信息统计表; 07/08 may be explained in their section) or empty without a note such
 *       as 本表无数据; one finding when none is published.
 *   <li>{@code NARRATIVE-UNCHECKED} INFO — no table is published with the text, so the narrative's
 *       figures could only be checked against each other.
 *   <li>{@code PROJECTS-SUM} WARNING — Σ 全年执行数 of the project self-evaluations = 项目支出 of 公开05 (else
 *       03).
 *   <li>{@code CHECK-FAILED} WARNING — a rule family failed on unexpected data (a bug to report);
 *       the others still ran.
 * </ul>
 */
public final class ConsistencyChecker {

    private final CodeList codes;
    private final List<RuleFamily> families =
            List.of(
                    new TotalSheetRules(),
                    new CrossTableRules(),
                    new BudgetRules(),
                    new CodeHierarchyRules(),
                    new ThreePublicRules(),
                    new OperatingCostRules(),
                    new NarrativeRules(),
                    new NarrativeShares(),
                    new NarrativeChanges(),
                    new IdentityRules(),
                    new CompletenessRules());

    public ConsistencyChecker(CodeList codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** The findings of a parsed document before it is stored (an import and its preview). */
    public List<Finding> check(DisclosureContent parsed) {
        return check(ContentDocument.of(parsed));
    }

    /** All findings for the document, grouped by rule family in the order above. */
    public List<Finding> check(DisclosureDocument d) {
        Checks c = new Checks(d, codes);
        for (RuleFamily family : families) {
            try {
                family.check(c);
            } catch (RuntimeException e) {
                // a rule must never break the editor's save: report the rule as not run instead
                c.add(
                        "CHECK-FAILED",
                        Severity.WARNING,
                        Location.table(null),
                        "一致性检查规则未能完成（" + family.getClass().getSimpleName() + "）：" + e.getMessage());
            }
        }
        return List.copyOf(c.findings());
    }
}
