package gongkai.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.importer.fixtures.PdfFixture;
import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentReaders;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Findings an import stores with a revision come back with the PDF page they were found on: from
 * the service that reads them back, and in the checklist staff download over HTTP.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredFindingPagesTest {

    private static final String DOUBLED = "一般公共预算拨款收入837.74万元，占100%。。";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject InspectionService inspection;

    private long id;
    private int page;

    @BeforeAll
    void importAPlantedBudgetPdf() {
        String text =
                new String(BudgetFixtures.bytes(BudgetFixtures.LILING_2023), StandardCharsets.UTF_8)
                        .replace("一般公共预算拨款收入837.74万元，占100%。", DOUBLED);
        byte[] pdf =
                PdfFixture.render(
                        text.getBytes(StandardCharsets.UTF_8),
                        EnumSet.noneOf(PdfFixture.Layout.class));
        page = pageOf(pdf, "。。");
        assertTrue(page > 1, "the planted paragraph stands after the first page: " + page);
        ImportReport report = imports.importDocument("liling-2023-budget.pdf", pdf, false);
        assertNotNull(report.disclosureId(), report::toText);
        id = report.disclosureId();
        accounts.add(
                new AccountService.NewAccount(
                        "pages-editor", Role.UNIT_EDITOR, "醴陵市司法局", null, "pages-password-1"),
                "test");
    }

    @Test
    void theServiceGivesBackAStoredFindingWithItsPage() {
        DisclosureDocument d = catalog.document(id).orElseThrow();
        List<ProofFinding> doubled =
                inspection.findings(d).stream().filter(f -> f.ruleId().equals("P01")).toList();
        assertEquals(1, doubled.size(), doubled::toString);
        assertEquals(page, doubled.get(0).page(), doubled.get(0)::described);
    }

    @Test
    void theDownloadedChecklistNamesThePageOfAStoredFinding() throws Exception {
        WebSession s = new WebSession(server.getURI());
        assertEquals(303, s.login("pages-editor", "pages-password-1").statusCode());
        HttpResponse<byte[]> r = s.getBytes("/staff/disclosures/" + id + "/checklist.xlsx");
        assertEquals(200, r.statusCode());
        List<String> problems = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            for (Row row : wb.getSheetAt(0)) {
                if (row.getLastCellNum() > 2 && row.getCell(2) != null) {
                    problems.add(f.formatCellValue(row.getCell(2)));
                }
            }
        }
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.contains("P01") && p.contains("第 " + page + " 页")),
                problems::toString);
    }

    /** The page the PDF reader puts the first line containing {@code text} on. */
    private static int pageOf(byte[] pdf, String text) {
        DocumentReader.Result read = new DocumentReaders().read(pdf, "budget.pdf");
        assertTrue(read.ok(), read::error);
        List<String> lines = read.text().lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return read.text().pages().pageOfLine().get(i);
            }
        }
        throw new AssertionError(text + " not in the PDF's text");
    }
}
