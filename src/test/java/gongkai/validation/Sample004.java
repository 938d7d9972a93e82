package gongkai.validation;

import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;

/**
 * Hand-built copy of the real figures of seed 004 (醴陵市司法局 2023, tables in 元): 公开01–06 and 09 as
 * printed, the 情况说明 sentences that state figures. The seed is consistent, so this document yields
 * no finding except the 公开07/08 completeness ones that tests remove or keep on purpose.
 */
final class Sample004 {

    private Sample004() {}

    /** Tables and narrative. */
    static DocBuilder document() {
        DocBuilder d = tables();
        sections(d);
        return d;
    }

    /** The tables only. */
    static DocBuilder tables() {
        DocBuilder d = new DocBuilder().unit(MoneyUnit.YUAN);
        d.table(StandardTable.G01)
                .named(Side.INCOME, "一般公共预算财政拨款收入", "amount", "13199144.81")
                .named(Side.INCOME, "政府性基金预算财政拨款收入", "amount", "0.00")
                .named(Side.INCOME, "国有资本经营预算财政拨款收入", "amount", "0.00")
                .named(Side.INCOME, "上级补助收入", "amount", "0.00")
                .named(Side.INCOME, "事业收入", "amount", "0.00")
                .named(Side.INCOME, "经营收入", "amount", "0.00")
                .named(Side.INCOME, "附属单位上缴收入", "amount", "0.00")
                .named(Side.INCOME, "其他收入", "amount", "543781.42")
                .named(Side.INCOME, "本年收入合计", "amount", "13742926.23")
                .named(Side.INCOME, "使用非财政拨款结余和专用结余", "amount", "0.00")
                .named(Side.INCOME, "年初结转和结余", "amount", "0.00")
                .named(Side.INCOME, "总计", "amount", "13742926.23")
                .expenseClass("201", "一般公共服务支出", "amount", "353734.00")
                .expenseClass("204", "公共安全支出", "amount", "12437383.47")
                .expenseClass("208", "社会保障和就业支出", "amount", "516106.16")
                .expenseClass("210", "卫生健康支出", "amount", "149769.00")
                .expenseClass("221", "住房保障支出", "amount", "285933.60")
                .named(Side.EXPENSE, "本年支出合计", "amount", "13742926.23")
                .named(Side.EXPENSE, "结余分配", "amount", "0.00")
                .named(Side.EXPENSE, "年末结转和结余", "amount", "0.00")
                .named(Side.EXPENSE, "总计", "amount", "13742926.23");
        DocBuilder.TableBuilder g02 =
                d.table(StandardTable.G02)
                        .named(
                                null,
                                "合计",
                                "total",
                                "13742926.23",
                                "fiscal",
                                "13199144.81",
                                "superior",
                                "0.00",
                                "business",
                                "0.00",
                                "operating",
                                "0.00",
                                "affiliated",
                                "0.00",
                                "other",
                                "543781.42");
        DocBuilder.TableBuilder g03 =
                d.table(StandardTable.G03)
                        .named(
                                null,
                                "合计",
                                "total",
                                "13742926.23",
                                "basic",
                                "7965932.87",
                                "project",
                                "5776993.36",
                                "remit",
                                "0.00",
                                "operating",
                                "0.00",
                                "subsidy",
                                "0.00");
        d.table(StandardTable.G04)
                .named(Side.INCOME, "一般公共预算财政拨款收入", "amount", "13199144.81")
                .named(Side.INCOME, "政府性基金预算财政拨款收入", "amount", "0.00")
                .named(Side.INCOME, "国有资本经营预算财政拨款收入", "amount", "0.00")
                .named(Side.INCOME, "本年收入合计", "amount", "13199144.81")
                .named(Side.INCOME, "年初结转和结余", "amount", "0.00")
                .named(Side.INCOME, "总计", "amount", "13199144.81")
                .expenseClass(
                        "201",
                        "一般公共服务支出",
                        "total",
                        "343707.00",
                        "general",
                        "343707.00",
                        "fund",
                        "0.00",
                        "capital",
                        "0.00")
                .expenseClass(
                        "204",
                        "公共安全支出",
                        "total",
                        "11903629.05",
                        "general",
                        "11903629.05",
                        "fund",
                        "0.00",
                        "capital",
                        "0.00")
                .expenseClass(
                        "208",
                        "社会保障和就业支出",
                        "total",
                        "516106.16",
                        "general",
                        "516106.16",
                        "fund",
                        "0.00",
                        "capital",
                        "0.00")
                .expenseClass(
                        "210",
                        "卫生健康支出",
                        "total",
                        "149769.00",
                        "general",
                        "149769.00",
                        "fund",
                        "0.00",
                        "capital",
                        "0.00")
                .expenseClass(
                        "221",
                        "住房保障支出",
                        "total",
                        "285933.60",
                        "general",
                        "285933.60",
                        "fund",
                        "0.00",
                        "capital",
                        "0.00")
                .named(
                        Side.EXPENSE,
                        "本年支出合计",
                        "total",
                        "13199144.81",
                        "general",
                        "13199144.81",
                        "fund",
                        "0.00",
                        "capital",
                        "0.00")
                .named(
                        Side.EXPENSE,
                        "年末结转和结余",
                        "total",
                        "0.00",
                        "general",
                        "0.00",
                        "fund",
                        "0.00",
                        "capital",
                        "0.00")
                .named(
                        Side.EXPENSE,
                        "总计",
                        "total",
                        "13199144.81",
                        "general",
                        "13199144.81",
                        "fund",
                        "0.00",
                        "capital",
                        "0.00");
        DocBuilder.TableBuilder g05 =
                d.table(StandardTable.G05)
                        .named(
                                null,
                                "合计",
                                "total",
                                "13199144.81",
                                "basic",
                                "7671259.06",
                                "project",
                                "5527885.75");
        rows(g02, g03, g05);
        d.table(StandardTable.G06)
                .economic("301", "工资福利支出", "amount", "6827679.83")
                .economic("303", "对个人和家庭的补助", "amount", "33150.00")
                .economic("30305", "生活补助", "amount", "24150.00")
                .economic("30307", "医疗费补助", "amount", "5000.00")
                .economic("30399", "其他对个人和家庭的补助", "amount", "4000.00")
                .economic("302", "商品和服务支出", "amount", "810429.23")
                .economic("307", "债务利息及费用支出", "amount", "0.00")
                .economic("310", "资本性支出", "amount", "0.00")
                .economic("399", "其他支出", "amount", "0.00")
                .named(null, "人员经费合计", "amount", "6860829.83")
                .named(null, "公用经费合计", "amount", "810429.23");
        d.table(StandardTable.G07).note("本表无数据");
        d.table(StandardTable.G08).note("本表无数据");
        d.table(StandardTable.G09)
                .named(
                        null,
                        "三公经费合计",
                        "budget_total",
                        "70000.00",
                        "budget_abroad",
                        "0.00",
                        "budget_vehicle",
                        "40000.00",
                        "budget_vehicle_purchase",
                        "0.00",
                        "budget_vehicle_operation",
                        "40000.00",
                        "budget_reception",
                        "30000.00",
                        "actual_total",
                        "70000.00",
                        "actual_abroad",
                        "0.00",
                        "actual_vehicle",
                        "40000.00",
                        "actual_vehicle_purchase",
                        "0.00",
                        "actual_vehicle_operation",
                        "40000.00",
                        "actual_reception",
                        "30000.00");
        return d;
    }

