package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.StandardTable;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The staff side over real HTTP: login, CSRF, editing with optimistic locking, submit, review,
 * publish.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffWorkflowTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    @BeforeAll
    void accountsAndUnits() {
        // Importing registers the units 醴陵市司法局 (430281) and 内蒙古自治区法治宣传中心 (150000).
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true);
        accounts.add(
                new AccountService.NewAccount(
                        "liling", Role.UNIT_EDITOR, "醴陵市司法局", null, "editor-password-1"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "nmg", Role.UNIT_EDITOR, "内蒙古自治区法治宣传中心", null, "editor-password-2"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "hunan", Role.REVIEWER, null, "430000", "reviewer-password"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "neimenggu", Role.REVIEWER, null, "150000", "reviewer-password"),
                "test");
    }

    private WebSession as(String user, String password) {
        WebSession s = new WebSession(server.getURI());
        HttpResponse<String> login = s.login(user, password);
        assertEquals(303, login.statusCode(), login.body());
        assertEquals(
                "/staff",
                java.net
                        .URI
                        .create(login.headers().firstValue("Location").orElseThrow())
                        .getPath());
        return s;
    }

    private static long createdId(HttpResponse<String> response) {
        Matcher m =
                Pattern.compile("/staff/disclosures/(\\d+)")
                        .matcher(response.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), "redirect to the new disclosure: " + response.headers().map());
        return Long.parseLong(m.group(1));
    }

    /** Fills in the profile fields a submission needs (单位负责人, 报送日期). */
    static void sign(WebSession editor, String page) {
        assertEquals(
                303,
                editor.submitForm(
                                page,
                                page + "/profile",
                                Map.of("headOfUnit", "张三", "reportDate", "2024-08-01"))
                        .statusCode());
    }

    @Test
    void staffPagesRequireLogin() {
        HttpResponse<String> anonymous = new WebSession(server.getURI()).get("/staff");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void rejectsAWrongPasswordAndLocksAfterRepeatedFailures() throws Exception {
        accounts.add(
                new AccountService.NewAccount(
                        "victim", Role.UNIT_EDITOR, "醴陵市司法局", null, "victim-password"),
                "test");
        WebSession s = new WebSession(server.getURI());
        for (int i = 0; i < 5; i++) {
            assertTrue(
                    s.login("victim", "guess-" + i)
                            .headers()
                            .firstValue("Location")
                            .orElse("")
                            .contains("/login?error"));
        }
        // Locked now: even the right password is refused for a while.
        assertTrue(
                s.login("victim", "victim-password")
                        .headers()
                        .firstValue("Location")
                        .orElse("")
                        .contains("/login?error"));
    }

    @Test
    void refusesAFormWithoutTheCsrfToken() {
        WebSession editor = as("liling", "editor-password-1");
        HttpResponse<String> forged = editor.post("/staff/disclosures", Map.of("year", "2024"));
        assertEquals(403, forged.statusCode());
    }

    @Test
    void anEditorCannotOpenAnotherUnitsDisclosure() {
        WebSession liling = as("liling", "editor-password-1");
        long id =
                createdId(
                        liling.submitForm("/staff", "/staff/disclosures", Map.of("year", "2022")));
        WebSession other = as("nmg", "editor-password-2");
        // 404 like an id that does not exist: ids do not reveal other units' drafts.
        assertEquals(404, other.get("/staff/disclosures/" + id).statusCode());
        WebSession wrongReviewer = as("neimenggu", "reviewer-password");
        assertEquals(403, wrongReviewer.get("/staff/disclosures/" + id).statusCode());
    }

    @Test
    void aDraftGoesFromEditorToReviewerToThePublicSite() {
        WebSession editor = as("liling", "editor-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2021")));
        String page = "/staff/disclosures/" + id;

        // Save, then a stale save from an older copy of the page: refused with both versions shown.
        String stalePage = editor.get(page).body();
        HttpResponse<String> saved =
                editor.submitForm(
                        page,
                        page + "/profile",
                        Map.of(
                                "headOfUnit",
                                "张三",
                                "reportDate",
                                "2024-08-01",
                                "contactPhone",
                                "0731-23456789"));
        assertEquals(303, saved.statusCode(), saved.body());
        HttpResponse<String> stale =
                editor.post(
                        page + "/profile",
                        Map.of(
                                "csrfToken",
                                        WebSession.first(
                                                Pattern.compile(
                                                        "name=\"csrfToken\" value=\"([^\"]*)\""),
                                                stalePage),
                                "version",
                                        WebSession.first(
                                                Pattern.compile(
                                                        "name=\"version\" value=\"([^\"]*)\""),
                                                stalePage),
                                "headOfUnit", "李四"));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("已被他人修改"));
        assertTrue(
                stale.body().contains("李四") && stale.body().contains("张三"),
                "both versions are shown");

        // A section edit, kept exactly.
        HttpResponse<String> section =
                editor.submitForm(
                        page,
                        page + "/sections/0",
                        Map.of("title", "主要职能职责", "body", "负责全市法治乌兰牧骑式普法宣传。"));
        assertEquals(303, section.statusCode(), section.body());
        assertTrue(editor.get(page).body().contains("负责全市法治乌兰牧骑式普法宣传。"));

        // Warnings need a written explanation before submission.
        HttpResponse<String> unexplained = editor.submitForm(page, page + "/submit", Map.of());
        assertEquals(422, unexplained.statusCode());
        assertTrue(unexplained.body().contains("请填写说明"));
        assertEquals(
                303,
                editor.submitForm(page, page + "/submit", Map.of("explanation", "表格以附件公开"))
                        .statusCode());

        // The reviewer returns it with a comment; editing makes it a draft again; then publishes.
        WebSession reviewer = as("hunan", "reviewer-password");
        assertEquals(
                303,
                reviewer.submitForm(page, page + "/return", Map.of("comment", "请补充联系电话区号"))
                        .statusCode());
        String returned = editor.get(page).body();
        assertTrue(returned.contains("已退回") && returned.contains("请补充联系电话区号"));
        assertEquals(
                303,
                editor.submitForm(
                                page,
                                page + "/profile",
                                Map.of(
                                        "headOfUnit",
                                        "张三",
                                        "reportDate",
                                        "2024-08-01",
                                        "contactPhone",
                                        "0731-23456789"))
                        .statusCode());
        assertTrue(editor.get(page).body().contains("草稿"));
        assertEquals(
                303,
                editor.submitForm(page, page + "/submit", Map.of("explanation", "表格以附件公开"))
                        .statusCode());
        assertEquals(
                303,
                reviewer.submitForm(page, page + "/publish", Map.of("confirm", "1")).statusCode());

        String audit = reviewer.get(page).body();
        for (String action : new String[] {"新建", "保存", "提交审核", "退回修改", "公开"}) {
            assertTrue(audit.contains(action), "audit trail has " + action);
        }
        assertEquals(
                200,
                new WebSession(server.getURI()).get("/disclosures/" + id).statusCode(),
                "public now");
    }

    @Test
    void aSectionOfAMegabyteIsRefusedNextToTheFieldAndKeptOnThePage() {
        WebSession editor = as("liling", "editor-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2016")));
        String page = "/staff/disclosures/" + id;
        String huge = "法".repeat(1_000_000);
        HttpResponse<String> response =
                editor.submitForm(
                        page, page + "/sections/1", Map.of("title", "机构设置", "body", huge));
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("正文过长"));
        assertTrue(response.body().contains(huge), "the typed text stays in the form");
    }

    @Test
    void narrativeWithHtmlIsStoredAsTextAndShownEscaped() {
        WebSession editor = as("liling", "editor-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2015")));
        String page = "/staff/disclosures/" + id;
        String script = "<script>alert('x')</script><b>粗体</b>";
        assertEquals(
                303,
                editor.submitForm(
                                page,
                                page + "/sections/0",
                                Map.of("title", "主要职能职责", "body", script))
                        .statusCode());
        String html = editor.get(page).body();
        assertTrue(
                html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                "escaped on the page");
        assertTrue(!html.contains("<script>alert"), "never raw");
    }

    @Test
    void startsThisYearFromLastYearsDisclosureWithAmountsClearedOrKept() {
        WebSession editor = as("liling", "editor-password-1");
        long cleared =
                createdId(
                        editor.submitForm(
                                "/staff",
                                "/staff/disclosures",
                                Map.of("year", "2024", "start", "COPY_CLEARED")));
        DisclosureDocument last =
                catalog.list(null, 2023, null, 50, 0).stream()
                        .filter(s -> s.unitName().equals("醴陵市司法局"))
                        .findFirst()
                        .flatMap(s -> catalog.document(s.id()))
                        .orElseThrow();
        DisclosureDocument copy = catalog.document(cleared).orElseThrow();
        assertEquals(2024, copy.fiscalYear());
        assertEquals(last.sections().size(), copy.sections().size());
        assertEquals(last.sections().get(1).body(), copy.sections().get(1).body());
        assertEquals(rowCodes(last), rowCodes(copy), "same table structure");
        assertTrue(
                copy.tables().stream()
                        .flatMap(t -> t.rows().stream())
                        .allMatch(r -> r.amounts().isEmpty()),
                "amounts cleared");

        long kept =
                createdId(
                        editor.submitForm(
                                "/staff",
                                "/staff/disclosures",
                                Map.of("year", "2024", "start", "COPY_KEPT")));
        DisclosureDocument withAmounts = catalog.document(kept).orElseThrow();
        assertEquals(amounts(last), amounts(withAmounts), "amounts kept exactly");
        assertEquals(
                400,
                editor.submitForm(
                                "/staff",
                                "/staff/disclosures",
                                Map.of("year", "2010", "start", "COPY_KEPT"))
                        .statusCode(),
                "no 2009 disclosure to copy");
    }

    private static List<String> rowCodes(DisclosureDocument d) {
        return d.tables().stream()
                .filter(t -> t.kind() != StandardTable.PROSE)
                .flatMap(t -> t.rows().stream().map(r -> t.kind() + ":" + r.code()))
                .toList();
    }

    private static List<Map<String, java.math.BigDecimal>> amounts(DisclosureDocument d) {
        return d.tables().stream()
                .filter(t -> t.kind() != StandardTable.PROSE)
                .flatMap(t -> t.rows().stream().map(DisclosureDocument.RowView::amounts))
                .toList();
    }

    @Test
    void aCorrectionSupersedesThePublishedRevisionWhichStaysReadable() {
        DisclosureDocument published =
                catalog.list(null, 2023, null, 50, 0).stream()
                        .filter(
                                s ->
                                        s.unitName().equals("醴陵市司法局")
                                                && s.status()
                                                        == gongkai.disclosure.DisclosureStatus
                                                                .PUBLISHED)
                        .findFirst()
                        .flatMap(s -> catalog.document(s.id()))
                        .orElseThrow();
        WebSession editor = as("liling", "editor-password-1");
        String page = "/staff/disclosures/" + published.id();
        assertEquals(
                422, editor.submitForm(page, page + "/correct", Map.of("note", " ")).statusCode());
        long correction =
                createdId(
                        editor.submitForm(page, page + "/correct", Map.of("note", "更正公开06工会经费金额")));
        String draftPage = "/staff/disclosures/" + correction;
        sign(editor, draftPage);
        assertEquals(
                303,
                editor.submitForm(draftPage, draftPage + "/submit", Map.of("explanation", "已核对"))
                        .statusCode());
        WebSession reviewer = as("hunan", "reviewer-password");
        assertEquals(
                303,
                reviewer.submitForm(draftPage, draftPage + "/publish", Map.of("confirm", "1"))
                        .statusCode());

        WebSession visitor = new WebSession(server.getURI());
        String old = visitor.get("/disclosures/" + published.id()).body();
        assertTrue(
                old.contains("已更正") && old.contains("/disclosures/" + correction),
                "the old revision points to the correction");
        String current = visitor.get("/disclosures/" + correction).body();
        assertTrue(current.contains("更正公开06工会经费金额"), "the correction note is public");
        assertEquals(
                published.tables().size(),
                catalog.document(correction).orElseThrow().tables().size());
    }

    @Test
    void anEditorCannotPublishItsOwnDisclosure() {
        WebSession editor = as("liling", "editor-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2020")));
        String page = "/staff/disclosures/" + id;
        sign(editor, page);
        assertEquals(
                303,
                editor.submitForm(page, page + "/submit", Map.of("explanation", "说明"))
                        .statusCode());
        assertEquals(403, editor.submitForm(page, page + "/publish", Map.of()).statusCode());
    }

    @Test
    void aBadProfileIsShownAgainWithTheMessageNextToTheFieldAndWhatWasTyped() {
        WebSession editor = as("liling", "editor-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2014")));
        String page = "/staff/disclosures/" + id;
        String longName = "王".repeat(65);
        HttpResponse<String> refused =
                editor.submitForm(
                        page,
                        page + "/profile",
                        Map.of(
                                "headOfUnit",
                                "张三",
                                "headOfFinance",
                                longName,
                                "reportDate",
                                "2024/08/01",
                                "contactPhone",
                                "0731-23456789"));
        assertEquals(422, refused.statusCode());
        String html = refused.body();
        assertTrue(
                html.contains("报送日期格式应为 2024-08-01。") && html.contains("姓名最多 64 个字符。"),
                "field messages");
        assertTrue(
                html.contains("value=\"2024/08/01\"")
                        && html.contains("value=\"" + longName + "\"")
                        && html.contains("value=\"张三\"")
                        && html.contains("value=\"0731-23456789\""),
                "typed values kept");
        assertTrue(
                catalog.document(id).orElseThrow().profile().headOfUnit() == null,
                "nothing stored");

        HttpResponse<String> noSuchDay =
                editor.submitForm(
                        page,
                        page + "/profile",
                        Map.of("headOfUnit", "李四", "reportDate", "2024-02-30"));
        assertEquals(422, noSuchDay.statusCode());
        assertTrue(
                noSuchDay.body().contains("报送日期格式应为 2024-08-01。")
                        && noSuchDay.body().contains("value=\"李四\""));
    }

    @Test
    void aBadProfileWithAForgedTokenIsRefusedBeforeItIsShownAgain() {
        WebSession editor = as("liling", "editor-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2013")));
        String page = "/staff/disclosures/" + id;
        String token =
                WebSession.first(
                        Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\""),
                        editor.get(page).body());
        HttpResponse<String> forged =
                editor.post(
                        page + "/profile",
                        Map.of("csrfToken", "forged", "version", "0", "reportDate", "bad"));
        assertEquals(
                403, forged.statusCode(), "the token is checked before the form is shown again");
        assertTrue(!forged.body().contains("报送日期格式"), "and nothing of the form is shown");
        assertEquals(
                422,
                editor.post(
                                page + "/profile",
                                Map.of("csrfToken", token, "version", "0", "reportDate", "bad"))
                        .statusCode());
    }

    @Test
    void aSectionTitleTooLongIsRefusedNextToTheTitleAndTheTypedTextIsKept() {
        WebSession editor = as("liling", "editor-password-1");
        long id =
                createdId(
                        editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2012")));
        String page = "/staff/disclosures/" + id;
        String title = "题".repeat(501);
        HttpResponse<String> refused =
                editor.submitForm(
                        page, page + "/sections/0", Map.of("title", title, "body", "本节正文草稿。"));
        assertEquals(422, refused.statusCode());
        String html = refused.body();
        int field = html.indexOf("value=\"" + title + "\"");
        assertTrue(field > 0, "the typed title is kept");
        assertTrue(
                html.indexOf("标题最多 500 字。", field) > field
                        && html.indexOf("标题最多 500 字。", field) < html.indexOf("本节正文草稿。", field),
                "the message sits by the title, before the body");
        assertTrue(
                !catalog.document(id).orElseThrow().sections().get(0).title().equals(title),
                "nothing stored");
    }
}
