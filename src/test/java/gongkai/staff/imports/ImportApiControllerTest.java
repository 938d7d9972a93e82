package gongkai.staff.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.audit.AuditEvent;
import gongkai.audit.AuditLog;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /api/imports} behind staff login. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportApiControllerTest {

    @Inject EmbeddedServer server;
    @Inject DisclosureCatalog catalog;
    @Inject AccountService accounts;
    @Inject AuditLog audit;

    @BeforeAll
    void createAdmin() {
        accounts.add(
                new AccountService.NewAccount("admin", Role.ADMIN, null, null, "admin-password"),
                "test");
    }

    private WebSession admin() {
        WebSession s = new WebSession(server.getURI());
        assertEquals(303, s.login("admin", "admin-password").statusCode());
        return s;
    }

    @Test
    void importsAnUploadedDocumentAndAnswersWithTheReport() {
        HttpResponse<String> response =
                admin().upload(
                                "/api/imports",
                                "004.txt",
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU));
        assertEquals(201, response.statusCode(), response.body());
        String json = response.body();
        assertTrue(json.contains("\"unitName\":\"醴陵市司法局\""), json);
        assertTrue(json.contains("\"status\":\"DRAFT\""), json);
        assertTrue(json.contains("\"counts\":{"), json);
        // every table with what became of it, and the amount coverage (#17 item 4)
        assertTrue(
                json.contains(
                        "{\"table\":\"公开01\",\"title\":\"收入支出决算总表\",\"state\":\"READ\",\"rows\":42"),
                json);
        assertTrue(json.contains("\"state\":\"NOT_FOUND\""), json);
        assertTrue(json.contains("\"coverage\":{\"cells\":806,\"stored\":519"), json);
        assertTrue(json.contains("\"percent\":100.0"), json);
    }

    @Test
    void dryRunAnswersTheReportAndStoresNothing() {
        long before = catalog.totalCount();
        HttpResponse<String> response =
                admin().upload(
                                "/api/imports?dryRun=true",
                                "醴陵.txt",
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"unitName\":\"醴陵市司法局\""), response.body());
        assertTrue(response.body().contains("\"counts\":{"), response.body());
        assertFalse(response.body().contains("\"disclosureId\""), response.body());
        assertEquals(before, catalog.totalCount());
    }

    @Test
    void answersABrokenUploadWith422AndStoresNothing() {
        long before = catalog.totalCount();
        HttpResponse<String> response =
                admin().upload(
                                "/api/imports",
                                "x.pdf",
                                new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0});
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("\"errors\":[{"), response.body());
        assertEquals(before, catalog.totalCount());
    }

    @Test
    void refusesAnonymousUploadsWithAJson401() {
        HttpResponse<String> response =
                new WebSession(server.getURI()).upload("/api/imports", "a.txt", "x".getBytes());
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("请先登录"), response.body());
    }

    private static long disclosureId(String json) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"disclosureId\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void recordsWhoImportedAndWhoPublishedThroughTheApi() {
        HttpResponse<String> draft =
                admin().upload(
                                "/api/imports",
                                "draft.txt",
                                Samples.bytes(Samples.NMG_PUBLICITY_CENTRE));
        assertEquals(201, draft.statusCode(), draft.body());
        java.util.List<AuditEvent> draftTrail = audit.forDisclosure(disclosureId(draft.body()));
        assertTrue(
                draftTrail.stream()
                        .anyMatch(e -> e.username().equals("admin") && e.action().equals("IMPORT")),
                draftTrail.toString());

        HttpResponse<String> published =
                admin().upload(
                                "/api/imports?publish=true",
                                "published.txt",
                                Samples.bytes(Samples.NMG_PUBLICITY_CENTRE));
        assertEquals(201, published.statusCode(), published.body());
        assertTrue(published.body().contains("\"status\":\"PUBLISHED\""), published.body());
        java.util.List<AuditEvent> trail = audit.forDisclosure(disclosureId(published.body()));
        assertTrue(
                trail.stream()
                        .anyMatch(
                                e ->
                                        e.username().equals("admin")
                                                && e.action().equals("IMPORT_PUBLISHED")),
                "publishing without review leaves its own trace: " + trail);
    }

    @Test
    void refusesImagesBrokenOfficeFilesAndEmptyUploadsLikeTheStaffForm() {
        long before = catalog.totalCount();
        HttpResponse<String> image =
                admin().upload("/api/imports", "决算.png", "not really an image".getBytes());
        assertEquals(422, image.statusCode());
        assertTrue(image.body().contains("不能导入图片（.png）"), image.body());
        HttpResponse<String> office =
                admin().upload("/api/imports", "决算.docx", "PK\3\4 not really a zip".getBytes());
        assertEquals(422, office.statusCode());
        assertTrue(office.body().contains("已损坏"), office.body());
        HttpResponse<String> empty = admin().upload("/api/imports", "empty.txt", new byte[0]);
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("上传的文件是空的"), empty.body());
        assertEquals(before, catalog.totalCount());
    }

    /**
     * A chunked upload states no length, so the limit can only be applied while it streams: the
     * answer (413 with a Chinese JSON error) must come long before the client has sent everything.
     */
    @Test
    void refusesAChunkedUploadAboveTheLimitWhileItStreams() throws Exception {
        WebSession admin = admin();
        long before = catalog.totalCount();
        long total = 200L * 1024 * 1024;
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            String boundary = "----chunked" + System.nanoTime();
            out.write(
                    ("POST /api/imports HTTP/1.1\r\nHost: "
                                    + server.getHost()
                                    + "\r\nAccept: application/json\r\n"
                                    + "Content-Type: multipart/form-data; boundary="
                                    + boundary
                                    + "\r\nTransfer-Encoding: chunked\r\n"
                                    + "Cookie: SESSION="
                                    + admin.cookie("SESSION")
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] head =
                    ("--"
                                    + boundary
                                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                                    + "Content-Type: text/plain\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Thread writer =
                    new Thread(
                            () -> {
                                byte[] chunk =
                                        "法"
                                                .repeat(21_846)
                                                .getBytes(
                                                        java.nio.charset.StandardCharsets
                                                                .UTF_8); // 64 KB
                                try {
                                    writeChunk(out, head);
                                    while (sent.get() < total) {
                                        writeChunk(out, chunk);
                                        sent.addAndGet(chunk.length);
                                    }
                                    out.write(
                                            "0\r\n\r\n"
                                                    .getBytes(
                                                            java.nio.charset.StandardCharsets
                                                                    .UTF_8));
                                } catch (java.io.IOException refused) {
                                    // the server answered and closed: expected
                                }
                            });
            writer.setDaemon(true);
            writer.start();
            java.io.BufferedReader in =
                    new java.io.BufferedReader(
                            new java.io.InputStreamReader(
                                    socket.getInputStream(),
                                    java.nio.charset.StandardCharsets.UTF_8));
            String status = in.readLine();
            long sentWhenAnswered = sent.get();
            StringBuilder rest = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                rest.append(line).append('\n');
            }
            assertTrue(status.contains(" 413 "), status + "\n" + rest);
            assertTrue(
                    rest.toString().contains("\"status\":413")
                            && rest.toString().contains("上传的内容过大"),
                    rest.toString());
            assertTrue(
                    sentWhenAnswered < total / 2,
                    "answered after " + sentWhenAnswered + " bytes of " + total);
        }
        assertEquals(before, catalog.totalCount());
    }

    private static void writeChunk(java.io.OutputStream out, byte[] data)
            throws java.io.IOException {
        out.write(
                (Integer.toHexString(data.length) + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
