package gongkai.staff.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StoredProject;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.staff.FormFields;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Performance self-evaluation forms over HTTP, on the draft imported from the 内蒙古自治区司法厅 sample
 * (five 项目支出绩效自评 tables): listing, editing with exact amounts, bad input kept with field-level
 * messages, consistency notes next to the fields, stale saves refused, add and delete.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceEditingTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject DisclosureService disclosures;

    private long id;
    private WebSession editor;
    private String base;

    @BeforeAll
    void draft() {
        ImportReport report =
                imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), false);
        assertNotNull(report.disclosureId(), report.toString());
        id = report.disclosureId();
        accounts.add(
                new AccountService.NewAccount(
                        "perf", Role.UNIT_EDITOR, report.unitName(), null, "perf-password-1"),
                "test");
        editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("perf", "perf-password-1").statusCode());
        base = "/staff/disclosures/" + id + "/performance";
    }

    private StoredProject firstProject() {
        return disclosures.projects(id).stream()
                .filter(
                        p ->
                                p.project().kind() == PerformanceProject.Kind.PROJECT
                                        && !p.project().fromProse()
                                        && p.project().executed() != null
                                        && !p.indicators().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private static String wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The field-level messages of a rendered form, for failure reports. */
    static String messages(String html) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile(
                                "class=\"(?:field-error|form-error)\"[^>]*>([^<]*)<")
                        .matcher(html);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            b.append(m.group(1)).append('\n');
        }
        return b.toString();
    }

    @Test
    void listsEveryImportedProjectWithItsFigures() {
        DisclosureDocument d = catalog.document(id).orElseThrow();
        String html = editor.get(base).body();
        assertFalse(d.projects().isEmpty());
        for (DisclosureDocument.ProjectView p : d.projects()) {
            assertTrue(html.contains(p.name().replace("&", "&amp;")), "listed: " + p.name());
        }
        assertTrue(
                editor.get("/staff/disclosures/" + id).body().contains(base),
                "the disclosure page links the forms");
    }

    @Test
    void badFieldsGetMessagesAndEverythingTypedIsKept() {
        StoredProject project = firstProject();
        String page = base + "/" + project.project().id();
        Map<String, String> form = FormFields.of(editor.get(page).body(), page);
        assertEquals(
                PerformanceForm.defaultUnit(project) == gongkai.disclosure.MoneyUnit.WAN_YUAN
                        ? wan(project.project().executed())
                        : project.project().executed().toPlainString(),
                form.get("executed"),
                "amounts shown in 万元 unless that would round them");
        form.put("unit", "WAN_YUAN");
        form.put("kind", "PROJECT");
        form.put("name", "社区矫正经费（改）");
        form.put("initialBudget", "12a");
        form.put("annualBudget", "1.234");
        form.put("executed", "-5");
        form.put("executedFiscal", "123456789012345");
        form.put("ind_0_score", "九十");
        form.put("goalActual", "全年完成社区矫正对象教育帮扶。");
        HttpResponse<String> response = editor.post(page, form);
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("“12a”不是金额"), "letters in an amount");
        assertTrue(html.contains("金额最多保留两位小数"), "more than 2 decimals");
        assertTrue(html.contains("金额不能为负数"), "negative amount");
        assertTrue(html.contains("金额位数过多"), "a 15-digit amount");
        assertTrue(html.contains("“九十”不是数字"), "letters in a score");
        assertTrue(
                html.contains("value=\"社区矫正经费（改）\"")
                        && html.contains("value=\"12a\"")
                        && html.contains("value=\"123456789012345\"")
                        && html.contains("全年完成社区矫正对象教育帮扶。")
                        && html.contains("value=\"" + form.get("ind_0_name") + "\""),
                "what the editor typed is shown again");
        assertEquals(project, firstProject(), "nothing was stored");
    }

    @Test
    void savesExactAmountsAndShowsConsistencyNotesNextToTheFields() {
        StoredProject project = firstProject();
        String page = base + "/" + project.project().id();
        Map<String, String> form = FormFields.of(editor.get(page + "?unit=YUAN").body(), page);
        form.put("unit", "YUAN");
        form.put("kind", "PROJECT");
        // One 万元 less executed than the document says: the stated 执行率 no longer matches.
        BigDecimal executed = project.project().executed().subtract(BigDecimal.valueOf(10_000));
        form.put("executed", executed.toPlainString());
        String weight = form.get("ind_0_weight");
        BigDecimal over = new BigDecimal(weight.isEmpty() ? "10" : weight).add(BigDecimal.ONE);
        form.put("ind_0_weight", over.subtract(BigDecimal.ONE).toPlainString());
        form.put("ind_0_score", over.toPlainString());
        HttpResponse<String> saved = editor.post(page, form);
        assertEquals(303, saved.statusCode(), messages(saved.body()));

        StoredProject stored = firstProject();
        assertEquals(0, executed.compareTo(stored.project().executed()), "stored exactly in 元");
        assertEquals(project.indicators().size(), stored.indicators().size());
        String html = editor.get(saved.headers().firstValue("Location").orElseThrow()).body();
        BigDecimal expectedRate =
                stored.project()
                        .executed()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(stored.project().annualBudget(), 2, RoundingMode.HALF_UP);
        assertTrue(
                html.contains("执行率应为 全年执行数 ÷ 全年预算数 = " + expectedRate.toPlainString() + "%"),
                "rate note next to the field");
        assertTrue(
                html.contains("得分 " + over.stripTrailingZeros().toPlainString() + " 超过分值"),
                "score above its weight");
        assertTrue(editor.get(base).body().contains("执行率应为"), "the list shows the notes too");
    }

    @Test
    void aStaleSaveIsRefusedWithBothVersions() {
        StoredProject project = firstProject();
        String page = base + "/" + project.project().id();
        Map<String, String> stale = FormFields.of(editor.get(page + "?unit=YUAN").body(), page);
        Map<String, String> first = FormFields.of(editor.get(page + "?unit=YUAN").body(), page);
        stale.put("unit", "YUAN");
        first.put("unit", "YUAN");
        first.put("name", "甲版本项目名称");
        assertEquals(303, editor.post(page, first).statusCode());
        stale.put("name", "乙版本项目名称");
        HttpResponse<String> refused = editor.post(page, stale);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("已被他人修改"));
        assertTrue(
                refused.body().contains("甲版本项目名称") && refused.body().contains("乙版本项目名称"),
                "both versions shown");
        assertEquals("甲版本项目名称", firstProject().project().name());
    }

    @Test
    void addsAProjectWithIndicatorsAndDeletesIt() {
        int before = disclosures.projects(id).size();
        String newPage = base + "/new";
        Map<String, String> form = FormFields.of(editor.get(newPage).body(), newPage);
        form.put("unit", "YUAN");
        form.put("kind", "PROJECT");
        form.put("name", "法治乌兰牧骑普法宣传经费");
        form.put("annualBudget", "200000.00");
        form.put("executed", "199000.50");
        form.put("executionRate", "99.5");
        form.put("ind_0_level1", "产出指标");
        form.put("ind_0_level2", "数量指标");
        form.put("ind_0_name", "开展普法演出场次");
        form.put("ind_0_weight", "20");
        form.put("ind_0_score", "20");
        form.put("addIndicator", "1");
        HttpResponse<String> more = editor.post(newPage, form);
        assertEquals(200, more.statusCode(), messages(more.body()));
        assertTrue(
                more.body().contains("name=\"ind_1_name\"")
                        && more.body().contains("value=\"开展普法演出场次\""),
                "a blank row is added, typed rows kept");
        assertEquals(before, disclosures.projects(id).size(), "adding a row saves nothing");

        Map<String, String> again = FormFields.of(more.body(), newPage);
        again.put("unit", "YUAN");
        again.put("kind", "PROJECT");
        HttpResponse<String> saved = editor.post(newPage, again);
        assertEquals(303, saved.statusCode(), messages(saved.body()));
        List<StoredProject> after = disclosures.projects(id);
        assertEquals(before + 1, after.size());
        StoredProject added = after.get(after.size() - 1);
        assertEquals("法治乌兰牧骑普法宣传经费", added.project().name());
        assertEquals(new BigDecimal("199000.50"), added.project().executed());
        assertEquals(1, added.indicators().size(), "the blank row is dropped");
        assertEquals("开展普法演出场次", added.indicators().get(0).name());

        String page = base + "/" + added.project().id();
        HttpResponse<String> deleted = editor.submitForm(page, page + "/delete", Map.of());
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertEquals(before, disclosures.projects(id).size());
    }
}
