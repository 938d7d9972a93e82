package gongkai.disclosure.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The downloads of a public disclosure, read back the way a researcher would (CSV parsed, XLSX
 * opened with POI) and compared with what is stored for 醴陵市司法局 2023.
 */
@MicronautTest(transactional = false)
// the first workbook loads POI's classes: on a busy 2-core machine that can outlast the client's
// default 10 s
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureDownloadsTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject JsonMapper json;
    @Inject DisclosureExports exports;

    long published;
    long draft;
    DisclosureDocument document;

    @BeforeAll
    void importSamples() {
        published =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        draft =
                imports.importDocument(
                                Samples.NMG_PUBLICITY_CENTRE,
                                Samples.bytes(Samples.NMG_PUBLICITY_CENTRE),
                                false)
                        .disclosureId();
        document = catalog.document(published).orElseThrow();
    }

    private HttpResponse<byte[]> download(String uri) {
        return http.toBlocking().exchange(HttpRequest.GET(uri), byte[].class);
    }

    private HttpClientResponseException failure(String uri) {
        return assertThrows(
                HttpClientResponseException.class,
                () ->
                        http.toBlocking()
                                .exchange(HttpRequest.GET(uri).accept("text/html"), String.class));
    }

    private static List<CSVRecord> parseCsv(byte[] body) throws IOException {
        byte[] head = new byte[3];
        System.arraycopy(body, 0, head, 0, 3);
        assertArrayEquals(
                BOM, head, "UTF-8 byte-order mark first, so that Excel reads the Chinese");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser =
                CSVParser.parse(
                        new StringReader(text),
                        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(DisclosureExports.CSV_HEADER, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    /** The stored amount a CSV line or sheet row stands for, keyed like the download labels it. */
    private static String key(String table, String side, String codeOrName, String column) {
        return table + "|" + side + "|" + codeOrName + "|" + column;
    }

    private Map<String, BigDecimal> storedAmounts(StandardTable only) {
        Map<String, BigDecimal> stored = new HashMap<>();
        for (DisclosureDocument.TableView t : document.tables()) {
            if (only != null && t.kind() != only) {
                continue;
            }
            for (DisclosureDocument.RowView r : t.rows()) {
                String side =
                        r.side() == null ? "" : r.side() == LineItem.Side.INCOME ? "收入" : "支出";
                String id =
                        r.kind() == LineItem.RowKind.NAMED
                                ? DisclosureExports.rowName(r)
                                : r.code();
                for (StandardTable.Column c : t.columns()) {
                    if (r.amounts().containsKey(c.key())) {
                        String k = key(t.code(), side, id, c.label());
                        assertTrue(
                                stored.put(k, r.amounts().get(c.key())) == null, "unique key " + k);
                    }
                }
            }
        }
        return stored;
    }

    private static Map<String, BigDecimal> csvAmounts(List<CSVRecord> records) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (CSVRecord r : records) {
            if (r.get("金额（元）").isEmpty()) {
                continue;
            }
            String id = r.get("科目编码").isEmpty() ? r.get("科目名称") : r.get("科目编码");
            amounts.put(
                    key(r.get("表号"), r.get("收支"), id, r.get("栏目")), new BigDecimal(r.get("金额（元）")));
        }
        return amounts;
    }

    private BigDecimal apiAmount(String tableCode, String side, String rowCode, String column)
            throws IOException {
        JsonNode doc =
                json.readValue(
                        http.toBlocking().retrieve("/api/disclosures/" + published),
                        JsonNode.class);
        for (JsonNode t : doc.get("tables").values()) {
            if (!tableCode.equals(t.get("code").getStringValue())) {
                continue;
            }
            for (JsonNode r : t.get("rows").values()) {
                JsonNode s = r.get("side");
                boolean sideMatches =
                        side == null
                                ? s == null || s.isNull()
                                : s != null && side.equals(s.getStringValue());
                JsonNode code = r.get("code");
                if (sideMatches
                        && code != null
                        && code.isString()
                        && rowCode.equals(code.getStringValue())) {
                    // the API writes exact decimals; the tree reader may hand them back as doubles
                    return new BigDecimal(r.get("amounts").get(column).getNumberValue().toString())
                            .setScale(2, RoundingMode.HALF_UP);
                }
            }
        }
        throw new AssertionError("no " + tableCode + " row " + rowCode + " in the API document");
    }

    @Test
    void theCsvOfEveryTableHoldsEveryStoredAmountInYuan() throws IOException {
        HttpResponse<byte[]> response = download("/disclosures/" + published + "/download.csv");
        assertEquals("text/csv; charset=UTF-8", response.getHeaders().get("Content-Type"));
        String disposition = response.getHeaders().get("Content-Disposition");
        assertTrue(
                disposition.startsWith("attachment; filename=\"disclosure-" + published + ".csv\""),
                disposition);
        assertTrue(
                disposition.contains(
                        "filename*=UTF-8''"
                                + URLEncoder.encode(
                                        "醴陵市司法局-2023年度部门决算-第1版.csv", StandardCharsets.UTF_8)),
                disposition);

        List<CSVRecord> records = parseCsv(response.body());
        Map<String, BigDecimal> stored = storedAmounts(null);
        Map<String, BigDecimal> csv = csvAmounts(records);
        assertEquals(stored.keySet(), csv.keySet(), "one line per stored amount");
        stored.forEach((k, v) -> assertEquals(0, v.compareTo(csv.get(k)), k));
        assertTrue(
                records.stream()
                        .allMatch(r -> r.get("单位").equals("醴陵市司法局") && r.get("年度").equals("2023")));

        // the figures researchers look for, against the read API
        BigDecimal community =
                catalog
                        .amountsAtLevel(
                                published,
                                StandardTable.G03,
                                "total",
                                LineItem.RowKind.FUNCTIONAL,
                                3)
                        .stream()
                        .filter(c -> c.code().equals("2040610"))
                        .findFirst()
                        .orElseThrow()
                        .amount();
        assertEquals(community, csv.get(key("公开03", "", "2040610", "本年支出合计")));
        assertEquals(
                apiAmount("公开03", null, "2040610", "project"),
                csv.get(key("公开03", "", "2040610", "项目支出")));
        assertEquals(
                apiAmount("公开01", "INCOME", SummaryRows.INCOME_TOTAL, "amount"),
                csv.get(key("公开01", "收入", SummaryRows.INCOME_TOTAL, "金额")));
        assertEquals(
                apiAmount("公开01", "EXPENSE", SummaryRows.EXPENSE_TOTAL, "amount"),
                csv.get(key("公开01", "支出", SummaryRows.EXPENSE_TOTAL, "金额")));
        CSVRecord line =
                records.stream()
                        .filter(r -> r.get("表号").equals("公开03") && r.get("科目编码").equals("2040610"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("社区矫正", line.get("科目名称"));
        assertEquals("支出决算表", line.get("表名"));
        // 公开01 lists its income side first, as the page does
        List<String> sides =
                records.stream()
                        .filter(r -> r.get("表号").equals("公开01"))
                        .map(r -> r.get("收支"))
                        .distinct()
                        .toList();
        assertEquals(List.of("收入", "支出"), sides);
    }

    @Test
    void oneTableDownloadsByKeyOrLabel() throws IOException {
        HttpResponse<byte[]> byKey =
                download("/disclosures/" + published + "/download.csv?table=G03");
        HttpResponse<byte[]> byLabel =
                download(
                        "/disclosures/"
                                + published
                                + "/download.csv?table="
                                + URLEncoder.encode("公开03", StandardCharsets.UTF_8));
        assertArrayEquals(byKey.body(), byLabel.body());
        assertTrue(
                byKey.getHeaders()
                        .get("Content-Disposition")
                        .contains(
                                URLEncoder.encode(
                                        "醴陵市司法局-2023年度部门决算-第1版-公开03.csv", StandardCharsets.UTF_8)));
        List<CSVRecord> records = parseCsv(byKey.body());
        assertTrue(records.stream().allMatch(r -> r.get("表号").equals("公开03")));
        Map<String, BigDecimal> stored = storedAmounts(StandardTable.G03);
        Map<String, BigDecimal> csv = csvAmounts(records);
        assertEquals(stored, csv);
    }

    @Test
    void theWorkbookHasInformationAndOneSheetPerTableWithNumericAmountsInYuan() throws IOException {
        HttpResponse<byte[]> response = download("/disclosures/" + published + "/download.xlsx");
        assertEquals(DisclosureDownloadController.XLSX, response.getHeaders().get("Content-Type"));
        assertTrue(
                response.getHeaders()
                        .get("Content-Disposition")
                        .contains(
                                URLEncoder.encode(
                                        "醴陵市司法局-2023年度部门决算-第1版.xlsx", StandardCharsets.UTF_8)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("基本信息"));
            document.tables().forEach(t -> expected.add(t.code()));
            assertEquals(expected, names);

            Sheet info = wb.getSheet("基本信息");
            Map<String, String> facts = new HashMap<>();
            info.forEach(
                    r -> {
                        if (r.getCell(1) != null) {
                            facts.put(
                                    r.getCell(0).getStringCellValue(),
                                    r.getCell(1).getStringCellValue());
                        }
                    });
            assertEquals("醴陵市司法局", facts.get("单位名称"));
            assertEquals("2023", facts.get("年度"));
            assertEquals("湖南省 / 株洲市 / 醴陵市", facts.get("所属地区"));

            for (DisclosureDocument.TableView t : document.tables()) {
                assertSheetMatches(wb.getSheet(t.code()), t);
            }

            // the two figures named in the brief, found by label like a reader would
            Sheet g03 = wb.getSheet("公开03");
            Row header = headerRow(g03);
            Row community = rowWithCode(g03, header, "2040610");
            Cell codeCell = community.getCell(column(header, "科目编码"));
            assertEquals(CellType.STRING, codeCell.getCellType(), "codes are text");
            Cell total = community.getCell(column(header, "本年支出合计"));
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals("#,##0.00", total.getCellStyle().getDataFormatString());
            assertEquals(apiAmount("公开03", null, "2040610", "total"), money(total));
            Sheet g01 = wb.getSheet("公开01");
            Row h01 = headerRow(g01);
            Row income = rowWithName(g01, h01, "收入", SummaryRows.INCOME_TOTAL);
            assertEquals(
                    apiAmount("公开01", "INCOME", SummaryRows.INCOME_TOTAL, "amount"),
                    money(income.getCell(column(h01, "金额"))));
        }
    }

    private static void assertSheetMatches(Sheet sheet, DisclosureDocument.TableView t) {
        assertNotNull(sheet, t.code());
        Row header = headerRow(sheet);
        boolean twoSided = t.rows().stream().anyMatch(r -> r.side() != null);
        List<DisclosureDocument.RowView> rows = DisclosureExports.ordered(t);
        for (int i = 0; i < rows.size(); i++) {
            DisclosureDocument.RowView r = rows.get(i);
            Row row = sheet.getRow(header.getRowNum() + 1 + i);
            assertEquals(
                    DisclosureExports.rowName(r),
                    row.getCell(column(header, "科目名称")).getStringCellValue(),
                    t.code() + " row " + i);
            if (twoSided) {
                assertEquals(
                        r.side() == LineItem.Side.INCOME ? "收入" : "支出",
                        row.getCell(column(header, "收支")).getStringCellValue());
            }
            for (StandardTable.Column c : t.columns()) {
                BigDecimal stored = r.amounts().get(c.key());
                if (stored != null) {
                    assertEquals(
                            stored,
                            money(row.getCell(column(header, c.label()))),
                            t.code() + " " + r.name() + " " + c.label());
                }
            }
        }
        assertTrue(
                sheet.getLastRowNum() == header.getRowNum() + rows.size(),
                t.code() + ": no extra rows");
    }

    private static BigDecimal money(Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    private static Row headerRow(Sheet sheet) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("科目编码")) {
                    return r;
                }
            }
        }
        throw new AssertionError("no header row in " + sheet.getSheetName());
    }

    private static int column(Row header, String label) {
        for (Cell c : header) {
            if (c.getStringCellValue().equals(label)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    private static Row rowWithCode(Sheet sheet, Row header, String code) {
        int col = column(header, "科目编码");
        for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
            Cell c = sheet.getRow(i).getCell(col);
            if (c != null && code.equals(c.getStringCellValue())) {
                return sheet.getRow(i);
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static Row rowWithName(Sheet sheet, Row header, String side, String name) {
        for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (side.equals(r.getCell(column(header, "收支")).getStringCellValue())
                    && name.equals(r.getCell(column(header, "科目名称")).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** Input no real report has, to see the writer's quoting and formula neutralisation. */
    @Test
    void textThatLooksLikeAFormulaIsNeutralisedAndQuotedButAmountsStayNumbers() throws IOException {
        DisclosureDocument hostile =
                new DisclosureDocument(
                        1L,
                        new DisclosureDocument.UnitRef(
                                1L, "=HYPERLINK(\"http://x\")", null, document.unit().region()),
                        2023,
                        DisclosureKind.FINAL_ACCOUNTS,
                        DisclosureStatus.PUBLISHED,
                        1,
                        null,
                        document.profile(),
                        MoneyUnit.YUAN,
                        null,
                        List.of(),
                        List.of(
                                new DisclosureDocument.TableView(
                                        "公开03",
                                        StandardTable.G03,
                                        "+支出决算表",
                                        MoneyUnit.YUAN,
                                        null,
                                        StandardTable.G03.columns(),
                                        List.of(
                                                new DisclosureDocument.RowView(
                                                        "2040610",
                                                        "@SUM(1+1),\"引号\"\n第二行",
                                                        LineItem.RowKind.FUNCTIONAL,
                                                        null,
                                                        3,
                                                        null,
                                                        Map.of(
                                                                "total",
                                                                new BigDecimal("-5.00")))))),
                        List.of());
        List<CSVRecord> records = parseCsv(exports.csv(hostile, null));
        assertEquals(1, records.size());
        CSVRecord r = records.get(0);
        assertEquals("'=HYPERLINK(\"http://x\")", r.get("单位"));
        assertEquals("'+支出决算表", r.get("表名"));
        assertEquals(
                "'@SUM(1+1),\"引号\"\n第二行",
                r.get("科目名称"),
                "comma, quote and newline survive the round trip");
        assertEquals("2040610", r.get("科目编码"));
        assertEquals("-5.00", r.get("金额（元）"), "a negative amount is a number, not a formula");
        assertEquals("'-其中", DisclosureExports.text("-其中"));
        assertEquals("社区矫正", DisclosureExports.text("社区矫正"));
    }

    @Test
    void theJsonDownloadIsTheApiDocumentAsAFile() throws IOException {
        HttpResponse<byte[]> response = download("/disclosures/" + published + "/download.json");
        assertTrue(response.getHeaders().get("Content-Type").startsWith("application/json"));
        assertTrue(response.getHeaders().get("Content-Disposition").startsWith("attachment;"));
        String api = http.toBlocking().retrieve("/api/disclosures/" + published);
        assertEquals(api, new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(api.contains("\"name\":\"醴陵市司法局\""));
    }

    @Test
    void theDisclosurePageLinksEveryDownload() {
        String page = http.toBlocking().retrieve("/disclosures/" + published);
        for (String href :
                List.of(
                        "/download.csv\"",
                        "/download.xlsx\"",
                        "/download.json\"",
                        "/download.csv?table=G03\"")) {
            assertTrue(page.contains("href=\"/disclosures/" + published + href), href);
        }
        assertTrue(page.contains("href=\"/api/disclosures/" + published + "\""));
    }

    @Test
    void draftsAndUnknownIdsAreNotDownloadable() {
        for (String suffix :
                List.of(
                        "/download.csv",
                        "/download.xlsx",
                        "/download.json",
                        "/download.csv?table=G01")) {
            HttpClientResponseException e = failure("/disclosures/" + draft + suffix);
            assertEquals(404, e.getStatus().getCode(), suffix);
            assertTrue(
                    e.getResponse().getBody(String.class).orElse("").contains("不存在或尚未公开"), suffix);
            assertEquals(
                    404, failure("/disclosures/987654321" + suffix).getStatus().getCode(), suffix);
        }
        assertEquals(
                404,
                failure("/disclosures/" + draft).getStatus().getCode(),
                "nor is its page readable");
    }

    @Test
    void aBadTableParameterIsA400AndAMissingTableA404() {
        HttpClientResponseException bad =
                failure("/disclosures/" + published + "/download.csv?table=G99");
        assertEquals(400, bad.getStatus().getCode());
        assertTrue(bad.getResponse().getBody(String.class).orElse("").contains("参数 table 应为表号"));
        assertEquals(
                400,
                failure(
                                "/disclosures/"
                                        + published
                                        + "/download.csv?table="
                                        + URLEncoder.encode("<script>", StandardCharsets.UTF_8))
                        .getStatus()
                        .getCode());
        // 醴陵 prints no 公开07 (本单位无政府性基金收支)
        assertFalse(document.tables().stream().anyMatch(t -> t.kind() == StandardTable.G07));
        HttpClientResponseException missing =
                failure("/disclosures/" + published + "/download.csv?table=G07");
        assertEquals(404, missing.getStatus().getCode());
        assertTrue(missing.getResponse().getBody(String.class).orElse("").contains("该决算没有公开07"));
        assertEquals(400, failure("/disclosures/abc/download.csv").getStatus().getCode());
    }
}
