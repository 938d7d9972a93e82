package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.StandardTable;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import gongkai.validation.FindingPlaces;
import gongkai.validation.Location;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Check messages on the staff pages speak the editor's language: labels instead of keys, a link
 * from each finding to its cell, and screen-reader labels naming the row shown and the column.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckMessagesTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;

    private WebSession editor;
    private long id;

    @BeforeAll
    void draftWithAnInconsistentRow() {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        accounts.add(
                new AccountService.NewAccount(
                        "words", Role.UNIT_EDITOR, "醴陵市司法局", null, "words-password-1"),
                "test");
        editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("words", "words-password-1").statusCode());
        HttpResponse<String> created =
                editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2015"));
        Matcher m =
                Pattern.compile("/staff/disclosures/(\\d+)")
                        .matcher(created.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        id = Long.parseLong(m.group(1));
        String table = "/staff/disclosures/" + id + "/tables/G03";
        Map<String, String> grid = new LinkedHashMap<>();
        grid.put("unit", "WAN_YUAN");
        grid.put("rows", "2");
        String[][] rows = {
            {"", "合计", "78.01", "7.80", "70.00"}, {"2040610", "社区矫正", "78.01", "7.80", "70.00"}
        };
        for (int i = 0; i < rows.length; i++) {
            grid.put("code_" + i, rows[i][0]);
            grid.put("name_" + i, rows[i][1]);
            grid.put("amt_" + i + "_total", rows[i][2]);
            grid.put("amt_" + i + "_basic", rows[i][3]);
            grid.put("amt_" + i + "_project", rows[i][4]);
        }
        assertEquals(303, editor.submitForm(table, table, grid).statusCode());
    }

    @Test
    void findingsNameTablesRowsAndColumnsByTheirLabelsAndLinkToTheCell() {
        String page = editor.get("/staff/disclosures/" + id).body();
        String href = "/staff/disclosures/" + id + "/tables/G03#cell-2040610-total";
        assertTrue(
                page.contains("<a href=\"" + href + "\">公开03 支出决算表，科目 2040610，本年支出合计</a>"), page);
        assertFalse(page.contains("列 total"), "no column key is shown");

        // The link's target exists in the grid, on the flagged cell.
        String grid = editor.get("/staff/disclosures/" + id + "/tables/G03").body();
        assertTrue(grid.contains("<td id=\"cell-2040610-total\" class=\"has-error\">"), grid);
    }

    @Test
    void screenReaderLabelsGiveTheRowShownAndTheColumnLabel() {
        String grid = editor.get("/staff/disclosures/" + id + "/tables/G03").body();
        assertTrue(
                Pattern.compile("name=\"amt_1_total\"[^>]*aria-label=\"第2行 本年支出合计\"")
                        .matcher(grid)
                        .find(),
                grid);
        assertTrue(
                Pattern.compile("name=\"amt_1_basic\"[^>]*aria-label=\"第2行 基本支出\"")
                        .matcher(grid)
                        .find(),
                grid);
        assertTrue(
                Pattern.compile("name=\"code_1\"[^>]*aria-label=\"第2行科目代码\"").matcher(grid).find(),
                grid);
    }

    @Test
    void aColumnKeyWithoutItsTableIsNamedByItsLabel() {
        Location threePublic = new Location(null, null, "actual_vehicle_purchase", "THREE_PUBLIC");
        assertEquals(
                "公开09 " + StandardTable.G09.title() + "，公务用车购置费（决算数），情况说明 “三公”经费",
                FindingPlaces.describe(threePublic));
        assertEquals("合计", FindingPlaces.column(null, "total"));
    }
}
