package gongkai.staff.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.StandardTable;
import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.staff.FormFields;
import gongkai.testsupport.Imported;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The 部门收入总表 of a budget draft in the staff grid: its budget-only columns (上年结转, the three kinds of
 * 拨款收入, 财政专户管理资金收入, 单位资金) are cells like any other, so saving the grid unchanged keeps every
 * amount.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetIncomeGridTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    private WebSession editor;
    private long id;
    private String gridPage;

    @BeforeAll
    void draft() {
        id =
                Imported.stored(
                        imports.importDocument(
                                "budget.txt",
                                BudgetFixtures.lilingWithNationalIncomeTable(),
                                false));
        accounts.add(
                new AccountService.NewAccount(
                        "budget-grid", Role.UNIT_EDITOR, "醴陵市司法局", null, "budget-grid-pass-1"),
                "test");
        editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("budget-grid", "budget-grid-pass-1").statusCode());
        gridPage = "/staff/disclosures/" + id + "/tables/G02";
    }

    private List<DisclosureDocument.RowView> incomeRows() {
        return catalog.document(id).orElseThrow().tables().stream()
                .filter(t -> t.kind() == StandardTable.G02)
                .findFirst()
                .orElseThrow()
                .rows();
    }

    @Test
    void savingTheBudgetIncomeGridUnchangedKeepsEveryAmount() {
        List<DisclosureDocument.RowView> before = incomeRows();
        assertEquals(
                new BigDecimal("4056400.00"),
                before.stream()
                        .filter(r -> "2040601".equals(r.code()))
                        .findFirst()
                        .orElseThrow()
                        .amounts()
                        .get("general"),
                "the fixture stores 一般公共预算拨款收入");
        String html = editor.get(gridPage).body();
        assertTrue(html.contains(">上年结转<"), "上年结转 is a column of the grid");
        assertTrue(
                html.contains("部门收入总表") && !html.contains("收入决算表"),
                "the grid goes by the budget's title");
        assertTrue(html.contains("name=\"amt_1_general\""), "一般公共预算拨款收入 is editable");
        Map<String, String> fields = new LinkedHashMap<>(FormFields.of(html, gridPage));
        fields.remove("newCode");
        HttpResponse<String> saved = editor.post(gridPage, fields);
        assertEquals(303, saved.statusCode(), saved.body());
        List<DisclosureDocument.RowView> after = incomeRows();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(
                    amounts(before.get(i)),
                    amounts(after.get(i)),
                    "row " + before.get(i).name() + " keeps every amount");
        }
    }

    /** Amounts compared as numbers (a save may store 0.00 where the import stored 0). */
    private static Map<String, BigDecimal> amounts(DisclosureDocument.RowView r) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        r.amounts().forEach((k, v) -> m.put(k, v.stripTrailingZeros()));
        return new java.util.TreeMap<>(m);
    }
}
