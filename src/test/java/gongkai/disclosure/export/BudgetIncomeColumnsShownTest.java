package gongkai.disclosure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.testsupport.Imported;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A published budget whose 部门收入总表 is in the national layout: its 上年结转 and 一般公共预算拨款收入 columns, which
 * the final accounts' 收入决算表 does not have, are on the report page, in the CSV and XLSX downloads
 * and in the API, like every other column.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetIncomeColumnsShownTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;

    long budgetId;

    @BeforeAll
    void publish() {
        budgetId =
                Imported.stored(
                        imports.importDocument(
                                "budget.txt",
                                BudgetFixtures.lilingWithNationalIncomeTable(),
                                true));
    }

    @Test
    void reportPageShowsTheBudgetIncomeColumns() {
        String html =
                http.toBlocking()
                        .retrieve(HttpRequest.GET("/disclosures/" + budgetId), String.class);
        int start = html.indexOf(">公开02 部门收入总表</caption>");
        assertTrue(start > 0, "the 部门收入总表 is on the page");
        String head = html.substring(start, html.indexOf("</thead>", start));
        for (String label : List.of("上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "单位资金")) {
            assertTrue(head.contains(">" + label + "<"), label + " is a column: " + head);
        }
        String body = html.substring(start, html.indexOf("</table>", start));
        assertTrue(body.contains("405.64"), "行政运行's 一般公共预算拨款收入 in 万元: " + body);
    }

    @Test
    void csvDownloadHasEveryBudgetIncomeAmount() throws IOException {
        byte[] bytes =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/disclosures/" + budgetId + "/download.csv"),
                                byte[].class);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records;
        try (CSVParser parser =
                CSVParser.parse(
                        new StringReader(text),
                        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
        List<String> columns = new ArrayList<>();
        for (CSVRecord r : records) {
            if (r.get(3).equals("公开02") && r.get(7).equals("2040601")) {
                columns.add(r.get(r.size() - 2) + "=" + r.get(r.size() - 1));
            }
        }
        assertTrue(columns.contains("上年结转=0.00"), columns::toString);
        assertTrue(columns.contains("一般公共预算拨款收入=4056400.00"), columns::toString);
        assertTrue(columns.contains("单位资金=0.00"), columns::toString);
    }

    @Test
    void workbookSheetHasTheBudgetIncomeColumns() throws IOException {
        byte[] xlsx =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/disclosures/" + budgetId + "/download.xlsx"),
                                byte[].class);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            for (Sheet sheet : wb) {
                if (!f.formatCellValue(sheet.getRow(0).getCell(0)).startsWith("公开02")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell c : row) {
                        cells.add(f.formatCellValue(c));
                    }
                }
            }
        }
        assertTrue(cells.contains("上年结转"), cells::toString);
        assertTrue(cells.contains("一般公共预算拨款收入"), cells::toString);
        assertTrue(cells.contains("财政专户管理资金收入"), cells::toString);
    }

    @Test
    @SuppressWarnings("unchecked")
    void apiListsTheColumnsTheBudgetTableHas() {
        Map<String, Object> body =
                http.toBlocking()
                        .retrieve(HttpRequest.GET("/api/disclosures/" + budgetId), Map.class);
        Map<String, Object> g02 =
                ((List<Map<String, Object>>) body.get("tables"))
                        .stream()
                                .filter(t -> "G02".equals(t.get("kind")))
                                .findFirst()
                                .orElseThrow();
        List<String> keys =
                ((List<Map<String, Object>>) g02.get("columns"))
                        .stream().map(c -> (String) c.get("key")).toList();
        assertTrue(
                keys.containsAll(
                        List.of("carry_in", "general", "fund", "capital", "special_account")),
                keys::toString);
        assertEquals(
                List.of("total", "carry_in", "fiscal", "general", "fund", "capital"),
                keys.subList(0, 6));
    }
}
