package gongkai.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The content of one disclosure before it is stored: what the importer parsed from a document, or
 * what staff entered (drafts, the table editor). All amounts are in 元 (converted from the source's
 * money unit), exact. {@link DisclosureService} is the one place that writes it to the tables.
 */
public record DisclosureContent(
        String unitName,
        Integer fiscalYear,
        People people,
        MoneyUnit sourceMoneyUnit,
        List<Section> sections,
        List<Table> tables,
        List<Project> projects,
        DisclosureKind kind) {

    public DisclosureContent {
        kind = kind == null ? DisclosureKind.FINAL_ACCOUNTS : kind;
    }

    /** Final accounts (部门决算), the portal's first kind: what callers that name no kind mean. */
    public DisclosureContent(
            String unitName,
            Integer fiscalYear,
            People people,
            MoneyUnit sourceMoneyUnit,
            List<Section> sections,
            List<Table> tables,
            List<Project> projects) {
        this(
                unitName,
                fiscalYear,
                people,
                sourceMoneyUnit,
                sections,
                tables,
                projects,
                DisclosureKind.FINAL_ACCOUNTS);
    }

    /** The same content as another kind of disclosure. */
    public DisclosureContent withKind(DisclosureKind newKind) {
        return new DisclosureContent(
                unitName, fiscalYear, people, sourceMoneyUnit, sections, tables, projects, newKind);
    }

    /** 单位负责人, 财务负责人, 编制人, 报送日期, 联系人, 联系电话: any may be null. */
    public record People(
            String headOfUnit,
            String headOfFinance,
            String preparer,
            LocalDate reportDate,
            String contactPerson,
            String contactPhone) {}

    /**
     * A narrative section. {@code key} is the standard outline key (see {@link SectionKey}) or null
     * when the section is not a standard one; {@code title} is the document's own title.
     */
    public record Section(String key, String title, String body, int line) {}

    /** A table as recognised; {@code note} keeps remarks such as 本表无数据. */
    public record Table(
            StandardTable kind,
            String title,
            MoneyUnit sourceMoneyUnit,
            String note,
            List<Row> rows,
            int line) {}

    /**
     * One row. {@code code} is a functional (3/5/7 digits) or economic (3/5 digits) classification
     * code, or, for named rows, a canonical name such as 本年收入合计 / 人员经费合计 / 一般公共预算财政拨款收入. {@code
     * side} says which half of a two-sided table (公开01, 公开04) the row belongs to, null for
     * one-sided tables. {@code amounts} maps the table's column keys ({@link
     * StandardTable#columns()}) to 元.
     */
    public record Row(
            LineItem.RowKind kind,
            LineItem.Side side,
            String code,
            String name,
            Integer lineNo,
            Map<String, BigDecimal> amounts,
            int line) {}

    /**
     * A performance self-evaluation: a 项目支出绩效自评表 ({@code overall == false}) or the 部门整体支出绩效自评表
     * ({@code overall == true}), or a project described only in prose. Amounts in 元; rates and
     * scores as printed (percent, points).
     */
    public record Project(
            boolean overall,
            String name,
            String department,
            String implementer,
            BigDecimal initialBudget,
            BigDecimal annualBudget,
            BigDecimal executed,
            BigDecimal annualBudgetFiscal,
            BigDecimal executedFiscal,
            BigDecimal annualBudgetCarryover,
            BigDecimal executedCarryover,
            BigDecimal annualBudgetOther,
            BigDecimal executedOther,
            BigDecimal executionRate,
            BigDecimal executionWeight,
            BigDecimal executionScore,
            BigDecimal totalWeight,
            BigDecimal totalScore,
            String goalPlanned,
            String goalActual,
            String summary,
            boolean fromProse,
            List<Indicator> indicators,
            int line) {}

    /** One indicator row: 一级/二级/三级指标, 指标性质, 方向, 年度指标值, 实际完成值, 计量单位, 分值, 得分, 偏差原因. */
    public record Indicator(
            String level1,
            String level2,
            String name,
            String nature,
            String direction,
            String targetValue,
            String actualValue,
            String measureUnit,
            BigDecimal weight,
            BigDecimal score,
            String deviationReason) {}
}
