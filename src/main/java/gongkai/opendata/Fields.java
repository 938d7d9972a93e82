package gongkai.opendata;

import java.util.ArrayList;
import java.util.List;

/** The columns of each bulk file, in file order (see {@link DocumentRows} for their values). */
final class Fields {

    private Fields() {}

    /** Which disclosure a record belongs to: the first columns of every file. */
    static final List<Field> DISCLOSURE_KEY =
            List.of(
                    Field.of(
                            "disclosure_id",
                            "integer",
                            "决算公开编号（即 /api/disclosures/{id} 的 id）",
                            "Disclosure id (as in /api/disclosures/{id})"),
                    Field.typed(
                            "unit_id",
                            "integer",
                            "单位编号",
                            "Unit id",
                            "administrative-classification:generic:code"),
                    Field.typed(
                            "unit_name",
                            "string",
                            "单位名称",
                            "Unit name",
                            "administrative-classification:generic:label"),
                    Field.typed(
                            "region_code",
                            "string",
                            "行政区划代码（GB/T 2260，6 位）",
                            "Region code (GB/T 2260, 6 digits)",
                            "geo-source:code"),
                    Field.of(
                            "region_path",
                            "string",
                            "地区路径，省在前，以“ / ”分隔",
                            "Region path, province first, separated by \" / \""),
                    Field.of(
                            "region_level",
                            "string",
                            "地区级别：PROVINCE 省级、CITY 市级、COUNTY 县级",
                            "Region level: PROVINCE, CITY or COUNTY"),
                    Field.typed("fiscal_year", "year", "决算年度", "Fiscal year", "date:fiscal-year"),
                    Field.of(
                            "kind",
                            "string",
                            "公开类别：FINAL_ACCOUNTS 部门决算，BUDGET 部门预算",
                            "Kind of disclosure: FINAL_ACCOUNTS (departmental final accounts) or BUDGET"
                                    + " (departmental budget)"),
                    Field.of(
                            "revision",
                            "integer",
                            "版本号（更正后递增）",
                            "Revision number (increases with each correction)"),
                    Field.of(
                            "status",
                            "string",
                            "PUBLISHED 现行公开版本；SUPERSEDED 已被更正的旧版本（仅见于 all-revisions 文件）",
                            "PUBLISHED: current revision; SUPERSEDED: replaced by a correction (only in the all-revisions files)"));

    static final List<Field> LINE_ITEMS =
            with(
                    DISCLOSURE_KEY,
                    Field.of("table", "string", "表号，如 公开03", "Table label, e.g. 公开03"),
                    Field.of("table_key", "string", "表的稳定键，如 G03", "Stable table key, e.g. G03"),
                    Field.of("table_title", "string", "表名（按文件原文）", "Table title as printed"),
                    Field.typed(
                            "side",
                            "string",
                            "收支：INCOME 收入、EXPENSE 支出（仅双栏表 公开01、公开04）",
                            "Side of a two-sided table (公开01, 公开04): INCOME or EXPENSE",
                            "direction"),
                    Field.of(
                            "row_kind",
                            "string",
                            "行的类别：FUNCTIONAL 功能分类、ECONOMIC 经济分类、NAMED 命名行（合计等）",
                            "Row kind: FUNCTIONAL or ECONOMIC classification code, or NAMED row (totals etc.)"),
                    Field.of("line_no", "integer", "行次（原表有时）", "Line number as printed, if any"),
                    Field.typed(
                            "code",
                            "string",
                            "科目编码（功能分类 3/5/7 位、经济分类 3/5 位）；命名行为其规范名称，如 本年支出合计",
                            "Classification code (functional 3/5/7 digits, economic 3/5 digits); for named rows their canonical name",
                            "functional-classification:generic:code"),
                    Field.of(
                            "code_level",
                            "integer",
                            "科目级次：1 类、2 款、3 项",
                            "Code level: 1 class, 2 division, 3 item"),
                    Field.typed(
                            "name",
                            "string",
                            "科目或行名称（按文件原文）",
                            "Row name as printed",
                            "functional-classification:generic:label"),
                    Field.of(
                            "column_key",
                            "string",
                            "栏目的稳定键，如 basic",
                            "Stable column key, e.g. basic"),
                    Field.of("column", "string", "栏目名称，如 基本支出", "Column label, e.g. 基本支出"),
                    Field.yuan("amount", "金额（元，精确到分，不换算为万元）", "Amount in yuan, exact to the cent"));

    static final List<Field> DISCLOSURES =
            with(
                    DISCLOSURE_KEY,
                    Field.typed(
                            "published_at",
                            "datetime",
                            "公开时间（UTC）",
                            "Publication time (UTC)",
                            "date:generic"),
                    Field.of(
                            "source_money_unit",
                            "string",
                            "原文金额单位（YUAN 元 / WAN_YUAN 万元）",
                            "Money unit of the source document"),
                    Field.of("correction_note", "string", "更正说明", "Correction note"),
                    Field.yuan(
                            "income_total", "本年收入合计（公开01，缺表时取 公开02）", "Total income of the year"),
                    Field.yuan(
                            "expense_total",
                            "本年支出合计（公开01，缺表时取 公开03）",
                            "Total expenditure of the year"),
                    Field.yuan("basic_expense", "基本支出（公开03 合计）", "Basic expenditure (公开03 total)"),
                    Field.yuan(
                            "project_expense", "项目支出（公开03 合计）", "Project expenditure (公开03 total)"),
                    Field.yuan(
                            "three_public_total",
                            "“三公”经费决算数合计（公开09）",
                            "Three public expenses, actual total (公开09)"),
                    Field.of("tables", "integer", "表的个数", "Number of tables"),
                    Field.of(
                            "amounts",
                            "integer",
                            "金额个数（line-items 中该决算的行数）",
                            "Number of amounts (its rows in line-items)"),
                    Field.of(
                            "projects",
                            "integer",
                            "绩效自评个数",
                            "Number of performance self-evaluations"),
                    Field.of("sections", "integer", "文字说明的节数", "Number of narrative sections"),
                    Field.of("url", "string", "决算公开页面地址", "Address of the disclosure's page"));