    private static void sections(DocBuilder d) {
        d.section(
                SectionKey.OVERALL,
                "2023年度收、支总计1374.29万元。与上年相比，增加164.68万元，增长13.61%，"
                        + "主要是因为人员增加，导致人员经费和公用经费增加，各部门业务量增加，导致业务经费增加。");
        d.section(
                SectionKey.INCOME,
                "2023年度收入合计1374.29万元，其中：财政拨款收入1319.91万元，占96.04%；其他收入54.38万元，占3.96%。");
        d.section(
                SectionKey.EXPENDITURE,
                "2023年度支出合计1374.29万元，其中：基本支出796.59万元，占57.96%；项目支出577.70万元，占42.04%。");
        d.section(
                SectionKey.FISCAL_OVERALL,
                "2023年度财政拨款收、支总计1319.91万元，与上年相比，增加123.43万元，增长10.32%，" + "主要是因为人员增加，导致人员经费和公用经费增加。");
        // The real report says 96.18%, which its own figures contradict (1319.91 ÷ 1374.29 =
        // 96.04%;
        // SeedFindingsTest keeps that finding); this document is the consistent one.
        d.section(SectionKey.GENERAL_BUDGET, "2023年度财政拨款支出1319.91万元，占本年支出合计的96.04%。");
        d.section(
                SectionKey.BASIC_EXPENDITURE,
                "2023年度财政拨款基本支出767.13万元，其中：\n人员经费686.08万元，占基本支出的89.43%，"
                        + "主要包括基本工资、津贴补贴。\n公用经费81.04万元，占基本支出的10.56%，主要包括办公费。");
        d.section(
                SectionKey.THREE_PUBLIC,
                "“三公”经费财政拨款支出预算为7万元，支出决算为7万元，完成预算的100%，与上年相比减少（增加）0万元。其中：\n"
                        + "因公出国（境）费支出预算为0万元，支出决算为0万元，完成预算的0%。\n"
                        + "公务接待费支出预算为3万元，支出决算为3万元，完成预算的100%。\n"
                        + "公务用车运行维护费支出预算为4万元，支出决算为4万元，完成预算的100%。\n"
                        + "2023年度“三公”经费财政拨款支出决算中，公务接待费支出决算3万元，占42.86%，因公出国（境）费支出决算0万元，"
                        + "占0%，公务用车购置费及运行维护费支出决算4万元，占57.14%。");
    }

