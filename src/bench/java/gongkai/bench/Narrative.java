package gongkai.bench;

import gongkai.bench.AccountTables.Economic;
import gongkai.bench.AccountTables.ThreePublic;
import gongkai.bench.DisclosureBuilder.Item;
import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.SectionKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The narrative sections of one generated disclosure, in the outline real reports follow. Every
 * figure the prose states is derived from the tables, so the reviewers' narrative checks agree with
 * them.
 */
final class Narrative {

    private final Draw d;
    private final SplittableRandom r;
    private final UnitCatalog.UnitSpec unit;
    private final int year;
    private final CodeList codes;
    private final Vocabulary words;

    Narrative(Draw d) {
        this.d = d;
        this.r = d.r;
        this.unit = d.unit;
        this.year = d.year;
        this.codes = d.codes;
        this.words = d.words;
    }

    private long round(long cents) {
        return d.round(cents);
    }

    private long round0(long cents) {
        return d.round0(cents);
    }

    private String person() {
        return d.person();
    }

    List<SectionView> sections(
            List<Item> items,
            long fiscal,
            long other,
            long expense,
            long carry,
            long fiscalBasic,
            long fiscalProject,
            Economic eco,
            ThreePublic three,
            List<ProjectView> projects) {
        String name = unit.name();
        List<SectionView> s = new ArrayList<>();
        StringBuilder duties =
                new StringBuilder("根据机构改革方案和“三定”规定，").append(name).append("主要职责是：\n");
        List<String> pool = Vocabulary.copy(words.duties);
        int dutyCount = Math.min(pool.size(), 6 + r.nextInt(4));
        for (int k = 0; k < dutyCount; k++) {
            duties.append('（')
                    .append(chinese(k + 1))
                    .append('）')
                    .append(fill(pool.remove(r.nextInt(pool.size()))))
                    .append('\n');
        }
        s.add(section(SectionKey.FUNCTIONS, "一、部门职责", duties.toString().strip()));
        int offices = 6 + r.nextInt(10);
        s.add(
                section(
                        SectionKey.ORGANISATION,
                        "二、机构设置及决算单位构成",
                        "（一）内设机构设置。"
                                + name
                                + "内设机构"
                                + offices
                                + "个，现有编制"
                                + (20 + r.nextInt(80))
                                + "人，实有在职人员"
                                + (15 + r.nextInt(80))
                                + "人，退休人员"
                                + r.nextInt(30)
                                + "人，属"
                                + unit.place()
                                + "一级预算单位。\n（二）决算单位构成。"
                                + name
                                + year
                                + "年部门决算汇总公开单位构成包括："
                                + name
                                + "本级决算，不包含下属单位和机构。"));
        StringBuilder work = new StringBuilder();
        List<String> workPool = Vocabulary.copy(words.work);
        if (unit.regionCode().startsWith("15")) {
            workPool.addAll(words.workMongolian);
        }
        int paragraphs = 3 + r.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            work.append('（').append(chinese(p + 1)).append('）');
            int sentences = 3 + r.nextInt(4);
            for (int k = 0; k < sentences; k++) {
                work.append(fill(workPool.get(r.nextInt(workPool.size()))));
            }
            work.append('\n');
        }
        s.add(section(SectionKey.WORK_DONE, "三、" + year + "年度主要工作完成情况", work.toString().strip()));
        s.add(section(SectionKey.TABLES_NOTE, "第二部分 部门决算表", "详见公开01至公开10各表。"));

