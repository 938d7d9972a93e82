package gongkai.search;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RegionRef;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureDocument.UnitRef;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Hand-built disclosures for unit tests (no database, no parser). */
public final class TestDocuments {

    public static final RegionRef INNER_MONGOLIA =
            new RegionRef("150000", "内蒙古自治区", List.of("内蒙古自治区"));
    public static final RegionRef LILING =
            new RegionRef("430281", "醴陵市", List.of("湖南省", "株洲市", "醴陵市"));

    private TestDocuments() {}

    public static DisclosureDocument document(
            long id,
            long unitId,
            String unitName,
            RegionRef region,
            int year,
            List<SectionView> sections,
            List<TableView> tables,
            List<ProjectView> projects) {
        return new DisclosureDocument(
                id,
                new UnitRef(unitId, unitName, null, region),
                year,
                DisclosureKind.FINAL_ACCOUNTS,
                DisclosureStatus.PUBLISHED,
                1,
                null,
                new Disclosure.Profile(null, null, null, null, null, null),
                null,
                null,
                sections,
                tables,
                projects);
    }

    public static SectionView section(String title, String body) {
        return new SectionView(null, title, body);
    }

    public static TableView expenditure(RowView... rows) {
        StandardTable t = StandardTable.G03;
        return new TableView("公开03", t, t.title(), null, null, t.columns(), List.of(rows));
    }

    public static RowView functional(String code, String name, String total) {
        return new RowView(
                code,
                name,
                LineItem.RowKind.FUNCTIONAL,
                LineItem.Side.EXPENSE,
                LineItem.levelOf(LineItem.RowKind.FUNCTIONAL, code),
                null,
                Map.of("total", new BigDecimal(total)));
    }

    static ProjectView project(
            String name, String executed, String goal, String... indicatorNames) {
        List<PerformanceIndicator> indicators = new java.util.ArrayList<>();
        int pos = 0;
        for (String n : indicatorNames) {
            indicators.add(
                    new PerformanceIndicator(
                            null,
                            null,
                            pos++,
                            "产出指标",
                            "数量指标",
                            n,
                            "正向",
                            "大于等于",
                            "100",
                            "100",
                            "%",
                            BigDecimal.TEN,
                            BigDecimal.TEN,
                            null));
        }
        BigDecimal ex = new BigDecimal(executed);
        return new ProjectView(
                PerformanceProject.Kind.PROJECT,
                name,
                "司法厅",
                "司法厅",
                ex,
                ex,
                ex,
                ex,
                ex,
                null,
                null,
                null,
                null,
                new BigDecimal("100"),
                BigDecimal.TEN,
                BigDecimal.TEN,
                new BigDecimal("100"),
                new BigDecimal("95"),
                goal,
                goal,
                null,
                false,
                indicators);
    }

    /**
     * A small corpus: two Inner Mongolia reports and one from 醴陵 (Hunan), shaped like the samples.
     */
    public static List<DisclosureDocument> corpus() {
        DisclosureDocument center =
                document(
                        1,
                        11,
                        "内蒙古自治区法治宣传中心",
                        INNER_MONGOLIA,
                        2023,
                        List.of(
                                section(
                                        "年度主要工作完成情况",
                                        "持续做强普法金色品牌，法治乌兰牧骑特色活动好评如潮。全程策划执行“法治乌兰牧骑”基层行节目。"),
                                section(
                                        "“三公”经费支出决算情况说明",
                                        "2023年度财政拨款“三公”经费支出 0.00万元。因公出国（境）费支出 0.00万元。公务接待费支出 0.00万元。"),
                                section("政府采购情况说明", "政府采购支出总额 0.00万元，其中服务采购 0.00万元。")),
                        List.of(expenditure(functional("2040605", "普法宣传", "450000.00"))),
                        List.of());
        DisclosureDocument department =
                document(
                        2,
                        12,
                        "内蒙古自治区司法厅（本级）",
                        INNER_MONGOLIA,
                        2023,
                        List.of(
                                section(
                                        "年度主要工作完成情况",
                                        "推深做实“我最喜爱的法治乌兰牧骑”系列活动。乌兰察布市、兴安盟等地旗县列为现场述法试点。"),
                                section(
                                        "一般公共预算财政拨款支出决算情况说明",
                                        "司法（款）社区矫正（项）。年初预算78万元，支出决算78万元，完成年初预算的100%。"),
                                section("预算绩效情况说明", "组织对“国家统一法律职业资格考试经费”、“社区矫正经费”等项目开展绩效自评。"),
                                section("机构设置", "负责指导、管理社区工作；矫正有关制度建设。其他经费另行安排。")),
                        List.of(
                                expenditure(
                                        functional("204", "公共安全支出", "9000000.00"),
                                        functional("20406", "司法", "8000000.00"),
                                        functional("2040610", "社区矫正", "780000.00"),
                                        functional("2040607", "公共法律服务", "1440000.00"))),
                        List.of(
                                project("社区矫正经费", "780000.00", "保障社区矫正工作正常开展", "社区矫正对象教育人次"),
                                project("普法专项经费", "1200000.00", "开展普法宣传活动", "法治乌兰牧骑演出场次")));
        DisclosureDocument liling =
                document(
                        3,
                        13,
                        "醴陵市司法局",
                        LILING,
                        2023,
                        List.of(
                                section("部门职责", "负责全市人民调解、社区矫正和刑释人员帮教安置工作。"),
                                section("“三公”经费支出决算情况说明", "公务接待费支出预算为3万元，支出决算为3万元，完成预算的100%。"),
                                section("机关运行经费", "公用经费81.04万元，主要包括办公费、印刷费、咨询费、物业管理费、运行维护服务费。")),
                        List.of(
                                expenditure(
                                        functional("2040610", "社区矫正", "120000.00"),
                                        functional("2040605", "普法宣传", "450000.00"),
                                        functional("2080505", "机关事业单位基本养老保险缴费支出", "345996.16"))),
                        List.of());
        return List.of(center, department, liling);
    }
}