    private static void rows(
            DocBuilder.TableBuilder g02, DocBuilder.TableBuilder g03, DocBuilder.TableBuilder g05) {
        g02.functional(
                "2040605", "普法宣传", "total", "450000.00", "fiscal", "450000.00", "other", "0.00");
        g02.functional(
                "2040607", "公共法律服务", "total", "316118.12", "fiscal", "316118.12", "other", "0.00");
        g02.functional(
                "2210201", "住房公积金", "total", "285933.60", "fiscal", "285933.60", "other", "0.00");
        g02.functional(
                "2019999",
                "其他一般公共服务支出",
                "total",
                "353734.00",
                "fiscal",
                "343707.00",
                "other",
                "10027.00");
        g02.functional(
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "total",
                "345996.16",
                "fiscal",
                "345996.16",
                "other",
                "0.00");
        g02.functional(
                "2080801", "死亡抚恤", "total", "170110.00", "fiscal", "170110.00", "other", "0.00");
        g02.functional(
                "2101103", "公务员医疗补助", "total", "5000.00", "fiscal", "5000.00", "other", "0.00");
        g02.functional(
                "2101101", "行政单位医疗", "total", "94769.00", "fiscal", "94769.00", "other", "0.00");
        g02.functional(
                "2040299", "其他公安支出", "total", "150000.00", "fiscal", "150000.00", "other", "0.00");
        g02.functional(
                "2040699",
                "其他司法支出",
                "total",
                "4188788.10",
                "fiscal",
                "3655033.68",
                "other",
                "533754.42");
        g02.functional(
                "2040610", "社区矫正", "total", "120000.00", "fiscal", "120000.00", "other", "0.00");
        g02.functional(
                "2100499", "其他公共卫生支出", "total", "50000.00", "fiscal", "50000.00", "other", "0.00");
        g02.functional(
                "2040602",
                "一般行政管理事务",
                "total",
                "366623.95",
                "fiscal",
                "366623.95",
                "other",
                "0.00");
        g02.functional(
                "2040601", "行政运行", "total", "6795853.30", "fiscal", "6795853.30", "other", "0.00");
        g02.functional(
                "2040604", "基层司法业务", "total", "50000.00", "fiscal", "50000.00", "other", "0.00");
        g03.functional(
                "2040605", "普法宣传", "total", "450000.00", "basic", "0.00", "project", "450000.00");
        g03.functional(
                "2040607", "公共法律服务", "total", "316118.12", "basic", "0.00", "project", "316118.12");
        g03.functional(
                "2210201", "住房公积金", "total", "285933.60", "basic", "285933.60", "project", "0.00");
        g03.functional(
                "2019999",
                "其他一般公共服务支出",
                "total",
                "353734.00",
                "basic",
                "53734.00",
                "project",
                "300000.00");
        g03.functional(
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "total",
                "345996.16",
                "basic",
                "345996.16",
                "project",
                "0.00");
        g03.functional(
                "2080801", "死亡抚恤", "total", "170110.00", "basic", "0.00", "project", "170110.00");
        g03.functional(
                "2101103", "公务员医疗补助", "total", "5000.00", "basic", "5000.00", "project", "0.00");
        g03.functional(
                "2101101", "行政单位医疗", "total", "94769.00", "basic", "94769.00", "project", "0.00");
        g03.functional(
                "2040299", "其他公安支出", "total", "150000.00", "basic", "0.00", "project", "150000.00");
        g03.functional(
                "2040699",
                "其他司法支出",
                "total",
                "4188788.10",
                "basic",
                "384646.81",
                "project",
                "3804141.29");
        g03.functional(
                "2040610", "社区矫正", "total", "120000.00", "basic", "0.00", "project", "120000.00");
        g03.functional(
                "2100499", "其他公共卫生支出", "total", "50000.00", "basic", "0.00", "project", "50000.00");
        g03.functional(
                "2040602",
                "一般行政管理事务",
                "total",
                "366623.95",
                "basic",
                "0.00",
                "project",
                "366623.95");
        g03.functional(
                "2040601", "行政运行", "total", "6795853.30", "basic", "6795853.30", "project", "0.00");
        g03.functional(
                "2040604", "基层司法业务", "total", "50000.00", "basic", "0.00", "project", "50000.00");
        g05.functional(
                "2040605", "普法宣传", "total", "450000.00", "basic", "0.00", "project", "450000.00");
        g05.functional(
                "2040607", "公共法律服务", "total", "316118.12", "basic", "0.00", "project", "316118.12");
        g05.functional(
                "2210201", "住房公积金", "total", "285933.60", "basic", "285933.60", "project", "0.00");
        g05.functional(
                "2019999",
                "其他一般公共服务支出",
                "total",
                "343707.00",
                "basic",
                "43707.00",
                "project",
                "300000.00");
        g05.functional(
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "total",
                "345996.16",
                "basic",
                "345996.16",
                "project",
                "0.00");
        g05.functional(
                "2080801", "死亡抚恤", "total", "170110.00", "basic", "0.00", "project", "170110.00");
        g05.functional(
                "2101103", "公务员医疗补助", "total", "5000.00", "basic", "5000.00", "project", "0.00");
        g05.functional(
                "2101101", "行政单位医疗", "total", "94769.00", "basic", "94769.00", "project", "0.00");
        g05.functional(
                "2040299", "其他公安支出", "total", "150000.00", "basic", "0.00", "project", "150000.00");
        g05.functional(
                "2040699",
                "其他司法支出",
                "total",
                "3655033.68",
                "basic",
                "100000.00",
                "project",
                "3555033.68");
        g05.functional(
                "2040610", "社区矫正", "total", "120000.00", "basic", "0.00", "project", "120000.00");
        g05.functional(
                "2100499", "其他公共卫生支出", "total", "50000.00", "basic", "0.00", "project", "50000.00");
        g05.functional(
                "2040602",
                "一般行政管理事务",
                "total",
                "366623.95",
                "basic",
                "0.00",
                "project",
                "366623.95");
        g05.functional(
                "2040601", "行政运行", "total", "6795853.30", "basic", "6795853.30", "project", "0.00");
        g05.functional(
                "2040604", "基层司法业务", "total", "50000.00", "basic", "0.00", "project", "50000.00");
    }
}
