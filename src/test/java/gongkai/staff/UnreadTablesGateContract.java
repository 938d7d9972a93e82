package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.ImportGaps;
import gongkai.importer.ImportService;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A table present in the document but not read is an error that stops a submission for review and a
 * publish until staff confirm it: through the staff forms over real HTTP (the H2 and MariaDB
 * subclasses).
 */
abstract class UnreadTablesGateContract {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject ImportGaps gaps;
    @Inject DisclosureCatalog catalog;

    private WebSession as(String user, String password) {
        WebSession s = new WebSession(server.getURI());
        assertEquals(303, s.login(user, password).statusCode());
        return s;
    }

    @Test
    void anUnreadTableBlocksSubmittingAndPublishingUntilStaffConfirmIt() {
        // Registers the unit 醴陵市司法局 (430281), to which the accounts belong.
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        accounts.add(
                new AccountService.NewAccount(
                        "gap-editor", Role.UNIT_EDITOR, "醴陵市司法局", null, "editor-password-1"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "gap-reviewer", Role.REVIEWER, null, "430000", "reviewer-password"),
                "test");
        byte[] lost =
                SampleVariants.withTableBodyLost(
                        SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2017),
                        "收入决算表",
                        "支出决算表");

        WebSession editor = as("gap-editor", "editor-password-1");
        String dashboard = editor.get("/staff").body();
        HttpResponse<String> imported =
                editor.uploadForm(
                        "/staff/imports",
                        Map.of(
                                "csrfToken",
                                WebSession.first(
                                        Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\""),
                                        dashboard)),
                        "liling-2017.txt",
                        lost);
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("未读取：找到标题，但其后没有表格内容"), imported.body());
        assertTrue(imported.body().contains("金额覆盖"), imported.body());
        Matcher m = Pattern.compile("/staff/disclosures/(\\d+)").matcher(imported.body());
        assertTrue(m.find(), imported.body());
        long id = Long.parseLong(m.group(1));
        String page = "/staff/disclosures/" + id;
        assertEquals(1, gaps.unconfirmed(id).size());

        String draft = editor.get(page).body();
        assertTrue(draft.contains("导入时未读取的表格"), draft);
        assertTrue(draft.contains("公开02 收入决算表（第 131 行）导入时未读取"), draft);
        assertTrue(draft.contains("确认导入时未读取的表格后才能提交审核"), draft);
        // Submitting for review as if complete is refused like a publish, with the reason.
        HttpResponse<String> early =
                editor.submitForm(page, page + "/submit", Map.of("explanation", "总表另行核对"));
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(early.body().contains("有 1 张表格导入时未读取：须先在本页确认这些表格后才能提交"), early.body());
        assertEquals(DisclosureStatus.DRAFT, catalog.document(id).orElseThrow().status());

        // Without the page's CSRF token the confirmation is refused and changes nothing.
        assertEquals(
                403,
                editor.post(page + "/confirm-unread", Map.of("csrfToken", "forged")).statusCode());
        assertEquals(1, gaps.unconfirmed(id).size());

        HttpResponse<String> confirmed =
                editor.submitForm(page, page + "/confirm-unread", Map.of());
        assertEquals(303, confirmed.statusCode(), confirmed.body());
        assertEquals(0, gaps.unconfirmed(id).size());
        String after = editor.get(page).body();
        assertTrue(after.contains("gap-editor 已确认"), after);
        assertTrue(after.contains("确认导入时未读取的表格"), "audited: " + after);

        editor.submitForm(
                page, page + "/profile", Map.of("headOfUnit", "张三", "reportDate", "2024-08-01"));
        HttpResponse<String> submitted =
                editor.submitForm(page, page + "/submit", Map.of("explanation", "总表另行核对"));
        assertEquals(303, submitted.statusCode(), submitted.body());

        WebSession reviewer = as("gap-reviewer", "reviewer-password");
        HttpResponse<String> published =
                reviewer.submitForm(page, page + "/publish", Map.of("confirm", "1"));
        assertEquals(303, published.statusCode(), published.body());
        assertTrue(reviewer.get(page).body().contains("已公开"));
    }

    @Test
    void anImportThatReadEveryTableIsNotHeldBack() {
        var report =
                imports.importDocument(
                        "004-2016",
                        SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2016),
                        true);
        assertEquals("PUBLISHED", report.status(), report.toText());
        assertEquals(0, gaps.forDisclosure(report.disclosureId()).size());
    }

    @Test
    void anAdministratorsDirectPublishOfADocumentWithAnUnreadTableStaysADraft() {
        byte[] lost =
                SampleVariants.withTableBodyLost(
                        SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2015),
                        "收入决算表",
                        "支出决算表");
        var report = imports.importDocument("004-2015", lost, true);
        assertEquals("DRAFT", report.status(), report.toText());
        assertTrue(report.toText().contains("未直接公开"), report.toText());
        assertEquals(1, gaps.unconfirmed(report.disclosureId()).size());
    }
}
