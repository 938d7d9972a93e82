package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.StandardTable;
import gongkai.importer.read.DocumentText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic variants of the seed 004 (醴陵市司法局 2023, tables in 元) that reproduce layouts other
 * reports of the same family print: the seed's own text and figures, laid out differently.
 */
public final class SeedLayouts {

    static final String UNIT = "醴陵市司法局";

    /** Words that stand only in the overall self-evaluation's text cells of {@link #overall}. */
    public static final String WORK_ONLY_WORD = "雪绒花调解驿站";

    public static final String GOAL_ONLY_WORD = "鸿雁普法骑行队";
    public static final String DEVIATION_ONLY_WORD = "汛期停摆";

    private SeedLayouts() {}

    static List<String> seed() {
        return new ArrayList<>(Seeds.text(Seeds.S004).lines());
    }

    static ParseResult parse(List<String> lines) {
        return new DisclosureParser().parse(new DocumentText("variant.txt", lines));
    }

    public static byte[] bytes(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** No cover and no 单位名称 line: the name stands in headings and the narrative only. */
    static List<String> unitNameOnlyInHeadingsAndNarrative() {
        List<String> lines = seed();
        assertTrue(lines.remove(UNIT + "部门决算"));
        replaceStart(lines, "2023年度收、支总计", UNIT + "（部门）2023年度收入、支出决算总计");
        return lines;
    }

    /**
     * Two tables whose headings the PDF extraction split over lines: 公开02's number, unit and an
     * 编制单位 line around its title, and 公开05's long title wrapped before its last character.
     */
    static List<String> splitTableHeadings() {
        List<String> lines = seed();
        replaceLine(lines, "收入决算表", "收入决算表", "编制单位：" + UNIT, "公开02", "表金额单位：", "元");
        replaceLine(
                lines,
                "一般公共预算财政拨款支出决算表",
                UNIT + "2023年度一般公共预算财政拨款支出决算",
                "表",
                "公开05",
                "表金额单位：",
                "元");
        return lines;
    }

    /** 公开06 in four groups: 人员经费 and 公用经费 each split in two 科目编码|科目名称|决算数 groups. */
    static List<String> fourGroupBasicTable() {
        return fourGroupBasicTable(false);
    }

    /**
     * 公开06 in four groups of two cells, "30101 基本工资" | 决算数, under a header that says 项目 | 决算数 only.
     */
    static List<String> fourGroupBasicTableCodeAndNameInOneCell() {
        return fourGroupBasicTable(true);
    }

    private static List<String> fourGroupBasicTable(boolean oneCell) {
        DisclosureContent original = Seeds.parse(Seeds.S004).disclosure();
        DisclosureContent.Table g06 = SeedAssertions.table(original, StandardTable.G06);
        List<String[]> personnel = new ArrayList<>();
        List<String[]> common = new ArrayList<>();
        for (DisclosureContent.Row r : g06.rows()) {
            if (r.code() == null || !r.code().matches("\\d+")) {
                continue;
            }
            String amount = yuan(r.amounts().get("amount"));
            String[] cells =
                    oneCell
                            ? new String[] {r.code() + " " + r.name(), amount}
                            : new String[] {r.code(), r.name(), amount};
            (r.code().startsWith("301") || r.code().startsWith("303") ? personnel : common)
                    .add(cells);
        }
        List<String> table = new ArrayList<>();
        table.add("一般公共预算财政拨款基本支出决算表");
        table.add("金额单位：元");
        table.add(oneCell ? "人员经费\t\t\t\t公用经费\t\t\t" : "人员经费\t\t\t\t\t\t公用经费\t\t\t\t\t");
        table.add(
                String.join(
                        "\t",
                        java.util.Collections.nCopies(4, oneCell ? "项目\t决算数" : "科目编码\t科目名称\t决算数")));
        int pHalf = (personnel.size() + 1) / 2;
        int cHalf = (common.size() + 1) / 2;
        List<List<String[]>> groups =
                List.of(
                        personnel.subList(0, pHalf),
                        personnel.subList(pHalf, personnel.size()),
                        common.subList(0, cHalf),
                        common.subList(cHalf, common.size()));
        int height = groups.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < height; i++) {
            List<String> cells = new ArrayList<>();
            for (List<String[]> g : groups) {
                cells.addAll(
                        i < g.size()
                                ? List.of(g.get(i))
                                : java.util.Collections.nCopies(oneCell ? 2 : 3, ""));
            }
            table.add(String.join("\t", cells));
        }
        table.add(
                oneCell
                        ? "人员经费合计\t\t\t6,860,829.83\t公用经费合计\t\t\t810,429.23"
                        : "人员经费合计\t\t\t\t\t6,860,829.83\t公用经费合计\t\t\t\t\t810,429.23");
        List<String> lines = seed();
        int from = lines.indexOf("一般公共预算财政拨款基本支出决算明细表");
        int to = lines.indexOf("财政拨款“三公”经费支出决算表");
        assertTrue(from > 0 && to > from);
        lines.subList(from, to).clear();
        table.add("");
        lines.addAll(from, table);
        return lines;
    }

