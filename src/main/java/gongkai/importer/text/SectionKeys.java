package gongkai.importer.text;

import gongkai.disclosure.SectionKey;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps a heading's own title to a standard {@link SectionKey}. Units word their headings freely
 * ("一、主要职能、职责", "一、 部门职责", "九、关于机关运行经费支出说明"), so we match on the distinguishing words, most
 * specific first.
 */
public final class SectionKeys {

    private record Rule(Pattern pattern, SectionKey key) {}

    private static final List<Rule> RULES =
            List.of(
                    rule("名词解释|名词说明|术语解释", SectionKey.GLOSSARY),
                    rule("联系方式|联系电话|信息反馈|联系人", SectionKey.CONTACT),
                    rule("^附件|^附\\s*件|^附表$", SectionKey.ATTACHMENTS),
                    rule("决算表$|决算报表$|公开表$|预算表$", SectionKey.TABLES_NOTE),
                    rule("职能|职责", SectionKey.FUNCTIONS),
                    rule("机构设置|单位构成|机构情况", SectionKey.ORGANISATION),
                    rule("绩效", SectionKey.PERFORMANCE),
                    rule("工作完成|主要工作|重点工作|工作情况", SectionKey.WORK_DONE),
                    rule("三公", SectionKey.THREE_PUBLIC),
                    rule("运行经费", SectionKey.OPERATING_COSTS),
                    rule("一般性支出", SectionKey.GENERAL_SPENDING),
                    rule("政府采购", SectionKey.PROCUREMENT),
                    rule("国有资产|资产占用", SectionKey.ASSETS),
                    rule("政府性基金", SectionKey.GOV_FUND),
                    rule("国有资本经营", SectionKey.STATE_CAPITAL),
                    rule("基本支出", SectionKey.BASIC_EXPENDITURE),
                    rule("项目支出", SectionKey.PROJECT_EXPENDITURE),
                    rule("一般公共预算财政拨款支出|一般公共预算支出|一般公共预算当年拨款", SectionKey.GENERAL_BUDGET),
                    rule("财政拨款收入支出|财政拨款收支", SectionKey.FISCAL_OVERALL),
                    rule("收入支出决算总|收支决算总|收入支出总体|收支总体|收支预算总", SectionKey.OVERALL),
                    rule("收入决算|收入情况|收入预算", SectionKey.INCOME),
                    rule("支出决算|支出情况|支出预算", SectionKey.EXPENDITURE),
                    rule("^其他|其他重要事项|其他需要说明", SectionKey.OTHER));

    /** Part titles that only group sections ("单位概况", "部门决算情况说明"): no key, not worth a warning. */
    private static final Pattern STRUCTURAL_PART =
            Pattern.compile("概况|情况说明$|决算说明$|基本情况$|公开内容$|决算$|预算编制说明$|预算$");

    private SectionKeys() {}

    private static Rule rule(String regex, SectionKey key) {
        return new Rule(Pattern.compile(regex), key);
    }

    public static SectionKey keyOf(String title) {
        String t = Texts.compact(title);
        for (Rule r : RULES) {
            if (r.pattern().matcher(t).find()) {
                return r.key();
            }
        }
        return null;
    }

    public static boolean isStructuralPart(String title) {
        return STRUCTURAL_PART.matcher(Texts.compact(title)).find();
    }
}
