package gongkai.staff.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.StandardTable;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Editing 公开03 as a grid: field-level messages for bad input, exact storage, findings next to
 * cells.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableEditingTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    private WebSession editor;
    private String tablePage;
    private long id;

    @BeforeAll
    void draft() {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        accounts.add(
                new AccountService.NewAccount(
                        "grid", Role.UNIT_EDITOR, "醴陵市司法局", null, "grid-password-1"),
                "test");
        editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("grid", "grid-password-1").statusCode());
        HttpResponse<String> created =
                editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2019"));
        Matcher m =
                Pattern.compile("/staff/disclosures/(\\d+)")
                        .matcher(created.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        id = Long.parseLong(m.group(1));
        tablePage = "/staff/disclosures/" + id + "/tables/G03";
    }

    private Map<String, String> grid(String unit, String[][] rows) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unit", unit);
        form.put("rows", Integer.toString(rows.length));
        for (int i = 0; i < rows.length; i++) {
            form.put("code_" + i, rows[i][0]);
            form.put("name_" + i, rows[i][1]);
            form.put("amt_" + i + "_total", rows[i][2]);
            form.put("amt_" + i + "_basic", rows[i][3]);
            form.put("amt_" + i + "_project", rows[i][4]);
        }
        return form;
    }

    @Test
    void badCellsGetFieldLevelMessagesAndEverythingTypedIsKept() {
        DisclosureDocument before = catalog.document(id).orElseThrow();
        HttpResponse<String> response =
                editor.submitForm(
                        tablePage,
                        tablePage,
                        grid(
                                "WAN_YUAN",
                                new String[][] {
                                    {"2040601", "行政运行", "12a", "1.234", "-5"},
                                    {"2040610", "社区矫正", "123456789012345", "12", "0"},
                                    {"2040698", "未知科目", "1", "1", "0"},
                                    {"2040610", "社区矫正", "1", "1", "0"}
                                }));
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("“12a”不是金额"), "letters in an amount");
        assertTrue(html.contains("金额最多保留两位小数"), "more than 2 decimals");
        assertTrue(html.contains("金额不能为负数"), "negative amount");
        assertTrue(html.contains("金额位数过多"), "a 15-digit amount");
        assertTrue(html.contains("科目代码 2040698 不在功能分类科目表中"), "unknown code");
        assertTrue(html.contains("在本表中重复"), "duplicate row code");
        assertTrue(
                html.contains("value=\"12a\"")
                        && html.contains("value=\"123456789012345\"")
                        && html.contains("value=\"未知科目\""),
                "what the editor typed is shown again");
        assertEquals(
                before.tables(), catalog.document(id).orElseThrow().tables(), "nothing was stored");
    }

    @Test
    void storesAmountsTypedInWanYuanExactlyAndShowsFindingsNextToTheCell() {
        // 7.80 + 70.00 ≠ 78.01: a deliberate error in the 总计 of 2040610.
        HttpResponse<String> saved =
                editor.submitForm(
                        tablePage,
                        tablePage,
                        grid(
                                "WAN_YUAN",
                                new String[][] {
                                    {"", "合计", "78.01", "7.80", "70.00"},
                                    {"2040610", "社区矫正", "78.01", "7.80", "70.00"}
                                }));
        assertEquals(303, saved.statusCode(), saved.body());
        DisclosureDocument stored = catalog.document(id).orElseThrow();
        DisclosureDocument.RowView row =
                stored.tables().stream()
                        .filter(t -> t.kind() == StandardTable.G03)
                        .findFirst()
                        .orElseThrow()
                        .rows()
                        .stream()
                        .filter(r -> "2040610".equals(r.code()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(new BigDecimal("780100.00"), row.amounts().get("total"));
        assertEquals(new BigDecimal("78000.00"), row.amounts().get("basic"));

        String page = editor.get(tablePage).body();
        assertTrue(page.contains("has-error"), "the inconsistent cell is marked");
        assertTrue(
                page.contains("社区矫正") && page.contains("相差"),
                "the message states the difference next to the cell");

        // Fixed: the finding disappears.
        assertEquals(
                303,
                editor.submitForm(
                                tablePage,
                                tablePage,
                                grid(
                                        "WAN_YUAN",
                                        new String[][] {
                                            {"", "合计", "77.80", "7.80", "70.00"},
                                            {"2040610", "社区矫正", "77.80", "7.80", "70.00"}
                                        }))
                        .statusCode());
        assertFalse(editor.get(tablePage).body().contains("field-error"), "no message left");
    }

    @Test
    void addsARowByCodeWithItsOfficialName() {
        Map<String, String> form = grid("YUAN", new String[][] {});
        form.put("newCode", "2040605");
        HttpResponse<String> response = editor.submitForm(tablePage, tablePage, form);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("value=\"普法宣传\""), "the official name is filled in");
    }

    @Test
    void aCodeToAddThatIsNotACodeIsRefusedNextToItsFieldAndTheGridIsKept() {
        DisclosureDocument before = catalog.document(id).orElseThrow();
        Map<String, String> form =
                grid("WAN_YUAN", new String[][] {{"2040610", "社区矫正", "12.34", "12.34", ""}});
        form.put("newCode", "20406ab");
        HttpResponse<String> response = editor.submitForm(tablePage, tablePage, form);
        assertEquals(422, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("科目代码应为数字，最多 7 位"), "the message next to the field");
        assertTrue(html.contains("value=\"20406ab\""), "the typed code is kept");
        assertTrue(
                html.contains("value=\"12.34\"") && html.contains("value=\"社区矫正\""),
                "the grid is kept as typed");
        assertEquals(
                before.tables(), catalog.document(id).orElseThrow().tables(), "nothing was stored");
    }
}
