package gongkai.staff.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import gongkai.unit.UnitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Upload → preview → 确认导入 over HTTP, as a unit editor's browser would: nothing is stored until the
 * confirmation, which only the uploading session can give, once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPreviewTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\"");
    private static final Pattern UPLOAD =
            Pattern.compile("name=\"uploadToken\" value=\"([^\"]*)\"");
    private static final Pattern TABLE_LINK =
            Pattern.compile("href=\"(/staff/disclosures/\\d+/tables/G03)\"");

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject UnitService units;

    private long unitId;
    private byte[] workbook;

    @BeforeAll
    void unitWithEditor() throws IOException {
        ImportReport report =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        unitId = units.byName(report.unitName()).get(0).id();
        accounts.add(
                new AccountService.NewAccount(
                        "previewer", Role.UNIT_EDITOR, report.unitName(), null, "preview-password"),
                "test");
        workbook = asWorkbook(Samples.bytes(Samples.LILING_JUSTICE_BUREAU));
    }

    /** The seed as a finance program's workbook: one row per line, one cell per TAB field. */
    private static byte[] asWorkbook(byte[] text) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("决算");
            String[] lines = new String(text, StandardCharsets.UTF_8).split("\n", -1);
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].replace("\r", "").split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private WebSession editor() {
        WebSession s = new WebSession(server.getURI());
        assertEquals(303, s.login("previewer", "preview-password").statusCode());
        return s;
    }

    private HttpResponse<String> preview(WebSession s, String name, byte[] content) {
        String token = WebSession.first(CSRF, s.get("/staff").body());
        return s.uploadForm("/staff/imports/preview", Map.of("csrfToken", token), name, content);
    }

    private int stored() {
        return catalog.list(unitId, null, null, 500, 0).size();
    }

    @Test
    void dashboardFormOffersEveryImportableFormatAndPreviewsFirst() {
        String page = editor().get("/staff").body();
        assertTrue(page.contains("action=\"/staff/imports/preview\""), page);
        assertTrue(page.contains("accept=\".pdf,.xlsx,.xls,.docx,.txt"), page);
        assertTrue(page.contains("PDF、Excel 工作簿（.xlsx、.xls）、Word 文档（.docx）"), page);
    }

    @Test
    void previewShowsRecognisedTablesAndStoresNothingUntilConfirmed() {
        WebSession s = editor();
        int before = stored();
        HttpResponse<String> preview = preview(s, "醴陵市司法局2023.xlsx", workbook);
        assertEquals(200, preview.statusCode(), preview.body());
        String html = preview.body();
        assertTrue(html.contains("导入预览") && html.contains("确认导入"), html);
        assertTrue(html.contains("公开03") && html.contains("支出决算表"), "tables by title");
        assertTrue(html.contains("2040610") && html.contains("社区矫正"), "rows as recognised");
        assertTrue(html.contains("13,742,926.23"), "amounts in the document's unit (元)");
        assertEquals(before, stored(), "a preview stores nothing");

        String token = WebSession.first(UPLOAD, html);
        assertFalse(token.isEmpty());
        HttpResponse<String> done =
                s.post(
                        "/staff/imports/confirm",
                        Map.of("csrfToken", WebSession.first(CSRF, html), "uploadToken", token));
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(before + 1, stored(), "the confirmation stores the draft");
        String grid = WebSession.first(TABLE_LINK, done.body());
        assertFalse(grid.isEmpty(), "the report links each table to the grid editor");
        HttpResponse<String> editorPage = s.get(grid);
        assertEquals(200, editorPage.statusCode());
        assertTrue(editorPage.body().contains("grid-editor"));

        HttpResponse<String> again =
                s.post(
                        "/staff/imports/confirm",
                        Map.of("csrfToken", WebSession.first(CSRF, html), "uploadToken", token));
        assertEquals(422, again.statusCode(), "a preview is confirmed once");
        assertTrue(again.body().contains("请重新上传文件"), again.body());
        assertEquals(before + 1, stored());
    }

    @Test
    void anotherSessionCannotConfirmSomeoneElsesPreview() {
        WebSession uploader = editor();
        String html = preview(uploader, "a.xlsx", workbook).body();
        String token = WebSession.first(UPLOAD, html);
        int before = stored();

        WebSession other = editor(); // the same account, logged in elsewhere
        HttpResponse<String> r =
                other.post(
                        "/staff/imports/confirm",
                        Map.of(
                                "csrfToken",
                                WebSession.first(CSRF, other.get("/staff").body()),
                                "uploadToken",
                                token));
        assertEquals(422, r.statusCode());
        assertEquals(before, stored());

        HttpResponse<String> noCsrf =
                uploader.post("/staff/imports/confirm", Map.of("uploadToken", token));
        assertEquals(403, noCsrf.statusCode(), "CSRF-protected like every staff form");
        assertEquals(before, stored());
    }

    @Test
    void unreadableUploadPreviewsItsErrorsWithoutAConfirmButton() {
        WebSession s = editor();
        HttpResponse<String> r = preview(s, "坏.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("无法导入，未保存任何内容"), r.body());
        assertFalse(r.body().contains("uploadToken"), "nothing to confirm");

        HttpResponse<String> image = preview(s, "扫描件.png", new byte[] {1, 2, 3});
        assertEquals(422, image.statusCode());
        assertTrue(image.body().contains("不能导入图片"), image.body());
    }
}
