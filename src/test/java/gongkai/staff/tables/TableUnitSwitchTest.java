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
import gongkai.staff.FormFields;
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
 * The 万元/元 switch of the table grid: switching converts the numbers on screen, the grid is always
 * read in the unit its numbers are shown in, and a save that rescales the table by about 10,000
 * needs an explicit confirmation. Each test works on its own table of one draft.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableUnitSwitchTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    private WebSession editor;
    private long id;

    @BeforeAll
    void draft() {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        accounts.add(
                new AccountService.NewAccount(
                        "units", Role.UNIT_EDITOR, "醴陵市司法局", null, "units-password-1"),
                "test");
        editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("units", "units-password-1").statusCode());
        HttpResponse<String> created =
                editor.submitForm("/staff", "/staff/disclosures", Map.of("year", "2015"));
        Matcher m =
                Pattern.compile("/staff/disclosures/(\\d+)")
                        .matcher(created.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        id = Long.parseLong(m.group(1));
    }

    private String page(StandardTable table) {
        return "/staff/disclosures/" + id + "/tables/" + table.name();
    }

    /** Stores 2040610 社区矫正 with total/basic/project typed in 元 (columns of 公开03). */
    private void storeInYuan(StandardTable table, String total, String basic, String project) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unit", "YUAN");
        form.put("rows", "1");
        form.put("code_0", "2040610");
        form.put("name_0", "社区矫正");
        form.put("amt_0_total", total);
        form.put("amt_0_basic", basic);
        form.put("amt_0_project", project);
        HttpResponse<String> saved = editor.submitForm(page(table), page(table), form);
        assertEquals(303, saved.statusCode(), saved.body());
    }

    private Map<String, BigDecimal> stored(StandardTable table) {
        DisclosureDocument d = catalog.document(id).orElseThrow();
        return d.tables().stream()
                .filter(t -> t.kind() == table)
                .findFirst()
                .orElseThrow()
                .rows()
                .stream()
                .filter(r -> "2040610".equals(r.code()))
                .findFirst()
                .orElseThrow()
                .amounts();
    }

    @Test
    void switchingAGridShownInYuanToWanYuanConvertsTheNumbersAndKeepsTheStoredAmounts() {
        StandardTable table = StandardTable.G03;
        storeInYuan(table, "780100.00", "78000.00", "702100.00");
        Map<String, BigDecimal> before = stored(table);
        String shown = editor.get(page(table) + "?unit=YUAN").body();
        assertTrue(shown.contains("value=\"780100.00\""), "the grid shows 元");

        // The editor clicks 万元 on the grid shown in 元. Before the fix this posted the 元 numbers as
        // 万元
        // and stored every amount multiplied by 10,000.
        Map<String, String> fields = FormFields.of(shown, page(table));
        fields.put("switchUnit", "WAN_YUAN");
        HttpResponse<String> switched = editor.post(page(table), fields);
        assertEquals(before, stored(table), "switching the unit stores nothing");
        assertEquals(200, switched.statusCode());
        assertTrue(
                switched.body().contains("value=\"78.01\"")
                        && switched.body().contains("value=\"70.21\""),
                "the numbers on screen are converted to 万元");
        assertTrue(
                switched.body()
                        .contains("<input type=\"hidden\" name=\"unit\" value=\"WAN_YUAN\">"),
                "the grid now says its numbers are in 万元");

        // Saving the converted grid keeps every amount.
        Map<String, String> again = FormFields.of(switched.body(), page(table));
        assertEquals(303, editor.post(page(table), again).statusCode());
        assertEquals(before, stored(table));
        assertEquals(new BigDecimal("780100.00"), stored(table).get("total"));
    }

    @Test
    void gridIsReadInTheUnitItsNumbersAreShownIn() {
        StandardTable table = StandardTable.G05;
        storeInYuan(table, "1234.56", "1234.56", "0");
        String shown = editor.get(page(table)).body();
        assertTrue(
                shown.contains("<input type=\"hidden\" name=\"unit\" value=\"YUAN\">"),
                "a table kept in 元 is shown in 元");
        assertTrue(
                shown.contains("金额单位：<strong>元</strong>"), "the unit is stated next to the grid");
        // Unchanged numbers posted back exactly as the page shows them are stored unchanged.
        assertEquals(303, editor.post(page(table), FormFields.of(shown, page(table))).statusCode());
        assertEquals(new BigDecimal("1234.56"), stored(table).get("total"));
    }

    @Test
    void switchingToWanYuanIsRefusedWhenAnAmountWouldNeedMoreThanTwoDecimals() {
        StandardTable table = StandardTable.G04;
        storeInYuan(table, "1234.56", "1234.56", "0");
        Map<String, String> fields = FormFields.of(editor.get(page(table)).body(), page(table));
        fields.put("switchUnit", "WAN_YUAN");
        HttpResponse<String> refused = editor.post(page(table), fields);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("不能换算为万元"), "says why the grid stays in 元");
        assertTrue(
                refused.body().contains("value=\"1234.56\"")
                        && refused.body().contains("name=\"unit\" value=\"YUAN\""));
        assertEquals(new BigDecimal("1234.56"), stored(table).get("total"));

        // Asked for by address, the grid stays in 元 too, and says so.
        String asked = editor.get(page(table) + "?unit=WAN_YUAN").body();
        assertTrue(
                asked.contains("不能换算为万元")
                        && asked.contains("<input type=\"hidden\" name=\"unit\" value=\"YUAN\">"));
        assertTrue(asked.contains("value=\"1234.56\""));
    }

    /**
     * 123,456.78 元 has no exact two-decimal form in 万元 (12.35 would be 123,500.00): a grid asked
     * for in 万元 must not show it rounded, and saving that grid without touching the cell, or after
     * editing another cell, keeps it to the 分.
     */
    @Test
    void savingAGridAskedForInWanYuanKeepsAmountsItCannotShowExactlyThere() {
        StandardTable table = StandardTable.G09;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unit", "YUAN");
        form.put("rows", "1");
        form.put("code_0", "");
        form.put("name_0", "三公经费合计");
        form.put("amt_0_budget_total", "200000.00");
        form.put("amt_0_budget_reception", "123456.78");
        form.put("amt_0_actual_total", "180000.00");
        assertEquals(303, editor.submitForm(page(table), page(table), form).statusCode());

        String shown = editor.get(page(table) + "?unit=WAN_YUAN").body();
        assertFalse(shown.contains("value=\"12.35\""), "never the rounded 万元 figure");
        Map<String, String> fields = FormFields.of(shown, page(table));
        assertEquals(303, editor.post(page(table), fields).statusCode());
        assertEquals(new BigDecimal("123456.78"), storedNamed(table).get("budget_reception"));

        // The editor switches to 万元 (refused: it cannot be exact), edits another cell and saves.
        Map<String, String> reopened =
                FormFields.of(editor.get(page(table) + "?unit=WAN_YUAN").body(), page(table));
        reopened.put("switchUnit", "WAN_YUAN");
        Map<String, String> again =
                FormFields.of(editor.post(page(table), reopened).body(), page(table));
        again.put("amt_0_actual_total", again.get("unit").equals("YUAN") ? "190000.00" : "19.00");
        assertEquals(303, editor.post(page(table), again).statusCode());
        Map<String, BigDecimal> after = storedNamed(table);
        assertEquals(new BigDecimal("123456.78"), after.get("budget_reception"), "untouched cell");
        assertEquals(new BigDecimal("190000.00"), after.get("actual_total"), "the edited cell");
        assertEquals(new BigDecimal("200000.00"), after.get("budget_total"));
    }

    private Map<String, BigDecimal> storedNamed(StandardTable table) {
        return catalog.document(id).orElseThrow().tables().stream()
                .filter(t -> t.kind() == table)
                .findFirst()
                .orElseThrow()
                .rows()
                .get(0)
                .amounts();
    }

    @Test
    void aSaveThatRescalesTheTableByTenThousandNeedsConfirmation() {
        StandardTable table = StandardTable.G07;
        storeInYuan(table, "780100.00", "78000.00", "702100.00");
        Map<String, BigDecimal> before = stored(table);
        // 元 numbers posted as 万元 (e.g. typed over a 万元 grid): every amount would grow 10,000 times.
        Map<String, String> fields =
                FormFields.of(editor.get(page(table) + "?unit=YUAN").body(), page(table));
        fields.put("unit", "WAN_YUAN");
        HttpResponse<String> warned = editor.post(page(table), fields);
        assertEquals(422, warned.statusCode());
        assertTrue(warned.body().contains("约为原来的 10000 倍"), "the warning states the factor");
        assertTrue(
                warned.body().contains("name=\"confirmScale\""), "a confirmation box is offered");
        assertEquals(before, stored(table), "nothing stored without the confirmation");

        Map<String, String> confirmed = FormFields.of(warned.body(), page(table));
        confirmed.put("confirmScale", "1");
        assertEquals(303, editor.post(page(table), confirmed).statusCode());
        assertEquals(
                new BigDecimal("7801000000.00"), stored(table).get("total"), "saved as confirmed");

        // And back: the 万元 numbers read as 元 shrink the table 10,000 times, again only when
        // confirmed.
        Map<String, String> shrink =
                FormFields.of(editor.get(page(table) + "?unit=WAN_YUAN").body(), page(table));
        shrink.put("unit", "YUAN");
        HttpResponse<String> warnedAgain = editor.post(page(table), shrink);
        assertEquals(422, warnedAgain.statusCode());
        assertTrue(warnedAgain.body().contains("约为原来的万分之一"));
        assertEquals(new BigDecimal("7801000000.00"), stored(table).get("total"));
        assertFalse(
                warnedAgain.body().contains("value=\"1\" checked"), "the box is never pre-ticked");
    }

    @Test
    void confirmingARescaleIsRefusedWhenSomeoneElseSavedAfterThePageWasOpened() {
        StandardTable table = StandardTable.G08;
        storeInYuan(table, "780100.00", "78000.00", "702100.00");
        Map<String, String> fields =
                FormFields.of(editor.get(page(table) + "?unit=YUAN").body(), page(table));

        // Meanwhile a colleague saves the table.
        WebSession colleague = new WebSession(server.getURI());
        assertEquals(303, colleague.login("units", "units-password-1").statusCode());
        Map<String, String> theirs =
                FormFields.of(colleague.get(page(table) + "?unit=YUAN").body(), page(table));
        theirs.put("amt_0_total", "780200.00");
        theirs.put("amt_0_basic", "78100.00");
        assertEquals(303, colleague.post(page(table), theirs).statusCode());

        fields.put("unit", "WAN_YUAN");
        HttpResponse<String> warned = editor.post(page(table), fields);
        assertEquals(422, warned.statusCode());
        // The warning page still carries the version the editor's numbers were based on.
        Map<String, String> confirmed = FormFields.of(warned.body(), page(table));
        confirmed.put("confirmScale", "1");
        assertEquals(
                409,
                editor.post(page(table), confirmed).statusCode(),
                "a stale confirmation is refused");
        assertEquals(
                new BigDecimal("780200.00"),
                stored(table).get("total"),
                "the colleague's save is kept");
    }
}
