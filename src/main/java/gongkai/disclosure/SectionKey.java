package gongkai.disclosure;

/**
 * Standard outline keys of a disclosure (DOMAIN.md "Structure of one disclosure"). A section whose
 * title maps to one of these gets its key; other sections keep only their own title.
 */
public enum SectionKey {
    FUNCTIONS("主要职能职责"),
    ORGANISATION("机构设置及决算单位构成"),
    WORK_DONE("年度主要工作完成情况"),
    TABLES_NOTE("决算表"),
    OVERALL("收入支出决算总体情况"),
    INCOME("收入决算"),
    EXPENDITURE("支出决算"),
    FISCAL_OVERALL("财政拨款收入支出决算总体情况"),
    GENERAL_BUDGET("一般公共预算财政拨款支出决算"),
    BASIC_EXPENDITURE("基本支出"),
    PROJECT_EXPENDITURE("项目支出"),
    THREE_PUBLIC("“三公”经费"),
    GOV_FUND("政府性基金"),
    STATE_CAPITAL("国有资本经营"),
    OPERATING_COSTS("机关（机构）运行经费"),
    GENERAL_SPENDING("一般性支出"),
    PROCUREMENT("政府采购"),
    ASSETS("国有资产占用"),
    PERFORMANCE("预算绩效"),
    GLOSSARY("名词解释"),
    CONTACT("联系方式"),
    ATTACHMENTS("附件"),
    OTHER("其他");

    private final String label;

    SectionKey(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
