package gongkai.staff.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
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
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The 万元/元 switch of the performance form, as fixed for the table grid: switching converts the
 * amounts on screen and stores nothing, the form is always read in the unit it shows (and says so),
 * and a save whose amounts change about 10,000-fold from the stored ones needs a confirmation. Each
 * test works on its own project of the imported 内蒙古自治区司法厅 draft.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceUnitSwitchTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;

    private long id;
    private WebSession editor;

    @BeforeAll
    void draft() {
        ImportReport report =
                imports.importDocument("001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), false);
        assertNotNull(report.disclosureId(), report.toString());
        id = report.disclosureId();
        accounts.add(
                new AccountService.NewAccount(
                        "perf-unit", Role.UNIT_EDITOR, report.unitName(), null, "perf-unit-pass-1"),
                "test");
        editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("perf-unit", "perf-unit-pass-1").statusCode());
    }

    /** The n-th project with budget and execution figures, as stored now. */
    private StoredProject project(int n) {
        List<StoredProject> all =
                disclosures.projects(id).stream()
                        .filter(
                                p ->
                                        p.project().kind() == PerformanceProject.Kind.PROJECT
                                                && p.project().executed() != null
                                                && p.project().annualBudget() != null
                                                && p.project().executed().signum() > 0)
                        .toList();
        return all.get(n);
    }

    private StoredProject reread(StoredProject p) {
        return disclosures.projects(id).stream()
                .filter(s -> s.project().id().equals(p.project().id()))
                .findFirst()
                .orElseThrow();
    }

    private String page(StoredProject p) {
        return "/staff/disclosures/" + id + "/performance/" + p.project().id();
    }

    @Test
    void switchingTheUnitConvertsTheAmountsOnScreenAndSavingKeepsThemUnchanged() {
        StoredProject before = project(0);
        String page = page(before);
        String shown = editor.get(page + "?unit=WAN_YUAN").body();
        assertTrue(
                shown.contains("金额单位：<strong>万元</strong>"),
                "the unit the amounts are read in is stated");

        // The editor chooses 元 on a form shown in 万元. Before the fix the 万元 numbers were then read
        // as 元 on save and every amount was divided by 10,000.
        Map<String, String> fields = FormFields.of(shown, page);
        fields.put("switchUnit", "YUAN");
        HttpResponse<String> switched = editor.post(page, fields);
        assertEquals(200, switched.statusCode(), PerformanceEditingTest.messages(switched.body()));
        assertEquals(before, reread(before), "switching stores nothing");
        String executedInYuan = before.project().executed().setScale(2).toPlainString();
        assertTrue(
                switched.body().contains("value=\"" + executedInYuan + "\""),
                "the amounts on screen are now in 元");
        assertTrue(
                switched.body().contains("<input type=\"hidden\" name=\"unit\" value=\"YUAN\">"),
                "the form is read in 元");
        assertTrue(switched.body().contains("金额单位：<strong>元</strong>"));

        HttpResponse<String> saved = editor.post(page, FormFields.of(switched.body(), page));
        assertEquals(303, saved.statusCode(), PerformanceEditingTest.messages(saved.body()));
        StoredProject after = reread(before);
        assertEquals(0, before.project().executed().compareTo(after.project().executed()));
        assertEquals(0, before.project().annualBudget().compareTo(after.project().annualBudget()));
    }

    @Test
    void aSaveThatRescalesTheAmountsTenThousandFoldNeedsConfirmation() {
        StoredProject before = project(1);
        String page = page(before);
        Map<String, String> fields =
                FormFields.of(editor.get(page + "?unit=WAN_YUAN").body(), page);
        // The old defect's shape: numbers typed in 万元 but read in 元.
        fields.put("unit", "YUAN");
        HttpResponse<String> refused = editor.post(page, fields);
        assertEquals(422, refused.statusCode());
        assertTrue(
                refused.body().contains("约为原来的万分之一"),
                PerformanceEditingTest.messages(refused.body()));
        assertTrue(
                refused.body().contains("name=\"confirmScale\""), "a confirmation box is offered");
        assertEquals(before, reread(before), "nothing stored without confirmation");

        Map<String, String> confirmed = FormFields.of(refused.body(), page);
        confirmed.put("confirmScale", "1");
        assertEquals(303, editor.post(page, confirmed).statusCode());
        assertEquals(
                0,
                before.project()
                        .executed()
                        .movePointLeft(4)
                        .compareTo(reread(before).project().executed()),
                "a confirmed rescale is stored as typed");
    }

    @Test
    void aFormShownInWanYuanThatWouldRoundStaysInYuan() {
        StoredProject p = project(2);
        Map<String, String> fields =
                FormFields.of(editor.get(page(p) + "?unit=YUAN").body(), page(p));
        fields.put("executed", new BigDecimal("12345.67").toPlainString());
        fields.put("switchUnit", "WAN_YUAN");
        HttpResponse<String> switched = editor.post(page(p), fields);
        assertEquals(200, switched.statusCode());
        assertTrue(
                switched.body().contains("不能换算为万元"),
                PerformanceEditingTest.messages(switched.body()));
        assertTrue(switched.body().contains("value=\"12345.67\""), "the typed amount is kept in 元");
        assertEquals(p, reread(p), "nothing stored");
    }
}
