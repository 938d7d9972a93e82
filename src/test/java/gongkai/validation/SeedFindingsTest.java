package gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks on the three real seeds, imported through the importer and read back through the
 * catalog.
 */
@MicronautTest(startApplication = false, transactional = false)
class SeedFindingsTest {

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    private final ConsistencyChecker checker = new ConsistencyChecker(CodeList.standard());

    private List<Finding> findings(String seed) {
        ImportReport report = imports.importDocument(seed, bytes(seed), true);
        assertTrue(report.errors().isEmpty(), report::toText);
        DisclosureDocument d = catalog.document(report.disclosureId()).orElseThrow();
        List<Finding> findings = checker.check(d);
        return findings;
    }

    /**
     * The seed from the classpath (src/main/resources/samples) when shipped there, else from the
     * same folder on disk.
     */
    private static byte[] bytes(String seed) {
        try (InputStream in =
                SeedFindingsTest.class.getClassLoader().getResourceAsStream("samples/" + seed)) {
            if (in != null) {
                return in.readAllBytes();
            }
            return Files.readAllBytes(Path.of("src/main/resources/samples", seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream()
                .map(
                        f ->
                                f.ruleId()
                                        + " "
                                        + f.severity()
                                        + " "
                                        + f.location().table()
                                        + " "
                                        + f.location().column())
                .toList();
    }

    /**
     * 000 (内蒙古自治区法治宣传中心) publishes no table in the text: "第五部分 单位决算表 / 见附件。" So the only finding is
     * that no table 公开01–09 is there. Its narrative states every change with a "变动原因", or breaks it
     * down with "其中：" into items that each give a "差异原因", so no reason is missing. Its own
     * arithmetic holds: every 增加/增长 pair (e.g. 102.73 = 44.53 + 58.20, 58.20 ÷ 44.53 = 130.7%) and
     * every 完成年初预算的 rate (93.68 ÷ 24.59 = 380.97%). An INFO says the figures could not be checked
     * against tables.
     */
    @Test
    void publicityCentreOnlyLacksItsTables() {
        List<Finding> findings = findings(Samples.NMG_PUBLICITY_CENTRE);
        assertEquals(
                List.of("COMPLETE-TABLES WARNING null null", "NARRATIVE-UNCHECKED INFO null null"),
                ids(findings));
        assertTrue(findings.get(0).message().contains("见附件"));
    }

    /**
     * 001 (内蒙古自治区司法厅本级) is built like 000: tables "见附件", every change with its "变动原因". Its five
     * project self-evaluations cannot be compared with a 项目支出 table that is not there.
     */
    @Test
    void justiceDepartmentOnlyLacksItsTables() {
        List<Finding> findings = findings(Samples.NMG_JUSTICE_DEPARTMENT);
        assertEquals(
                List.of("COMPLETE-TABLES WARNING null null", "NARRATIVE-UNCHECKED INFO null null"),
                ids(findings));
    }

    /**
     * 004 (醴陵市司法局, tables in 元) is consistent table by table: 01 收入 13,742,926.23 = 13,199,144.81 +
     * 543,781.42 = 支出 Σ类; 05 基本支出 7,671,259.06 = 06 人员经费 6,860,829.83 + 公用经费 810,429.23; 09 70,000
     * = 0 + 40,000 + 30,000. So no ERROR. Five real warnings remain:
     *
     * <ul>
     *   <li>the 三公 section says "公务用车购置费支出预算为4万元，支出决算为4万元", but 公开09 has 公务用车购置费 0.00 in both
     *       halves (the 4万元 is the 运行维护费, copied onto the wrong line; the unit's own attachment
     *       says "公务用车购置费支出预算为 0 万元，支出决算为 0 万元"): one warning for 决算数, one for 预算数;
     *   <li>公开08 is listed in the table of contents (八、国有资本经营预算财政拨款支出决算表) but not published, and no
     *       section says the unit has no such funds. 公开07 is missing too, but "本单位无政府性基金收支"
     *       explains it;
     *   <li>"财政拨款支出1319.91万元，占本年支出合计的96.18%": by the tables 13,199,144.81 ÷ 13,742,926.23 = 96.04%
     *       (and by the text's own figures 1319.91 ÷ 1374.29 = 96.04%);
     *   <li>the attached 整体支出绩效自评报告 says "2022 年度收、支总计均为 1374.29 万元" — the 2023 figure under the
     *       wrong year.
     * </ul>
     *
     * The narrative's other figures (收入合计 1374.29, 财政拨款收入 1319.91, 基本支出 796.59, 项目支出 577.70, 人员经费
     * 686.08, 公用经费 81.04, each 项's 支出决算) agree with the tables within 0.5万元.
     */
    @Test
    void lilingBureauHasNoTableErrorAndFiveRealWarnings() {
        List<Finding> findings = findings(Samples.LILING_JUSTICE_BUREAU);
        assertTrue(
                findings.stream().noneMatch(f -> f.severity() == Severity.ERROR),
                findings::toString);
        assertEquals(
                List.of(
                        "NARRATIVE-THREE-PUBLIC WARNING 公开09 actual_vehicle_purchase",
                        "NARRATIVE-THREE-PUBLIC WARNING 公开09 budget_vehicle_purchase",
                        "NARRATIVE-SHARE WARNING 公开05 null",
                        "YEAR-NARRATIVE WARNING null null",
                        "COMPLETE-TABLES WARNING 公开08 null"),
                ids(findings));
        assertEquals(
                "情况说明称公务用车购置费决算数 4.00 万元（“公务用车购置费支出预算为4万元，支出决算为4万元”），"
                        + "但公开09为 0.00 万元，相差 4.00 万元。",
                findings.get(0).message());
    }
}
