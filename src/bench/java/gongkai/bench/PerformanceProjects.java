package gongkai.bench;

import static gongkai.bench.Rows.yuan;

import gongkai.bench.DisclosureBuilder.Item;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The performance self-evaluations of one generated disclosure: one per project 项 with fiscal
 * project spending, so that their 执行数 add up to 项目支出, each with the eight indicators real reports
 * list.
 */
final class PerformanceProjects {

    /** Project names by 项 code, in the wording real reports use. */
    /** Project names by 项 code, in the wording real reports use. */
    private static final Map<String, List<String>> PROJECTS =
            Map.ofEntries(
                    Map.entry("2040602", List.of("行政复议经费", "行政执法证换发经费", "依法行政工作经费")),
                    Map.entry("2040604", List.of("基层司法所业务经费", "人民调解经费", "基层司法所工作人员服装项目经费")),
                    Map.entry("2040605", List.of("普法专项经费", "普法宣传经费", "“八五”普法宣传经费")),
                    Map.entry("2040607", List.of("公共法律服务经费", "12348公共法律服务热线平台运行服务费", "法律援助经费")),
                    Map.entry("2040610", List.of("社区矫正经费", "社区矫正工作经费", "戒毒人民警察参与社区矫正工作经费")),
                    Map.entry("2040699", List.of("仲裁委工作经费", "安置帮教人民调解经费", "司法督查、培训及鉴定经费")),
                    Map.entry("2019999", List.of("依法治县工作经费", "法治政府建设经费", "政府法律顾问经费")),
                    Map.entry("2080801", List.of("死亡抚恤经费")),
                    Map.entry("2100499", List.of("公共卫生专项经费")),
                    Map.entry("2040299", List.of("禁毒工作经费", "司法系统被装购置费")),
                    Map.entry("2101103", List.of("公务员医疗补助经费")));

    private final Draw d;
    private final SplittableRandom r;
    private final UnitCatalog.UnitSpec unit;

    PerformanceProjects(Draw d) {
        this.d = d;
        this.r = d.r;
        this.unit = d.unit;
    }

    private long round0(long cents) {
        return d.round0(cents);
    }

    List<ProjectView> projects(List<Item> items) {
        List<ProjectView> projects = new ArrayList<>();
        for (Item i : items) {
            if (i.fiscalProject() <= 0 || !PROJECTS.containsKey(i.code())) {
                continue;
            }
            List<String> names = PROJECTS.get(i.code());
            String name = names.get(r.nextInt(names.size()));
            if (i.code().equals("2040605") && unit.regionCode().startsWith("15")) {
                name = "“法治乌兰牧骑”普法宣传经费";
            }
            long executed = i.fiscalProject();
            long annual = executed + round0((long) (executed * r.nextDouble() * 0.05));
            long initial = i.budget() > 0 ? Math.min(i.budget(), annual) : annual;
            BigDecimal rate =
                    annual == 0
                            ? BigDecimal.valueOf(100)
                            : BigDecimal.valueOf(executed * 10000 / annual, 2);
            BigDecimal rateScore =
                    rate.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP).min(BigDecimal.TEN);
            List<PerformanceIndicator> indicators = indicators(name);
            BigDecimal score =
                    rateScore.add(
                            indicators.stream()
                                    .map(PerformanceIndicator::score)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            String dept = unit.name();
            projects.add(
                    new ProjectView(
                            PerformanceProject.Kind.PROJECT,
                            name,
                            dept,
                            unit.name(),
                            yuan(initial),
                            yuan(annual),
                            yuan(executed),
                            yuan(annual),
                            yuan(executed),
                            BigDecimal.ZERO.setScale(2),
                            BigDecimal.ZERO.setScale(2),
                            BigDecimal.ZERO.setScale(2),
                            BigDecimal.ZERO.setScale(2),
                            rate,
                            BigDecimal.TEN.setScale(2),
                            rateScore,
                            BigDecimal.valueOf(100).setScale(2),
                            score,
                            "保障" + name.replace("经费", "") + "工作顺利开展，完成年度各项目标任务。",
                            "已完成年度目标，" + name.replace("经费", "") + "工作有序推进，资金使用规范。",
                            null,
                            false,
                            indicators));
        }
        return projects;
    }

    private List<PerformanceIndicator> indicators(String project) {
        String topic = project.replace("经费", "").replace("“", "").replace("”", "");
        List<PerformanceIndicator> list = new ArrayList<>();
        int n = 0;
        int quantity = 20 + r.nextInt(200);
        list.add(
                indicator(
                        n++,
                        "产出指标",
                        "数量指标",
                        "开展" + topic + "活动场次",
                        "正向",
                        "大于等于",
                        "≥" + quantity,
                        Integer.toString(quantity + r.nextInt(30)),
                        "场次",
                        15,
                        15));
        list.add(
                indicator(
                        n++,
                        "产出指标",
                        "数量指标",
                        "覆盖乡镇（街道）数",
                        "正向",
                        "大于等于",
                        "≥" + (5 + r.nextInt(20)),
                        Integer.toString(25 + r.nextInt(10)),
                        "个",
                        10,
                        10));
        list.add(
                indicator(
                        n++,
                        "产出指标",
                        "质量指标",
                        topic + "任务完成率",
                        "正向",
                        "大于等于",
                        "≥95%",
                        (96 + r.nextInt(5)) + "%",
                        "%",
                        10,
                        10));
        list.add(
                indicator(n++, "产出指标", "时效指标", "任务完成及时率", "正向", "等于", "100%", "100%", "%", 10, 10));
        list.add(
                indicator(
                        n++, "产出指标", "成本指标", "项目成本控制率", "反向", "小于等于", "≤100%", "100%", "%", 5, 5));
        int social = 14 + r.nextInt(2);
        list.add(
                indicator(
                        n++,
                        "效益指标",
                        "社会效益指标",
                        "群众法治意识和法治素养提升",
                        "定性",
                        null,
                        "有效提升",
                        "有效提升",
                        null,
                        15,
                        social));
        list.add(
                indicator(
                        n++,
                        "效益指标",
                        "可持续影响指标",
                        "基层社会治理法治化水平",
                        "定性",
                        null,
                        "持续提高",
                        "持续提高",
                        null,
                        15,
                        15));
        list.add(
                indicator(
                        n,
                        "满意度指标",
                        "服务对象满意度指标",
                        "服务对象满意度",
                        "正向",
                        "大于等于",
                        "≥90%",
                        (92 + r.nextInt(8)) + "%",
                        "%",
                        10,
                        9 + r.nextInt(2)));
        return list;
    }

    private PerformanceIndicator indicator(
            int position,
            String l1,
            String l2,
            String name,
            String nature,
            String direction,
            String target,
            String actual,
            String measure,
            int weight,
            int score) {
        return new PerformanceIndicator(
                null,
                null,
                position,
                l1,
                l2,
                name,
                nature,
                direction,
                target,
                actual,
                measure,
                BigDecimal.valueOf(weight).setScale(2),
                BigDecimal.valueOf(score).setScale(2),
                score < weight ? "个别指标未完全达到预期，下一步将加强过程管理，提高资金使用效益。" : null);
    }
}
