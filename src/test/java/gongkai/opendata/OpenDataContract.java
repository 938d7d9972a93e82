package gongkai.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The bulk downloads over real HTTP: after import and publication the files exist, hold exactly the
 * public revisions (never a draft), agree amount by amount with {@code /api/disclosures/{id}},
 * follow a publication within seconds while requests go on, and answer conditional requests. Run on
 * H2 and on MariaDB.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OpenDataContract {

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject JsonMapper json;

    BulkFiles files;
    long liling;
    long draft;

    @BeforeAll
    void importOnePublishedAndOneDraft() {
        files = new BulkFiles(server.getURI());
        liling =
                imported(
                        Samples.LILING_JUSTICE_BUREAU,
                        Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                        true);
        draft =
                imported(
                        Samples.NMG_PUBLICITY_CENTRE,
                        Samples.bytes(Samples.NMG_PUBLICITY_CENTRE),
                        false);
        awaitFilesMatchApi(60);
    }

    long imported(String name, byte[] bytes, boolean publish) {
        ImportReport report = imports.importDocument(name, bytes, publish);
        assertTrue(report.errors().isEmpty(), report::toText);
        return report.disclosureId();
    }

    JsonNode jsonOf(byte[] body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the current published disclosures, as the API lists them. */
    Set<Long> publishedIds() {
        Set<Long> ids = new TreeSet<>();
        for (JsonNode item :
                jsonOf(files.bytes("/api/disclosures?size=200")).get("items").values()) {
            ids.add(item.get("id").getLongValue());
        }
        return ids;
    }

    Set<Long> idsIn(String file, Dataset dataset) {
        return files.csv(file, dataset).stream()
                .map(r -> Long.parseLong(r.get("disclosure_id")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Waits for a build holding exactly what the API publishes; returns the seconds it took. */
    double awaitFilesMatchApi(int seconds) {
        long start = System.nanoTime();
        Set<Long> expected = publishedIds();
        while (true) {
            HttpResponse<byte[]> r = files.get("/data/disclosures.csv.gz");
            if (r.statusCode() == 200
                    && idsIn("disclosures.csv.gz", Dataset.DISCLOSURES).equals(expected)) {
                return (System.nanoTime() - start) / 1e9;
            }
            assertTrue(
                    System.nanoTime() - start < seconds * 1_000_000_000L,
                    "the bulk files did not follow the publications within " + seconds + " s");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static BigDecimal yuan(JsonNode n) {
        return new BigDecimal(n.coerceStringValue()).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    @Order(1)
    void bulkFilesExistAfterImportAndMatchTheirDataPackage() throws Exception {
        JsonNode pkg = jsonOf(files.bytes("/data/datapackage.json"));
        assertEquals("tabular-data-package", pkg.get("profile").getStringValue());
        assertNotNull(pkg.get("licenses").get(0).get("name"));
        Set<String> names = new TreeSet<>();
        for (JsonNode res : pkg.get("resources").values()) {
            String path = res.get("path").getStringValue();
            names.add(path);
            byte[] body = files.bytes("/data/" + path);
            assertEquals(res.get("bytes").getLongValue(), body.length, path);
            String sha =
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            assertEquals("sha256:" + sha, res.get("hash").getStringValue(), path);
            assertEquals(sha + "  " + path + "\n", files.text("/data/" + path + ".sha256"));
            long lines = BulkFiles.gunzip(body).lines().count();
            long header = path.contains(".csv") ? 1 : 0;
            assertEquals(res.get("rows").getLongValue(), lines - header, path + " rows");
        }
        for (Dataset d : Dataset.values()) {
            assertTrue(names.contains(d.fileName(null, false)), d.fileName(null, false));
            assertTrue(names.contains(d.fileName(2023, false)), d.fileName(2023, false));
            assertTrue(names.contains(d.fileName(null, true)), d.fileName(null, true));
            assertTrue(names.contains(d.fileName(2023, true)), d.fileName(2023, true));
        }
        JsonNode amount = null;
        for (JsonNode res : pkg.get("resources").values()) {
            if (res.get("path").getStringValue().equals("line-items.csv.gz")) {
                for (JsonNode f : res.get("schema").get("fields").values()) {
                    if (f.get("name").getStringValue().equals("amount")) {
                        amount = f;
                    }
                }
            }
        }
        assertNotNull(amount, "the amount field is described");
        assertEquals("number", amount.get("type").getStringValue());
        assertEquals("元", amount.get("unit").getStringValue());
        assertTrue(amount.get("description").getStringValue().contains("yuan"), "English too");
    }

    @Test
    @Order(2)
    void pageListsEveryFileWithSizeRowsAndHash() {
        String page = files.text("/data");
        assertTrue(page.contains("批量下载"), "Chinese page");
        assertTrue(page.contains("href=\"/data/line-items.csv.gz\""), "all years");
        assertTrue(page.contains("href=\"/data/line-items-2023.csv.gz\""), "per year");
        assertTrue(page.contains("href=\"/data/sections-2023-all-revisions.jsonl.gz\""));
        assertTrue(page.contains("datapackage.json"));
        assertTrue(page.matches("(?s).*[0-9a-f]{64}.*"), "SHA-256 shown");
        assertTrue(files.text("/").contains("href=\"/data\""), "linked from every page's layout");
    }

    @Test
    @Order(3)
    void lineItemRowCountsAndSumsEqualWhatTheApiReturns() {
        awaitFilesMatchApi(60);
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, BigDecimal> sums = new HashMap<>();
        for (CSVRecord r : files.csv("line-items.csv.gz", Dataset.LINE_ITEMS)) {
            long id = Long.parseLong(r.get("disclosure_id"));
            counts.merge(id, 1L, Long::sum);
            sums.merge(id, new BigDecimal(r.get("amount")), BigDecimal::add);
        }
        Map<Long, Long> yearCounts = new HashMap<>();
        for (CSVRecord r : files.csv("line-items-2023.csv.gz", Dataset.LINE_ITEMS)) {
            yearCounts.merge(Long.parseLong(r.get("disclosure_id")), 1L, Long::sum);
        }
        Set<Long> published = publishedIds();
        assertEquals(published, counts.keySet(), "one set of disclosures in files and API");
        for (long id : published) {
            JsonNode doc = jsonOf(files.bytes("/api/disclosures/" + id));
            long apiCount = 0;
            BigDecimal apiSum = BigDecimal.ZERO;
            for (JsonNode table : doc.get("tables").values()) {
                for (JsonNode row : table.get("rows").values()) {
                    for (JsonNode amount : row.get("amounts").values()) {
                        apiCount++;
                        apiSum = apiSum.add(yuan(amount));
                    }
                }
            }
            assertTrue(apiCount > 100, "a real report has many amounts: " + apiCount);
            assertEquals(apiCount, counts.get(id), "rows of " + id);
            assertEquals(
                    0,
                    apiSum.compareTo(sums.get(id)),
                    "sum of " + id + ": " + apiSum + " vs " + sums.get(id));
            if (doc.get("fiscalYear").getIntValue() == 2023) {
                assertEquals(apiCount, yearCounts.get(id), "2023 file rows of " + id);
            }
        }
    }

    @Test
    @Order(4)
    void disclosureProjectIndicatorAndSectionFilesMatchTheApi() throws IOException {
        awaitFilesMatchApi(60);
        JsonNode doc = jsonOf(files.bytes("/api/disclosures/" + liling));
        CSVRecord row =
                files.csv("disclosures.csv.gz", Dataset.DISCLOSURES).stream()
                        .filter(r -> r.get("disclosure_id").equals(Long.toString(liling)))
                        .findFirst()
                        .orElseThrow();
        assertEquals(doc.get("unit").get("name").getStringValue(), row.get("unit_name"));
        assertEquals("PUBLISHED", row.get("status"));
        assertFalse(row.get("expense_total").isEmpty(), "totals filled");
        int projects = doc.get("projects").size();
        long fileProjects =
                files.csv("projects.csv.gz", Dataset.PROJECTS).stream()
                        .filter(r -> r.get("disclosure_id").equals(Long.toString(liling)))
                        .count();
        assertEquals(projects, fileProjects);
        long indicators = 0;
        for (JsonNode p : doc.get("projects").values()) {
            indicators += p.get("indicators").size();
        }
        long fileIndicators =
                files.csv("indicators.csv.gz", Dataset.INDICATORS).stream()
                        .filter(r -> r.get("disclosure_id").equals(Long.toString(liling)))
                        .count();
        assertEquals(indicators, fileIndicators);
        List<String> lines =
                BulkFiles.gunzip(files.bytes("/data/sections.jsonl.gz")).lines().toList();
        long sections = 0;
        long text = 0;
        for (String line : lines) {
            JsonNode s = json.readValue(line.getBytes(StandardCharsets.UTF_8), JsonNode.class);
            if (s.get("disclosure_id").getLongValue() == liling) {
                sections++;
                text += s.get("body").getStringValue().length();
            }
        }
        assertTrue(text > 1000, "the narrative's text is there: " + text);
        assertEquals(doc.get("sections").size(), sections);
        assertTrue(sections > 3, "the narrative is there");
    }

    @Test
    @Order(5)
    void draftNeverAppearsInAnyBulkFile() throws IOException {
        JsonNode pkg = jsonOf(files.bytes("/data/datapackage.json"));
        for (JsonNode res : pkg.get("resources").values()) {
            String path = res.get("path").getStringValue();
            String text = BulkFiles.gunzip(files.bytes("/data/" + path));
            for (String line : text.lines().skip(path.contains(".csv") ? 1 : 0).toList()) {
                String id =
                        path.contains(".csv")
                                ? line.substring(0, line.indexOf(','))
                                : json.readValue(
                                                line.getBytes(StandardCharsets.UTF_8),
                                                JsonNode.class)
                                        .get("disclosure_id")
                                        .coerceStringValue();
                assertNotEquals(Long.toString(draft), id, "draft " + draft + " in " + path);
            }
        }
        assertFalse(files.text("/data").contains("内蒙古自治区法治宣传中心"));
    }

    @Test
    @Order(6)
    void servesEtagAndLastModifiedAndAnswers304ToConditionalRequests() throws Exception {
        HttpResponse<byte[]> first = files.get("/data/line-items.csv.gz");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first.body()));
        assertEquals("\"" + sha + "\"", etag, "strong ETag = the file's SHA-256");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Repr-Digest").orElseThrow().startsWith("sha-256=:"));
        assertTrue(
                first.headers()
                        .firstValue("Content-Disposition")
                        .orElseThrow()
                        .contains("line-items.csv.gz"));

        HttpResponse<byte[]> again = files.get("/data/line-items.csv.gz", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());

        assertEquals(
                304,
                files.get("/data/line-items.csv.gz", "If-Modified-Since", lastModified)
                        .statusCode());
        assertEquals(
                200,
                files.get("/data/line-items.csv.gz", "If-None-Match", "\"stale\"").statusCode());
        assertEquals(
                200,
                files.get(
                                "/data/line-items.csv.gz",
                                "If-Modified-Since",
                                "Mon, 01 Jan 2001 00:00:00 GMT")
                        .statusCode());
    }

    @Test
    @Order(7)
    void unknownFileIsA404WithAChineseMessage() {
        HttpResponse<byte[]> r = files.get("/data/no-such-file.csv.gz", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("没有名为“no-such-file.csv.gz”的数据文件"), body);
        assertFalse(body.contains("Exception"));
        assertEquals(
                404,
                files.get("/data/..%2Fcurrent.json").statusCode(),
                "no path outside the build");
        assertEquals(404, files.get("/data/current.json").statusCode());
        assertEquals(404, files.get("/data/nope.sha256").statusCode());
    }

    @Test
    @Order(8)
    void publicationUpdatesTheFilesWithinSecondsWhileRequestsKeepBeingAnswered() {
        String before =
                files.get("/data/line-items.csv.gz").headers().firstValue("ETag").orElseThrow();
        long published =
                imported(
                        Samples.NMG_JUSTICE_DEPARTMENT,
                        Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT),
                        true);
        long start = System.nanoTime();
        // until the rebuild is served, every request is answered at once from the previous build
        while (!idsIn("disclosures.csv.gz", Dataset.DISCLOSURES).contains(published)) {
            long t = System.nanoTime();
            assertEquals(200, files.get("/").statusCode());
            assertEquals(200, files.get("/data/line-items.csv.gz").statusCode());
            assertTrue((System.nanoTime() - t) / 1e9 < 5, "requests are not held up by a build");
            assertTrue(
                    (System.nanoTime() - start) / 1e9 < 30,
                    "published files follow within seconds");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 30, "followed in " + seconds + " s");
        assertNotEquals(
                before,
                files.get("/data/line-items.csv.gz").headers().firstValue("ETag").orElseThrow());
        awaitFilesMatchApi(30);
    }

    @Test
    @Order(9)
    void correctionKeepsTheReplacedRevisionOnlyInTheAllRevisionsFiles() {
        long corrected =
                imported(
                        Samples.LILING_JUSTICE_BUREAU,
                        Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                        true);
        assertNotEquals(liling, corrected);
        awaitFilesMatchApi(30);
        Set<Long> current = idsIn("line-items.csv.gz", Dataset.LINE_ITEMS);
        assertTrue(current.contains(corrected) && !current.contains(liling), current.toString());
        Map<Long, String> status = new HashMap<>();
        for (CSVRecord r : files.csv("disclosures-all-revisions.csv.gz", Dataset.DISCLOSURES)) {
            status.put(Long.parseLong(r.get("disclosure_id")), r.get("status"));
        }
        assertEquals("SUPERSEDED", status.get(liling));
        assertEquals("PUBLISHED", status.get(corrected));
        assertFalse(status.containsKey(draft));
        assertTrue(
                idsIn("line-items-2023-all-revisions.csv.gz", Dataset.LINE_ITEMS).contains(liling));
    }

    @Test
    @Order(10)
    void aPublishedBudgetIsInTheBulkFilesAsABudgetAndNeverAsFinalAccounts() {
        long budget =
                imported("budget.txt", BudgetFixtures.bytes(BudgetFixtures.LILING_2023), true);
        awaitFilesMatchApi(60);
        Map<Long, String> kinds = new HashMap<>();
        for (CSVRecord r : files.csv("disclosures.csv.gz", Dataset.DISCLOSURES)) {
            kinds.put(Long.parseLong(r.get("disclosure_id")), r.get("kind"));
        }
        assertEquals("BUDGET", kinds.get(budget));
        assertTrue(kinds.containsValue("FINAL_ACCOUNTS"), kinds.toString());
        long budgetAmounts = 0;
        for (CSVRecord r : files.csv("line-items.csv.gz", Dataset.LINE_ITEMS)) {
            boolean ofBudget = r.get("disclosure_id").equals(Long.toString(budget));
            assertEquals(ofBudget ? "BUDGET" : "FINAL_ACCOUNTS", r.get("kind"), r::toString);
            budgetAmounts += ofBudget ? 1 : 0;
        }
        assertTrue(budgetAmounts > 50, "the budget's tables are there: " + budgetAmounts);
    }
}
