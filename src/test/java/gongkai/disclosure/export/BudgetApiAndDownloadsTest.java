package gongkai.disclosure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A unit's budget and final accounts of one year (醴陵 2023) in the read API's list and in the
 * per-disclosure downloads: each says which kind it is, and the list filters by kind.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetApiAndDownloadsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;

    long budgetId;
    long accountsId;

    @BeforeAll
    void publishBoth() {
        BudgetFixtures.Liling both = BudgetFixtures.publishLiling2023(imports);
        accountsId = both.accountsId();
        budgetId = both.budgetId();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listed(String query) {
        Map<String, Object> body =
                http.toBlocking().retrieve(HttpRequest.GET("/api/disclosures?" + query), Map.class);
        return (List<Map<String, Object>>) body.get("items");
    }

    private static Set<Long> ids(List<Map<String, Object>> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(i -> ids.add(((Number) i.get("id")).longValue()));
        return ids;
    }

    @Test
    void listFiltersByKindAndEveryRowSaysItsKind() {
        List<Map<String, Object>> all = listed("year=2023");
        assertEquals(Set.of(budgetId, accountsId), ids(all));
        for (Map<String, Object> row : all) {
            long id = ((Number) row.get("id")).longValue();
            assertEquals(
                    id == budgetId ? "BUDGET" : "FINAL_ACCOUNTS", row.get("kind"), row::toString);
        }
        assertEquals(Set.of(budgetId), ids(listed("kind=BUDGET")));
        assertEquals(Set.of(accountsId), ids(listed("kind=FINAL_ACCOUNTS&year=2023")));
        assertEquals(
                Set.of(budgetId),
                ids(listed("kind=" + URLEncoder.encode("预算", StandardCharsets.UTF_8))));
    }

    @Test
    void anUnknownKindIsA400WithAChineseJsonError() {
        HttpClientResponseException e =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .exchange(
                                                HttpRequest.GET("/api/disclosures?kind=PLAN"),
                                                String.class));
        assertEquals(400, e.getStatus().getCode());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("\"status\":400"), body);
        assertTrue(body.contains("公开类型 kind 只能是 BUDGET"), body);
    }

    @Test
    void csvDownloadNamesTheKindOnEveryLine() throws IOException {
        List<CSVRecord> budget = csv(budgetId);
        assertFalse(budget.isEmpty());
        budget.forEach(r -> assertEquals("部门预算", r.get("类别"), r::toString));
        csv(accountsId).forEach(r -> assertEquals("部门决算", r.get("类别"), r::toString));
    }

    private List<CSVRecord> csv(long id) throws IOException {
        byte[] body =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/disclosures/" + id + "/download.csv"),
                                byte[].class);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser =
                CSVParser.parse(
                        new StringReader(text),
                        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals("类别", parser.getHeaderNames().get(2));
            return parser.getRecords();
        }
    }

    @Test
    void workbookAndJsonDownloadsNameTheKind() throws IOException {
        byte[] xlsx =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/disclosures/" + budgetId + "/download.xlsx"),
                                byte[].class);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet info = wb.getSheet("基本信息");
            DataFormatter f = new DataFormatter();
            assertTrue(f.formatCellValue(info.getRow(0).getCell(0)).endsWith("2023年度部门预算"));
            String kind = null;
            for (Row r : info) {
                if ("类别".equals(f.formatCellValue(r.getCell(0)))) {
                    kind = f.formatCellValue(r.getCell(1));
                }
            }
            assertEquals("部门预算", kind);
        }
        String json =
                http.toBlocking()
                        .retrieve(HttpRequest.GET("/disclosures/" + budgetId + "/download.json"));
        assertTrue(json.contains("\"kind\":\"BUDGET\""), json.substring(0, 300));
    }
}
