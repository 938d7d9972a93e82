package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.audit.AuditLog;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The staff workflow guides (#21): a copy of last year is flagged where it is still last year's, a
 * submission needs the head of unit and the report date, publishing is confirmed, each step ends
 * with its own message, typed input survives a refusal, drafts can be previewed (by staff only) and
 * deleted, and reviewers start from their queue.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidedWorkflowTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject AuditLog audit;

    @BeforeAll
    void accountsAndLastYear() {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true);
        accounts.add(
                new AccountService.NewAccount(
                        "guided", Role.UNIT_EDITOR, "醴陵市司法局", null, "guided-password-1"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "guided-other",
                        Role.UNIT_EDITOR,
                        "内蒙古自治区法治宣传中心",
                        null,
                        "guided-password-2"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "guided-reviewer", Role.REVIEWER, null, "430000", "reviewer-password"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "guided-far", Role.REVIEWER, null, "150000", "reviewer-password"),
                "test");
    }

    private WebSession as(String user, String password) {
        WebSession s = new WebSession(server.getURI());
        assertEquals(303, s.login(user, password).statusCode());
        return s;
    }

    private static long createdId(HttpResponse<String> response) {
        Matcher m =
                Pattern.compile("/staff/disclosures/(\\d+)")
                        .matcher(response.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), "redirect to the new disclosure: " + response.headers().map());
        return Long.parseLong(m.group(1));
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void aCopyOfLastYearIsRenewedFlaggedAndCannotGoOutUnexplained() {
        WebSession editor = as("guided", "guided-password-1");
        HttpResponse<String> created =
                editor.submitForm(
                        "/staff",
                        "/staff/disclosures",
                        Map.of("year", "2024", "start", "COPY_KEPT"));
        long id = createdId(created);
        assertTrue(location(created).endsWith("?done=copied"), location(created));
        String page = "/staff/disclosures/" + id;
        DisclosureDocument copy = catalog.document(id).orElseThrow();
        assertTrue(
                copy.sections().stream().noneMatch(s -> s.title().contains("2023年")),
                "headings name the new year");
        assertTrue(
                copy.sections().stream().anyMatch(s -> s.title().contains("2024年度")),
                "a heading that named 2023 names 2024");
        assertTrue(
                audit.forDisclosure(id).stream()
                        .anyMatch(e -> e.detail() != null && e.detail().contains("复制2023年度")),
                "the log names the year copied");

        String html = editor.get(page + "?done=copied").body();
        assertTrue(html.contains("已复制上一年度的决算"), "the copy's own message");
        assertTrue(html.contains("[COPY_STALE_YEAR]") && html.contains("本节只写到2023年"), html);
        assertTrue(
                html.contains("[COPY_SAME_FIGURES]") && html.contains("与2023年度决算完全相同"),
                "identical figures are flagged");

        // Without the head of unit and the date: refused, with the explanation typed kept.
        HttpResponse<String> unsigned =
                editor.submitForm(page, page + "/submit", Map.of("explanation", "数字经核对与上年相同"));
        assertEquals(422, unsigned.statusCode());
        assertTrue(unsigned.body().contains("请先在“基本信息”中填写单位负责人、报送日期"), unsigned.body());
        assertTrue(unsigned.body().contains("提交前须填写报送日期。"), "the message is next to the field");
        assertTrue(unsigned.body().contains(">数字经核对与上年相同</textarea>"), "the typed text stays");

        HttpResponse<String> signed =
                editor.submitForm(
                        page,
                        page + "/profile",
                        Map.of("headOfUnit", "张三", "reportDate", "2024-08-01"));
        assertTrue(location(signed).contains("?done=profile"), location(signed));
        assertTrue(editor.get(location(signed)).body().contains("基本信息已保存。"));

        // The warnings need an explanation, as every warning does.
        HttpResponse<String> unexplained = editor.submitForm(page, page + "/submit", Map.of());
        assertEquals(422, unexplained.statusCode());
        assertTrue(unexplained.body().contains("请填写说明"));
        HttpResponse<String> submitted =
                editor.submitForm(page, page + "/submit", Map.of("explanation", "数字经核对与上年相同"));
        assertEquals(303, submitted.statusCode(), submitted.body());
        assertTrue(editor.get(location(submitted)).body().contains("已提交审核"));

        // The reviewer's home is the queue, with the submission in it.
        WebSession reviewer = as("guided-reviewer", "reviewer-password");
        String home = reviewer.get("/staff").body();
        assertTrue(home.contains("审核工作台") && !home.contains("我的决算"), home);
        assertTrue(home.contains("/staff/disclosures/" + id + "\""), "the submission is queued");
        assertTrue(
                Pattern.compile("待审核</span> <span class=\"count\">[1-9]").matcher(home).find(),
                home);
        assertTrue(home.contains("已退回") && home.contains("已公开"), "the other queues");

        // Returned with a comment: its own message; the editor's draft again.
        HttpResponse<String> returned =
                reviewer.submitForm(page, page + "/return", Map.of("comment", "请更新金额"));
        assertTrue(reviewer.get(location(returned)).body().contains("已退回填报单位修改"));
        assertTrue(
                reviewer.get("/staff?status=RETURNED").body().contains("/staff/disclosures/" + id));
        assertEquals(
                303,
                editor.submitForm(page, page + "/submit", Map.of("explanation", "数字经核对与上年相同"))
                        .statusCode());

        // Publishing is confirmed explicitly.
        HttpResponse<String> unconfirmed = reviewer.submitForm(page, page + "/publish", Map.of());
        assertEquals(422, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("请勾选“我已审核本决算，确认公开”"));
        assertEquals(DisclosureStatus.SUBMITTED, catalog.document(id).orElseThrow().status());
        HttpResponse<String> published =
                reviewer.submitForm(page, page + "/publish", Map.of("confirm", "1"));
        assertEquals(303, published.statusCode(), published.body());
        String after = reviewer.get(location(published)).body();
        assertTrue(after.contains("已审核通过并公开"), after);
        assertTrue(after.contains("href=\"/disclosures/" + id + "\""), "the public page now");
    }

    @Test
    void aDraftsPreviewIsForItsStaffOnly() {
        WebSession editor = as("guided", "guided-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2013")));
        String preview = "/staff/disclosures/" + id + "/preview";
        assertTrue(
                editor.get("/staff/disclosures/" + id).body().contains("href=\"" + preview + "\""),
                "the draft's page links to its preview");
        HttpResponse<String> own = editor.get(preview);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("预览") && own.body().contains("尚未公开"), own.body());
        assertTrue(own.body().contains("醴陵市司法局"));
        assertEquals("no-store", own.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(own.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        assertEquals(200, as("guided-reviewer", "reviewer-password").get(preview).statusCode());

        WebSession anonymous = new WebSession(server.getURI());
        HttpResponse<String> outside = anonymous.get(preview);
        assertEquals(303, outside.statusCode(), "the public is sent to the login");
        assertTrue(location(outside).endsWith("/login"));
        assertEquals(404, anonymous.get("/disclosures/" + id).statusCode(), "no public page");
        assertEquals(404, as("guided-other", "guided-password-2").get(preview).statusCode());
        assertEquals(403, as("guided-far", "reviewer-password").get(preview).statusCode());
    }

    @Test
    void aDraftNeverSubmittedCanBeDeletedAfterConfirmation() {
        WebSession editor = as("guided", "guided-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2012")));
        String page = "/staff/disclosures/" + id;
        assertTrue(editor.get(page).body().contains("删除草稿"));
        HttpResponse<String> unconfirmed = editor.submitForm(page, page + "/delete", Map.of());
        assertEquals(422, unconfirmed.statusCode());
        assertEquals(DisclosureStatus.DRAFT, catalog.document(id).orElseThrow().status());
        assertEquals(
                404,
                as("guided-other", "guided-password-2")
                        .submitForm("/staff", page + "/delete", Map.of("confirm", "1"))
                        .statusCode(),
                "another unit cannot delete it");

        HttpResponse<String> deleted =
                editor.submitForm(page, page + "/delete", Map.of("confirm", "1"));
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertEquals("/staff?done=deleted", location(deleted));
        assertTrue(editor.get(location(deleted)).body().contains("草稿已删除"));
        assertEquals(DisclosureStatus.DISCARDED, catalog.document(id).orElseThrow().status());
        assertTrue(
                audit.forDisclosure(id).stream().anyMatch(e -> e.action().equals("DISCARD")),
                "audited");
    }

    @Test
    void aDraftOnceSubmittedCannotBeDeleted() {
        WebSession editor = as("guided", "guided-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2011")));
        String page = "/staff/disclosures/" + id;
        StaffWorkflowTest.sign(editor, page);
        assertEquals(
                303,
                editor.submitForm(page, page + "/submit", Map.of("explanation", "说明"))
                        .statusCode());
        as("guided-reviewer", "reviewer-password")
                .submitForm(page, page + "/return", Map.of("comment", "请修改"));
        StaffWorkflowTest.sign(editor, page); // editing makes it a draft again
        assertEquals(DisclosureStatus.DRAFT, catalog.document(id).orElseThrow().status());
        assertFalse(editor.get(page).body().contains("id=\"delete-title\""), "not offered");
        HttpResponse<String> refused =
                editor.submitForm(page, page + "/delete", Map.of("confirm", "1"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("只有从未提交审核的草稿可以删除"));
    }
}