        long income = fiscal + other;
        long grand = income + carry;
        long lastYear = round((long) (grand / (1.0 + (r.nextDouble() * 0.3 - 0.1))));
        s.add(
                section(
                        SectionKey.OVERALL,
                        "一、收入支出决算总体情况说明",
                        year + "年度收、支总计" + wan(grand) + "万元。" + change(grand, lastYear)));
        s.add(
                section(
                        SectionKey.INCOME,
                        "二、收入决算情况说明",
                        year
                                + "年度收入合计"
                                + wan(income)
                                + "万元，其中：财政拨款收入"
                                + wan(fiscal)
                                + "万元，占"
                                + pct(fiscal, income)
                                + "%；其他收入"
                                + wan(other)
                                + "万元，占"
                                + pct(other, income)
                                + "%。"));
        long basic = items.stream().mapToLong(Item::basic).sum();
        long project = items.stream().mapToLong(Item::project).sum();
        s.add(
                section(
                        SectionKey.EXPENDITURE,
                        "三、支出决算情况说明",
                        year
                                + "年度支出合计"
                                + wan(expense)
                                + "万元，其中：基本支出"
                                + wan(basic)
                                + "万元，占"
                                + pct(basic, expense)
                                + "%；项目支出"
                                + wan(project)
                                + "万元，占"
                                + pct(project, expense)
                                + "%。"));
        long lastFiscal = round((long) (fiscal / (1.0 + (r.nextDouble() * 0.3 - 0.1))));
        s.add(
                section(
                        SectionKey.FISCAL_OVERALL,
                        "四、财政拨款收入支出决算总体情况说明",
                        year + "年度财政拨款收、支总计" + wan(fiscal) + "万元，" + change(fiscal, lastFiscal)));
        StringBuilder general = new StringBuilder();
        long budgetTotal = items.stream().mapToLong(Item::budget).sum();
        general.append("（一）一般公共预算财政拨款支出决算总体情况\n")
                .append(year)
                .append("年度财政拨款支出")
                .append(wan(fiscal))
                .append("万元，占本年支出合计的")
                .append(pct(fiscal, expense))
                .append("%。\n");
        general.append("（二）一般公共预算财政拨款支出决算具体情况\n")
                .append(year)
                .append("年度财政拨款支出年初预算数为")
                .append(wan(budgetTotal))
                .append("万元，支出决算数为")
                .append(wan(fiscal))
                .append("万元，其中：\n");
        int n = 1;
        for (Item i : items) {
            general.append(n++)
                    .append('、')
                    .append(prose(i.code()))
                    .append("。\n年初预算为")
                    .append(wan(i.budget()))
                    .append("万元，支出决算为")
                    .append(wan(i.fiscal()))
                    .append("万元，完成年初预算的")
                    .append(i.budget() == 0 ? "100" : pct(i.fiscal(), i.budget()))
                    .append("%");
            if (i.fiscal() > i.budget()) {
                general.append("，决算数大于年初预算数的主要原因是：").append(reason());
            } else if (i.fiscal() < i.budget()) {
                general.append("，决算数小于年初预算数的主要原因是：").append(reason());
            }
            general.append("。\n");
        }
        s.add(
                section(
                        SectionKey.GENERAL_BUDGET,
                        "五、一般公共预算财政拨款支出决算情况说明",
                        general.toString().strip()));
        s.add(
                section(
                        SectionKey.BASIC_EXPENDITURE,
                        "六、一般公共预算财政拨款基本支出决算情况说明",
                        year
                                + "年度财政拨款基本支出"
                                + wan(fiscalBasic)
                                + "万元，其中：\n人员经费"
                                + wan(eco.personnel())
                                + "万元，占基本支出的"
                                + pct(eco.personnel(), fiscalBasic)
                                + "%，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、其他工资福利支出、退休费、生活补助等。\n公用经费"
                                + wan(eco.publicCosts())
                                + "万元，占基本支出的"
                                + pct(eco.publicCosts(), fiscalBasic)
                                + "%，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、其他交通费用等。"));
        s.add(
                section(
                        SectionKey.THREE_PUBLIC,
                        "七、财政拨款“三公”经费支出决算情况说明",
                        "（一）“三公”经费财政拨款支出决算总体情况说明\n"
                                + "“三公”经费财政拨款支出预算为"
                                + wan(three.budgetTotal())
                                + "万元，支出决算为"
                                + wan(three.actualTotal())
                                + "万元，完成预算的"
                                + pct(three.actualTotal(), three.budgetTotal())
                                + "%，主要原因是："
                                + reason()
                                + "。其中：\n因公出国（境）费支出预算为0万元，支出决算为0万元。\n"
                                + "公务接待费支出预算为"
                                + wan(three.budgetReception())
                                + "万元，支出决算为"
                                + wan(three.reception())
                                + "万元。\n公务用车购置费支出预算为0万元，支出决算为"
                                + wan(three.purchase())
                                + "万元。\n"
                                + "（二）“三公”经费财政拨款支出决算具体情况说明\n公务接待费支出决算为"
                                + wan(three.reception())
                                + "万元，全年共接待来访团组"
                                + (3 + r.nextInt(30))
                                + "个、来宾"
                                + (20 + r.nextInt(200))
                                + "人次，主要是上级部门调研、兄弟单位交流学习等发生的接待支出。\n"
                                + "公务用车购置费及运行维护费支出决算为"
                                + wan(three.purchase() + three.operation())
                                + "万元，其中：公务用车运行维护费"
                                + wan(three.operation())
                                + "万元，主要是公务用车加油及维修费支出，截止"
                                + year
                                + "年12月31日，我单位开支财政拨款的公务用车保有量为"
                                + three.vehicles()
                                + "辆。"));
        s.add(section(SectionKey.GOV_FUND, "八、政府性基金预算收入支出决算情况", year + "年，本单位无政府性基金收支。"));
        s.add(section(SectionKey.STATE_CAPITAL, "九、国有资本经营预算财政拨款支出决算情况", "本单位无国有资本经营预算财政拨款收、支、余。"));
        s.add(
                section(
                        SectionKey.OPERATING_COSTS,
                        "十、机关运行经费支出说明",
                        "本部门"
                                + year
                                + "年度机关运行经费支出"
                                + wan(eco.publicCosts())
                                + "万元，主要用于办公费、差旅费、公务接待费、公务用车运行维护费等。"));
        s.add(
                section(
                        SectionKey.PROCUREMENT,
                        "十一、政府采购支出说明",
                        year
                                + "年度政府采购支出总额"
                                + wan(round0(eco.publicCosts() / 5) + round0(eco.publicCosts() / 7))
                                + "万元，其中：政府采购货物支出"
                                + wan(round0(eco.publicCosts() / 5))
                                + "万元，政府采购服务支出"
                                + wan(round0(eco.publicCosts() / 7))
                                + "万元。"));
        s.add(
                section(
                        SectionKey.ASSETS,
                        "十二、国有资产占用情况说明",
                        "截至"
                                + year
                                + "年12月31日，本单位共有车辆"
                                + three.vehicles()
                                + "辆，其中一般公务用车"
                                + three.vehicles()
                                + "辆；单价100万元以上设备0台（套）。"));
        StringBuilder perf =
                new StringBuilder(
                        name
                                + "根据预算绩效管理要求组织对"
                                + year
                                + "年度一般公共预算项目支出全面开展绩效自评，共涉及"
                                + projects.size()
                                + "个项目，资金"
                                + wan(fiscalProject)
                                + "万元。");
        if (!projects.isEmpty()) {
            perf.append("组织对");
            for (int k = 0; k < projects.size(); k++) {
                perf.append(k == 0 ? "" : "、")
                        .append('“')
                        .append(projects.get(k).name())
                        .append('”');
            }
            perf.append("等项目开展了绩效自评。从评价情况看，以上项目基本达到年初设定的绩效目标，资金使用规范，取得了预期的社会效益。");
        }
        s.add(section(SectionKey.PERFORMANCE, "十三、预算绩效情况说明", perf.toString()));
        StringBuilder glossary = new StringBuilder();
        List<String> g = words.glossary;
        for (int k = 0; k < g.size(); k++) {
            glossary.append(chinese(k + 1)).append('、').append(fill(g.get(k))).append('\n');
        }
        s.add(section(SectionKey.GLOSSARY, "第四部分 名词解释", glossary.toString().strip()));
        s.add(
                section(
                        SectionKey.CONTACT,
                        "联系方式",
                        "联系人："
                                + person()
                                + "，联系电话：0"
                                + (100 + r.nextInt(900))
                                + "-"
                                + (2000000 + r.nextInt(7000000))
                                + "。"));
        return s;
    }

    private String change(long now, long before) {
        long diff = now - before;
        String verb = diff >= 0 ? "增加" : "减少";
        String rate = before == 0 ? "0" : pct(Math.abs(diff), before);
        return "与上年相比，"
                + verb
                + wan(Math.abs(diff))
                + "万元，"
                + (diff >= 0 ? "增长" : "下降")
                + rate
                + "%，主要是因为"
                + reason()
                + "。";
    }

    private String reason() {
        return fill(words.reasons.get(r.nextInt(words.reasons.size())));
    }

    /** 公共安全支出（类）司法（款）社区矫正（项）, from the code list. */
    private String prose(String code) {
        String c = codes.functional(code.substring(0, 3)).map(CodeList.Code::name).orElse(code);
        String k = codes.functional(code.substring(0, 5)).map(CodeList.Code::name).orElse(code);
        String x = codes.functional(code).map(CodeList.Code::name).orElse(code);
        return c + "（类）" + k + "（款）" + x + "（项）";
    }

    private String fill(String template) {
        return Vocabulary.fill(template, unit.name(), unit.place(), unit.city(), unit.province());
    }

    private static SectionView section(SectionKey key, String title, String body) {
        return new SectionView(key.name(), title, body);
    }

    /** 分 → 万元 with 2 decimals, as the narratives print it. */
    static String wan(long cents) {
        return BigDecimal.valueOf(cents, 2)
                .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    static String pct(long part, long whole) {
        if (whole == 0) {
            return "0";
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    static String chinese(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return d[n];
        }
        if (n < 20) {
            return "十" + d[n % 10];
        }
        return d[n / 10] + "十" + d[n % 10];
    }
}
