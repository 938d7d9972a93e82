package gongkai.inspection;

import gongkai.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * M01 a mandatory part missing (封面, 目录, 主要职能, 机构设置, 名词解释, 情况说明/编制说明, and for a budget 项目经费情况说明),
 * M02 a mandatory table missing, by title (both the national and the city titles). The cover and
 * the contents are judged only where the uploaded document is at hand.
 */
final class CompletenessRules implements ProofRule {

    /** A part: its checklist item and what in a part's key or title or in the text shows it. */
    record Required(String item, String keys, Pattern title, boolean budgetOnly) {}

    static final List<Required> PARTS =
            List.of(
                    new Required(ChecklistItems.FUNCTIONS, "FUNCTIONS", p("职能|职责"), false),
                    new Required(
                            ChecklistItems.ORGANISATION,
                            "ORGANISATION",
                            p("机构设置|单位构成|机构情况"),
                            false),
                    new Required(ChecklistItems.GLOSSARY, "GLOSSARY", p("名词解释"), false),
                    new Required(
                            ChecklistItems.EXPLANATION,
                            "OVERALL,INCOME,EXPENDITURE,FISCAL_OVERALL,GENERAL_BUDGET",
                            p("情况说明|编制说明|收支.{0,4}总体情况|收入.{0,2}(决算|预算)|支出.{0,2}(决算|预算)"),
                            false),
                    new Required(
                            ChecklistItems.OTHER_NOTES,
                            "OPERATING_COSTS,PROCUREMENT,ASSETS,PERFORMANCE",
                            p("运行经费|政府采购|国有资产|绩效"),
                            false),
                    new Required(
                            ChecklistItems.PROJECT_NOTES,
                            "",
                            p("项目经费情况|项目支出情况|项目情况说明|项目概述|立项依据"),
                            true));

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    @Override
    public List<ProofFinding> check(ProofInput input, List<Paragraphs.Para> paragraphs) {
        List<ProofFinding> out = new ArrayList<>();
        SourceText source = input.source();
        if (source.present()) {
            cover(input, out);
            if (source.lines().stream().noneMatch(l -> Paragraphs.squeeze(l).matches("目录|目次"))) {
                out.add(missing(ChecklistItems.CONTENTS, "缺少目录：文档中没有“目录”页"));
            }
        }
        for (Required r : PARTS) {
            if (r.budgetOnly() && !input.budget()) {
                continue;
            }
            Predicate<ProofInput.Part> shows =
                    part ->
                            part.key() != null && r.keys().contains(part.key())
                                    || r.title().matcher(part.title()).find();
            boolean inText =
                    r.item().equals(ChecklistItems.PROJECT_NOTES)
                            || r.item().equals(ChecklistItems.OTHER_NOTES);
            if (input.parts().stream().noneMatch(shows)
                    && !(inText
                            && paragraphs.stream()
                                    .anyMatch(pp -> r.title().matcher(pp.text()).find()))) {
                String item =
                        r.item().equals(ChecklistItems.EXPLANATION) && input.budget()
                                ? ChecklistItems.BUDGET_EXPLANATION
                                : r.item();
                out.add(missing(item, "缺少“" + item + "”部分：文档中没有找到这一部分"));
            }
        }
        List<MandatoryTables.Table> tables = MandatoryTables.forKind(input.budget());
        List<MandatoryTables.Table> absent =
                tables.stream().filter(t -> !MandatoryTables.present(t, input)).toList();
        if (absent.size() == tables.size() && MandatoryTables.inAttachment(input)) {
            out.add(
                    new ProofFinding(
                            "M02",
                            Severity.INFO,
                            ChecklistItems.TABLE_PREFIX + "全部",
                            null,
                            null,
                            null,
                            "公开表格未随正文公开：正文写明表格“见附件”，请在附件中核对各张表格"));
            return out;
        }
        for (MandatoryTables.Table t : absent) {
            {
                out.add(
                        new ProofFinding(
                                "M02",
                                Severity.WARNING,
                                ChecklistItems.TABLE_PREFIX + t.name(),
                                null,
                                null,
                                null,
                                "缺少公开表格：没有找到“" + t.name() + "”（如本表无数据，应保留空表并注明）"));
            }
        }
        return out;
    }

    private static void cover(ProofInput input, List<ProofFinding> out) {
        List<String> head =
                input.source().lines().stream().limit(15).map(Paragraphs::squeeze).toList();
        String unit = input.unitName() == null ? "" : Paragraphs.squeeze(input.unitName());
        String year = String.valueOf(input.fiscalYear());
        boolean named = unit.isEmpty() || head.stream().anyMatch(l -> l.contains(unit));
        boolean dated = head.stream().anyMatch(l -> l.contains(year));
        boolean titled = named && dated;
        if (!titled) {
            out.add(
                    missing(
                            ChecklistItems.COVER,
                            "缺少封面：文档开头没有写明单位名称、年度和“"
                                    + (input.budget() ? "部门预算" : "部门决算")
                                    + "”的标题"));
        }
    }

    private static ProofFinding missing(String item, String message) {
        return new ProofFinding("M01", Severity.WARNING, item, null, null, null, message);
    }
}
