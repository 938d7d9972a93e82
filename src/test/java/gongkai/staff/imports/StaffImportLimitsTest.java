package gongkai.staff.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The staff import form refuses what it cannot read with a Chinese message and stores nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffImportLimitsTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject UnitService units;

    private WebSession editor;
    private long unitId;

    @BeforeAll
    void editor() {
        ImportReport report =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        unitId = units.byName(report.unitName()).get(0).id();
        accounts.add(
                new AccountService.NewAccount(
                        "uploader", Role.UNIT_EDITOR, report.unitName(), null, "upload-password"),
                "test");
        editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("uploader", "upload-password").statusCode());
    }

    private HttpResponse<String> upload(String name, byte[] content) {
        String token =
                WebSession.first(
                        Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\""),
                        editor.get("/staff").body());
        return editor.uploadForm("/staff/imports", Map.of("csrfToken", token), name, content);
    }

    private int stored() {
        return catalog.list(unitId, null, null, 500, 0).size();
    }

    @Test
    void refusesAFileOfAFormatNoReaderUnderstandsByItsType() {
        int before = stored();
        HttpResponse<String> r =
                upload("决算公开.ofd", "PK\3\4 ofd".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("不能直接导入 .ofd 文件"), r.body());
        assertEquals(before, stored());
    }

    @Test
    void refusesBinaryGarbageNamedAsText() {
        int before = stored();
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        HttpResponse<String> r = upload("决算公开.txt", garbage);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("文件不是文本文件"), r.body());
        assertTrue(r.body().contains("导入失败，未保存任何内容"));
        assertEquals(before, stored());
    }

    @Test
    void refusesAnEmptyFile() {
        HttpResponse<String> r = upload("空.txt", new byte[0]);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("上传的文件是空的"));
    }

    @Test
    void refusesAFileAboveTheUploadLimit() {
        int before = stored();
        byte[] big =
                "法"
                        .repeat(8 * 1024 * 1024)
                        .getBytes(StandardCharsets.UTF_8); // 24 MB, above the 20 MB limit
        String token =
                WebSession.first(
                        Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\""),
                        editor.get("/staff").body());
        String boundary = "----limit" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"csrfToken\"\r\n\r\n"
                                + token
                                + "\r\n--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(big);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        WebSession.RawResponse r =
                editor.postEarlyAnswered(
                        "/staff/imports",
                        "multipart/form-data; boundary=" + boundary,
                        body.toByteArray());
        assertEquals(413, r.status());
        assertTrue(r.body().contains("上传的内容过大"), r.body());
        assertEquals(before, stored());
    }

    @Test
    void refusesAnImportedSectionLongerThanTheSectionFormAllows() {
        int before = stored();
        String text =
                new String(Samples.bytes(Samples.LILING_JUSTICE_BUREAU), StandardCharsets.UTF_8);
        int at =
                text.indexOf(
                                '\n',
                                text.indexOf("一、 部门职责", text.indexOf("第一部分", text.indexOf("第五部分"))))
                        + 1;
        String prose = ("法律援助、人民调解与社区矫正工作。".repeat(50) + "\n").repeat(200); // 170,200 characters
        HttpResponse<String> r =
                upload(
                        "长章节.txt",
                        (text.substring(0, at) + prose + text.substring(at))
                                .getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("导入失败，未保存任何内容"), r.body());
        assertTrue(r.body().contains("部门职责") && r.body().contains("每节最多 100000 字"), r.body());
        assertEquals(before, stored());
    }
}
