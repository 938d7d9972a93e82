package gongkai.importer.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import gongkai.importer.DisclosureParser;
import gongkai.importer.ParseResult;
import gongkai.importer.SeedAssertions;
import gongkai.importer.read.DocumentText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic warnings of the tables listed by code (CodedTableChecks), each on a document where
 * exactly one relation is broken. Written after mutation testing (issue 16): with the class checks,
 * the per-row checks and the 人员/公用经费 checks turned off, no test failed, because the seeds add up
 * and the one synthetic case only broke the 合计 row.
 */
class CodedTableChecksTest {

    private static List<String> warnings(String... lines) {
        List<String> doc = new ArrayList<>(List.of("单位名称：某某县司法局", "2023年度"));
        doc.addAll(List.of(lines));
        ParseResult r = new DisclosureParser().parse(new DocumentText("t.txt", doc));
        assertNotNull(r.disclosure(), () -> r.report().errors().toString());
        return SeedAssertions.warnings(r.report());
    }

    // Kills: the call of hierarchy() removed from codeTable, its `length() >= 7` and
    // `children.isEmpty()` negated, its c.equal removed, directChildren returning an empty list.
    @Test
    void warnsWhenAClassDiffersFromTheSumOfItsSubclassesWhileTheTotalStillAddsUp() {
        List<String> w =
                warnings(
                        "表三 支出决算表",
                        "单位：元",
                        "科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                        "合计\t\t250.00\t100.00\t150.00",
                        "204\t公共安全支出\t300.00\t100.00\t200.00",
                        "20406\t司法\t250.00\t100.00\t150.00",
                        "2040601\t行政运行\t100.00\t100.00\t0.00",
                        "2040610\t社区矫正\t150.00\t0.00\t150.00");
        assertEquals(2, w.size(), w::toString);
        assertEquals("7:公开03支出决算表：科目 204 与其下级科目之和（total）不相等（300.00 ≠ 250.00，相差 50.00 元）", w.get(0));
        assertEquals(
                "7:公开03支出决算表：科目 204 与其下级科目之和（project）不相等（200.00 ≠ 150.00，相差 50.00 元）", w.get(1));
    }

    // Kills: `whole == null` and `noneMatch(...)` negated in codeTable's per-row loop, its
    // c.equal removed, and the name/code choice of the message negated (it would name 2040610).
    @Test
    void warnsWhenARowsTotalDiffersFromItsBasicAndProjectColumns() {
        List<String> w =
                warnings(
                        "表三 支出决算表",
                        "单位：元",
                        "科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                        "合计\t\t300.00\t100.00\t150.00",
                        "2040601\t行政运行\t100.00\t100.00\t0.00",
                        "2040610\t社区矫正\t200.00\t0.00\t150.00");
        assertEquals(
                List.of(
                        "6:公开03支出决算表：「合计」的合计与各分栏之和不相等（300.00 ≠ 250.00，相差 50.00 元）",
                        "8:公开03支出决算表：「社区矫正」的合计与各分栏之和不相等（200.00 ≠ 150.00，相差 50.00 元）"),
                w);
    }

    // Kills: the 合计-row filter always true (the first row of the table would be taken as 合计).
    @Test
    void aTotalRowPrintedBelowTheSubjectsIsStillTheTotal() {
        List<String> w =
                warnings(
                        "表三 支出决算表",
                        "单位：元",
                        "科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                        "2040601\t行政运行\t100.00\t100.00\t0.00",
                        "2040610\t社区矫正\t150.00\t0.00\t150.00",
                        "合计\t\t250.00\t100.00\t150.00");
        assertEquals(List.of(), w);
    }

    // Kills: the three mutants of directChildren's "own parent listed" test (`<` turned into `<=`,
    // negated, always true): a 项 whose 款 is not printed counts directly towards its 类.
    @Test
    void anItemWhoseSubclassIsNotPrintedCountsTowardsItsClass() {
        List<String> w =
                warnings(
                        "表三 支出决算表",
                        "单位：元",
                        "科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                        "合计\t\t300.00\t100.00\t200.00",
                        "204\t公共安全支出\t300.00\t100.00\t200.00",
                        "20406\t司法\t250.00\t100.00\t150.00",
                        "2040601\t行政运行\t100.00\t100.00\t0.00",
                        "2040610\t社区矫正\t150.00\t0.00\t150.00",
                        "2049999\t其他公共安全支出\t50.00\t0.00\t50.00");
        assertEquals(List.of(), w);
    }

    private static final String[] BASIC_DETAIL_HEAD = {
        "一般公共预算财政拨款基本支出决算明细表", "单位：元", "人员经费\t\t\t公用经费\t\t", "科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数"
    };

    private static List<String> basicDetail(String... rows) {
        List<String> lines = new ArrayList<>(List.of(BASIC_DETAIL_HEAD));
        lines.addAll(List.of(rows));
        return warnings(lines.toArray(String[]::new));
    }

    // Kills: every item counted as a class (the filter `length() == 3` always true or negated)
    // and every class counted as personnel or none (the 301/303 predicate always true or false).
    @Test
    void basicDetailTotalsThatMatchTheirClassesGiveNoWarning() {
        List<String> w =
                basicDetail(
                        "301\t工资福利支出\t100.00\t302\t商品和服务支出\t50.00",
                        "30101\t基本工资\t100.00\t30201\t办公费\t50.00",
                        "303\t对个人和家庭的补助\t20.00\t310\t资本性支出\t10.00",
                        "30302\t退休费\t20.00\t31002\t办公设备购置\t10.00",
                        "人员经费合计\t\t120.00\t公用经费合计\t\t60.00");
        assertEquals(List.of(), w);
    }

    // Kills: the ECONOMIC row filter negated, `p != null` / `q != null` negated and either
    // c.equal of the two totals removed.
    @Test
    void warnsWhenThePersonnelOrPublicTotalDiffersFromItsClasses() {
        List<String> w =
                basicDetail(
                        "301\t工资福利支出\t100.00\t302\t商品和服务支出\t50.00",
                        "30101\t基本工资\t100.00\t30201\t办公费\t50.00",
                        "303\t对个人和家庭的补助\t20.00\t\t\t",
                        "30302\t退休费\t20.00\t\t\t",
                        "人员经费合计\t\t130.00\t公用经费合计\t\t60.00");
        assertEquals(2, w.size(), w::toString);
        assertEquals(
                "11:公开06一般公共预算财政拨款基本支出决算明细表：人员经费合计与人员经费各类之和不相等（130.00 ≠ 120.00，相差 10.00 元）",
                w.get(0));
        assertEquals(
                "11:公开06一般公共预算财政拨款基本支出决算明细表：公用经费合计与公用经费各类之和不相等（60.00 ≠ 50.00，相差 10.00 元）",
                w.get(1));
    }

    // Kills: the call of hierarchy() removed from basicDetail.
    @Test
    void warnsWhenAnEconomicClassDiffersFromItsItemsInTheBasicDetailTable() {
        List<String> w =
                basicDetail(
                        "301\t工资福利支出\t100.00\t302\t商品和服务支出\t50.00",
                        "30101\t基本工资\t90.00\t30201\t办公费\t50.00",
                        "人员经费合计\t\t100.00\t公用经费合计\t\t50.00");
        assertEquals(
                List.of(
                        "7:公开06一般公共预算财政拨款基本支出决算明细表：科目 301 与其下级科目之和（amount）不相等（100.00 ≠ 90.00，相差 10.00 元）"),
                w);
    }
}