    /** 三公 with a two-row header and one row per 预算数 / 决算数 (budget 80,000 ≠ actual 70,000). */
    static List<String> threePublicRowsPerHalf() {
        return withThreePublic(
                "项目\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费",
                "\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t",
                "预算数\t80,000.00\t0.00\t50,000.00\t0.00\t50,000.00\t30,000.00",
                "决算数\t70,000.00\t0.00\t40,000.00\t0.00\t40,000.00\t30,000.00");
    }

    /** 三公 with a header of three rows and 预算数|决算数 side by side under every item. */
    static List<String> threePublicColumnsPerItem() {
        return withThreePublic(
                "合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t",
                "\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t\t",
                String.join("\t", java.util.Collections.nCopies(6, "预算数\t决算数")),
                "80,000.00\t70,000.00\t0.00\t0.00\t50,000.00\t40,000.00\t0.00\t0.00\t50,000.00\t40,000.00\t30,000.00\t30,000.00");
    }

    private static List<String> withThreePublic(String... rows) {
        List<String> lines = seed();
        int from = lines.indexOf("财政拨款“三公”经费支出决算表");
        int to = lines.indexOf("第三部分");
        assertTrue(from > 0 && to > from);
        lines.subList(from + 1, to).clear();
        List<String> table = new ArrayList<>(List.of("金额单位：元"));
        table.addAll(List.of(rows));
        table.add("");
        lines.addAll(from + 1, table);
        return lines;
    }

    /** Tables numbered the older way: 财决01表 … and 表一 … before their titles. */
    static List<String> olderNumbering() {
        List<String> lines = seed();
        replaceLine(lines, "收入支出决算总表", "财决01表", "收入支出决算总表");
        replaceLine(lines, "收入决算表", "财决02表 收入决算表");
        replaceLine(lines, "支出决算表", "表三");
        int at = lines.indexOf("表三");
        lines.add(at + 1, "支出决算表（财决03表）");
        replaceLine(lines, "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算表 财决05表");
        return lines;
    }

    /** Real codes of the 2023–2024 lists in place of two of the seed's codes. */
    static List<String> newerCodes() {
        List<String> lines = seed();
        lines.replaceAll(
                l ->
                        l.replace("2019999\t其他一般公共服务支出", "2013299\t其他组织事务支出")
                                .replace("2080801\t死亡抚恤", "2089999\t其他社会保障和就业支出")
                                .replace("2101103\t公务员医疗补助", "2101198\t某项新设医疗补助"));
        return lines;
    }

    /**
     * An overall self-evaluation (部门整体支出绩效自评表) appended in the Hunan layout: money block with
     * 按收入性质分 / 按支出性质分 side by side, 年度主要工作内容, 年度总体绩效目标, indicators.
     */
    public static List<String> overall() {
        List<String> lines = seed();
        lines.addAll(
                List.of(
                        "",
                        "附件：部门整体支出绩效自评表（2023年度）",
                        "部门（单位）名称\t" + UNIT,
                        "年度预算申请（元）\t资金来源\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                        "\t年度资金总额\t8,377,400.00\t13,199,144.81\t13,199,144.81\t10\t100%\t10",
                        "\t按收入性质分：\t\t按支出性质分：",
                        "\t其中：财政拨款\t13,199,144.81\t其中：基本支出\t7,671,259.06",
                        "\t上年结转\t0.00\t项目支出\t5,527,885.75",
                        "\t其他资金\t0.00\t\t",
                        "年度主要工作内容\t全年办理法律援助案件674件，建成" + WORK_ONLY_WORD + "三处，完成普法宣传活动200场次。",
                        "年度总体绩效目标\t组建" + GOAL_ONLY_WORD + "，保障机构运转，完成年度重点工作。",
                        "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t年度指标值\t实际完成值\t计量单位\t分值\t得分\t偏差原因分析及改进措施",
                        "\t产出指标\t数量指标\t办理法律援助案件\t正向\t大于等于\t500\t674\t件\t50\t50\t",
                        "\t效益指标\t社会效益\t群众法治意识\t定性\t\t提高\t提高\t\t30\t28\t"
                                + DEVIATION_ONLY_WORD
                                + "导致宣传覆盖面不足",
                        "\t满意度指标\t服务对象满意度\t群众满意度\t正向\t大于等于\t90\t95\t%\t10\t10\t",
                        "总分\t100\t98\t优"));
        return lines;
    }

    private static String yuan(BigDecimal v) {
        return new DecimalFormat("#,##0.00").format(v);
    }

    private static void replaceLine(List<String> lines, String line, String... with) {
        int at = lines.indexOf(line);
        assertTrue(at >= 0, "seed line not found: " + line);
        lines.remove(at);
        lines.addAll(at, List.of(with));
    }

    private static void replaceStart(List<String> lines, String start, String with) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                lines.set(i, with + lines.get(i).substring(start.length()));
                return;
            }
        }
        throw new AssertionError("seed line not found: " + start);
    }
}
