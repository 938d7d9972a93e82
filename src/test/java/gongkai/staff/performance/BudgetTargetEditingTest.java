package gongkai.staff.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StoredProject;
import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.staff.FormFields;
import gongkai.testsupport.Imported;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The performance editor on a budget draft (醴陵市司法局 2023 with its 绩效目标表): the pages speak of 绩效目标
 * and ask only what a target table has (年度资金总额, 财政拨款, 其他资金, 年度绩效目标, indicators with 指标值), a target
 * saves with no execution or score, and the final accounts of the same unit keep their
 * self-evaluation words.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetTargetEditingTest {

    /** Words only a self-evaluation has. */
    private static final List<String> SELF_EVALUATION =
            List.of("绩效自评", "全年执行数", "执行率", "得分", "实际完成", "偏差原因", "年初预算数");

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;

    private long budget;
    private long accounts2022;
    private WebSession editor;

    @BeforeAll
    void drafts() {
        budget =
                Imported.stored(
                        imports.importDocument(
                                "budget.txt",
                                BudgetFixtures.bytes(BudgetFixtures.LILING_2023_TARGETS),
                                false));
        accounts2022 =
                Imported.stored(
                        imports.importDocument(
                                "004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false));
        accounts.add(
                new AccountService.NewAccount(
                        "targets", Role.UNIT_EDITOR, "醴陵市司法局", null, "targets-password-1"),
                "test");
        editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("targets", "targets-password-1").statusCode());
    }

    private String base(long id) {
        return "/staff/disclosures/" + id + "/performance";
    }

    private StoredProject target(String name) {
        return disclosures.projects(budget).stream()
                .filter(p -> p.project().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void speaksOfTargets(String html, String what) {
        assertTrue(html.contains("绩效目标"), what + " says 绩效目标");
        for (String word : SELF_EVALUATION) {
            assertFalse(html.contains(word), () -> what + " has " + word + ":\n" + html);
        }
    }

    @Test
    void aBudgetDraftsPerformancePagesSpeakOfTargetsAndAskNoExecutionOrScore() {
        String list = editor.get(base(budget)).body();
        speaksOfTargets(list, "the list");
        assertTrue(list.contains("普法宣传经费") && list.contains("年度资金总额"), list);
        assertTrue(list.contains("添加绩效目标项目"), "the add button");

        String blank = editor.get(base(budget) + "/new").body();
        speaksOfTargets(blank, "the new form");
        assertTrue(blank.contains("项目支出绩效目标") && blank.contains("部门整体支出绩效目标"), blank);
        assertTrue(blank.contains("name=\"annualBudgetFiscal\""), "财政拨款 is asked");
        assertTrue(blank.contains("name=\"annualBudgetOther\""), "其他资金 is asked");
        assertFalse(blank.contains("name=\"executed\""), "no 全年执行数 input");
        assertFalse(blank.contains("name=\"ind_0_score\""), "no indicator score input");

        long overall =
                disclosures.projects(budget).stream()
                        .filter(p -> p.project().kind() == PerformanceProject.Kind.OVERALL)
                        .findFirst()
                        .orElseThrow()
                        .project()
                        .id();
        for (long projectId : List.of(target("普法宣传经费").project().id(), overall)) {
            String edit = editor.get(base(budget) + "/" + projectId).body();
            speaksOfTargets(edit, "the edit form");
            assertTrue(edit.contains("年度资金总额") && edit.contains("年度绩效目标"), edit);
            assertTrue(edit.contains("删除该绩效目标项目"), "the delete button");
        }
        assertTrue(
                editor.get(base(budget) + "/" + overall).body().contains("法治文化阵地建设"),
                "the overall target's 年度主要任务 is shown");
        String disclosure = editor.get("/staff/disclosures/" + budget).body();
        assertTrue(
                disclosure.contains(
                        "项目支出绩效目标与部门整体支出绩效目标（" + disclosures.projects(budget).size() + " 项）"),
                "the budget page links its targets");
        assertFalse(disclosure.contains("绩效自评"), "the budget page has no self-evaluation");
        assertTrue(
                editor.get(base(budget) + "/999999").body().contains("该绩效目标项目不存在"),
                "not found speaks of targets");
    }

    @Test
    void savesABudgetTargetWithoutExecutionFieldsAndLeavesThemEmpty() {
        String page = base(budget) + "/new";
        Map<String, String> form = FormFields.of(editor.get(page).body(), page);
        form.put("unit", "WAN_YUAN");
        form.put("kind", "PROJECT");
        form.put("name", "人民调解经费");
        form.put("annualBudget", "30");
        form.put("annualBudgetFiscal", "20");
        form.put("annualBudgetOther", "10");
        form.put("goalPlanned", "人民调解成功率保持在95%以上。");
        form.put("ind_0_level1", "产出指标");
        form.put("ind_0_level2", "数量指标");
        form.put("ind_0_name", "调解案件数");
        form.put("ind_0_target", "≥1000");
        form.put("ind_0_measure", "件");
        // A crafted post of a field the form does not show is not stored.
        form.put("executed", "29");
        form.put("totalScore", "95");
        form.put("ind_0_score", "10");
        HttpResponse<String> saved = editor.post(page, form);
        assertEquals(303, saved.statusCode(), () -> PerformanceEditingTest.messages(saved.body()));

        StoredProject stored = target("人民调解经费");
        PerformanceProject p = stored.project();
        assertEquals(0, new BigDecimal("300000").compareTo(p.annualBudget()));
        assertEquals(0, new BigDecimal("200000").compareTo(p.annualBudgetFiscal()));
        assertEquals(0, new BigDecimal("100000").compareTo(p.annualBudgetOther()));
        assertEquals("人民调解成功率保持在95%以上。", p.goalPlanned());
        for (Object hidden :
                new Object[] {
                    p.initialBudget(),
                    p.executed(),
                    p.executedFiscal(),
                    p.executionRate(),
                    p.executionWeight(),
                    p.executionScore(),
                    p.totalWeight(),
                    p.totalScore(),
                    p.goalActual()
                }) {
            assertNull(hidden, "a target has no execution or score");
        }
        PerformanceIndicator i = stored.indicators().get(0);
        assertEquals("≥1000", i.targetValue());
        assertEquals("件", i.measureUnit());
        assertNull(i.actualValue());
        assertNull(i.weight());
        assertNull(i.score());

        String edit = editor.get(saved.headers().firstValue("Location").orElseThrow()).body();
        speaksOfTargets(edit, "the saved target");
        assertTrue(edit.contains("已保存"), edit);

        String targetPage = base(budget) + "/" + stored.project().id();
        HttpResponse<String> deleted =
                editor.submitForm(targetPage, targetPage + "/delete", Map.of());
        assertEquals(303, deleted.statusCode(), deleted.body());
        String trail = editor.get("/staff/disclosures/" + budget).body();
        assertTrue(
                trail.contains("绩效目标：人民调解经费") && trail.contains("删除绩效目标：人民调解经费"),
                "the audit trail speaks of targets");
    }

    @Test
    void aTargetsFundsThatDoNotAddUpGetATargetNote() {
        StoredProject before = target("公共法律服务经费");
        String page = base(budget) + "/" + before.project().id();
        Map<String, String> form = FormFields.of(editor.get(page).body(), page);
        form.put("unit", "WAN_YUAN");
        form.put("kind", "PROJECT");
        form.put("annualBudgetOther", "5");
        HttpResponse<String> saved = editor.post(page, form);
        assertEquals(303, saved.statusCode(), () -> PerformanceEditingTest.messages(saved.body()));
        String edit = editor.get(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(edit.contains("年度资金总额应等于财政拨款与其他资金之和 61.00 万元"), edit);
        speaksOfTargets(edit, "the noted target");
        assertEquals(before.indicators().size(), target("公共法律服务经费").indicators().size());
        assertEquals(
                before.indicators().get(0).targetValue(),
                target("公共法律服务经费").indicators().get(0).targetValue(),
                "the indicators' 指标值 are kept");
    }

    @Test
    void aStaleTargetSaveShowsBothVersionsAsTargets() {
        String page = base(budget) + "/" + target("普法宣传经费").project().id();
        Map<String, String> stale = FormFields.of(editor.get(page).body(), page);
        Map<String, String> first = FormFields.of(editor.get(page).body(), page);
        first.put("kind", "PROJECT");
        stale.put("kind", "PROJECT");
        first.put("goalPlanned", "甲版本目标");
        assertEquals(303, editor.post(page, first).statusCode());
        stale.put("goalPlanned", "乙版本目标");
        HttpResponse<String> refused = editor.post(page, stale);
        assertEquals(409, refused.statusCode());
        String html = refused.body();
        assertTrue(html.contains("此预算已被他人修改"), html);
        assertTrue(html.contains("年度绩效目标：甲版本目标") && html.contains("年度绩效目标：乙版本目标"), html);
        speaksOfTargets(html, "the conflict");
    }

    @Test
    void aFinalAccountsDraftKeepsItsSelfEvaluationWords() {
        String list = editor.get(base(accounts2022)).body();
        assertTrue(list.contains("尚未填写绩效自评。") && list.contains("添加绩效自评项目"), list);
        String blank = editor.get(base(accounts2022) + "/new").body();
        for (String word : List.of("项目支出绩效自评", "全年执行数", "执行率", "自评总得分", "实际完成值", "偏差原因")) {
            assertTrue(blank.contains(word), () -> "the final accounts' form has " + word);
        }
        assertFalse(list.contains("绩效目标") || blank.contains("绩效目标"), "no target words");
        assertTrue(
                editor.get("/staff/disclosures/" + accounts2022)
                        .body()
                        .contains("项目支出绩效自评与部门整体支出绩效自评（0 项）"));
    }
}
