package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The 公开情况检查表 (#19) over HTTP: a unit's staff download their disclosure's checklist in the
 * inspectors' layout, filled from the checks; a reviewer gets every unit of their scope in one
 * workbook and nothing outside it; a unit editor may not ask for the scope's workbook, and nobody
 * logged out gets either.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecklistDownloadTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;

    private long liling;

    @BeforeAll
    void unitsAndAccounts() {
        liling =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false)
                        .disclosureId();
        imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), false);
        accounts.add(
                new AccountService.NewAccount(
                        "check-editor", Role.UNIT_EDITOR, "醴陵市司法局", null, "check-password-1"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "check-other", Role.UNIT_EDITOR, "内蒙古自治区法治宣传中心", null, "check-password-2"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "check-reviewer", Role.REVIEWER, null, "430000", "check-password-3"),
                "test");
    }

    private WebSession as(String user, String password) {
        WebSession s = new WebSession(server.getURI());
        assertEquals(303, s.login(user, password).statusCode());
        return s;
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theUnitsEditorDownloadsItsDraftsChecklistFilledFromTheChecks() throws IOException {
        HttpResponse<byte[]> r =
                as("check-editor", "check-password-1")
                        .getBytes("/staff/disclosures/" + liling + "/checklist.xlsx");
        assertEquals(200, r.statusCode());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
                r.headers().map().toString());
        List<List<String>> rows = rows(r.body());
        assertTrue(rows.stream().anyMatch(x -> x.contains("醴陵市司法局")), rows.toString());
        int head = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals("检查项目")) {
                head = i;
            }
        }
        assertTrue(head >= 0, "the inspectors' header row: " + rows);
        assertEquals(List.of("检查项目", "符合要求（是/否）", "存在问题及位置"), rows.get(head));
        List<List<String>> items = rows.subList(head + 1, rows.size());
        assertTrue(items.size() >= 5, "one row per checklist item: " + items);
        // Seed 004 uses the outdated class name for its retirees (C01): that item says 否 and
        // names the problem.
        assertTrue(
                items.stream()
                        .anyMatch(x -> x.size() > 2 && x.get(1).equals("否") && !x.get(2).isBlank()),
                items.toString());
        assertTrue(items.stream().anyMatch(x -> x.size() > 1 && x.get(1).equals("是")));
    }

    @Test
    void anotherUnitsEditorAndStrangersGetNoChecklist() {
        HttpResponse<byte[]> other =
                as("check-other", "check-password-2")
                        .getBytes("/staff/disclosures/" + liling + "/checklist.xlsx");
        assertTrue(
                other.statusCode() == 403 || other.statusCode() == 404,
                "another unit's draft: " + other.statusCode());
        HttpResponse<byte[]> anonymous =
                new WebSession(server.getURI())
                        .getBytes("/staff/disclosures/" + liling + "/checklist.xlsx");
        assertFalse(anonymous.statusCode() == 200, "logged out: " + anonymous.statusCode());
    }

    @Test
    void aReviewerGetsOneRowPerUnitAndItemOfTheirScopeOnly() throws IOException {
        HttpResponse<byte[]> r =
                as("check-reviewer", "check-password-3").getBytes("/staff/checklists.xlsx");
        assertEquals(200, r.statusCode());
        List<List<String>> rows = rows(r.body());
        assertEquals(List.of("单位", "年度", "类别", "状态", "检查项目", "符合要求（是/否）", "存在问题及位置"), rows.get(0));
        List<List<String>> body = rows.subList(1, rows.size());
        assertFalse(body.isEmpty());
        assertTrue(body.stream().allMatch(x -> x.get(0).equals("醴陵市司法局")), body.toString());
    }

    @Test
    void aUnitEditorMayNotDownloadTheScopesWorkbook() {
        assertEquals(
                403,
                as("check-editor", "check-password-1")
                        .getBytes("/staff/checklists.xlsx")
                        .statusCode());
    }
}