    static final List<Field> PROJECT_KEY =
            List.of(
                    Field.of(
                            "project_no",
                            "integer",
                            "绩效项目在该报告中的序号，从 1 开始",
                            "Number of the performance project within its disclosure, from 1"));

    static final List<Field> PROJECTS =
            with(
                    with(DISCLOSURE_KEY, PROJECT_KEY.toArray(Field[]::new)),
                    Field.of(
                            "project_kind",
                            "string",
                            "PROJECT 项目支出，OVERALL 部门整体支出；决算中为绩效自评，预算中为绩效目标",
                            "PROJECT (a project) or OVERALL (whole department): a self-evaluation in"
                                    + " final accounts, a performance target in a budget"),
                    Field.typed(
                            "project_name",
                            "string",
                            "项目名称",
                            "Project name",
                            "project:generic:label"),
                    Field.of("department", "string", "主管部门", "Supervising department"),
                    Field.of("implementer", "string", "实施单位", "Implementing unit"),
                    Field.yuan("initial_budget", "年初预算数", "Initial budget"),
                    Field.yuan(
                            "annual_budget",
                            "全年预算数（预算的绩效目标：年度资金总额）",
                            "Annual (adjusted) budget; a budget's target: the year's funds"),
                    Field.yuan("executed", "全年执行数", "Executed in the year"),
                    Field.yuan(
                            "annual_budget_fiscal",
                            "全年预算数：财政拨款",
                            "Annual budget: fiscal appropriation"),
                    Field.yuan("executed_fiscal", "执行数：财政拨款", "Executed: fiscal appropriation"),
                    Field.yuan(
                            "annual_budget_carryover",
                            "全年预算数：上年结转资金",
                            "Annual budget: carried over"),
                    Field.yuan("executed_carryover", "执行数：上年结转资金", "Executed: carried over"),
                    Field.yuan("annual_budget_other", "全年预算数：其他资金", "Annual budget: other funds"),
                    Field.yuan("executed_other", "执行数：其他资金", "Executed: other funds"),
                    new Field(
                            "execution_rate",
                            "number",
                            "执行率（%，按原文）",
                            "Execution rate (percent, as printed)",
                            "%",
                            null),
                    Field.of("execution_weight", "number", "执行率分值", "Weight of the execution rate"),
                    Field.of("execution_score", "number", "执行率得分", "Score of the execution rate"),
                    Field.of("total_weight", "number", "总分值", "Total weight"),
                    Field.of("total_score", "number", "总得分（自评）", "Total self-assessed score"),
                    Field.of("goal_planned", "string", "年度总体目标（预期）", "Planned goals of the year"),
                    Field.of("goal_actual", "string", "年度总体目标实际完成情况", "Goals achieved"),
                    Field.of("summary", "string", "文字说明中的项目概述", "Summary from the narrative"),
                    Field.of(
                            "from_prose",
                            "boolean",
                            "true：项目只见于文字说明，没有自评表",
                            "true when the project appears only in prose, without a table"));

    static final List<Field> INDICATORS =
            with(
                    with(DISCLOSURE_KEY, PROJECT_KEY.toArray(Field[]::new)),
                    Field.of("project_name", "string", "项目名称", "Project name"),
                    Field.of(
                            "indicator_no",
                            "integer",
                            "指标在该项目中的序号，从 1 开始",
                            "Number of the indicator within its project, from 1"),
                    Field.of("level1", "string", "一级指标", "Level-1 indicator"),
                    Field.of("level2", "string", "二级指标", "Level-2 indicator"),
                    Field.of("indicator", "string", "三级指标", "Level-3 indicator (name)"),
                    Field.of("nature", "string", "指标性质", "Nature of the indicator"),
                    Field.of("direction", "string", "指标方向", "Direction"),
                    Field.of("target_value", "string", "年度指标值（按原文）", "Target value as printed"),
                    Field.of("actual_value", "string", "实际完成值（按原文）", "Actual value as printed"),
                    Field.of("measure_unit", "string", "计量单位", "Unit of measure"),
                    Field.of("weight", "number", "分值", "Weight"),
                    Field.of("score", "number", "得分", "Score"),
                    Field.of(
                            "deviation_reason",
                            "string",
                            "偏差原因分析及改进措施",
                            "Reason for deviation and remedies"));

    static final List<Field> SECTIONS =
            with(
                    DISCLOSURE_KEY,
                    Field.of(
                            "section_no",
                            "integer",
                            "节在该决算中的序号，从 1 开始",
                            "Number of the section within its disclosure, from 1"),
                    Field.of(
                            "key",
                            "string",
                            "标准大纲键（如 INCOME_EXPENSE_OVERVIEW），非标准节为空",
                            "Standard outline key, null for a non-standard section"),
                    Field.of("title", "string", "节标题（按原文）", "Section title as printed"),
                    Field.of("body", "string", "全文", "Full text"));

    private static List<Field> with(List<Field> head, Field... more) {
        List<Field> all = new ArrayList<>(head);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
