package gongkai.inspection;

/** The items of the inspectors' 公开情况检查表 that findings are filed under. */
final class ChecklistItems {

    static final String TIMELINESS = "及时性";
    static final String COVER = "封面";
    static final String CONTENTS = "目录";
    static final String FUNCTIONS = "主要职能";
    static final String ORGANISATION = "机构设置";
    static final String GLOSSARY = "名词解释";
    static final String EXPLANATION = "情况说明";
    static final String BUDGET_EXPLANATION = "编制说明";
    static final String OTHER_NOTES = "其他相关说明";
    static final String PROJECT_NOTES = "项目经费情况说明";
    static final String PAGES = "页面与文字显示";
    static final String PUNCTUATION = "文字与标点";
    static final String YEARS = "年份与期间表述";
    static final String CLASS_NAMES = "科目名称";
    static final String FIGURES = "数字与增减表述";
    static final String TABLE_PREFIX = "公开表格：";

    private ChecklistItems() {}
}
