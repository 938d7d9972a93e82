package gongkai.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.search.Indexer;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The administrator's pages over HTTP: accounts, units, regions, and the audit trail they leave.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject UnitService units;
    @Inject Indexer indexer;

    private WebSession admin;
    private Unit liling;
    private Unit nmg;

    @BeforeAll
    void setUp() {
        ImportReport a =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        ImportReport b =
                imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true);
        liling = units.byName(a.unitName()).get(0);
        nmg = units.byName(b.unitName()).get(0);
        accounts.add(
                new AccountService.NewAccount(
                        "root-admin", Role.ADMIN, null, null, "admin-password-1"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "hn-reviewer", Role.REVIEWER, null, "430000", "reviewer-password"),
                "test");
        admin = login("root-admin", "admin-password-1");
    }

    private WebSession login(String user, String password) {
        WebSession s = new WebSession(server.getURI());
        HttpResponse<String> r = s.login(user, password);
        assertEquals(
                "/staff",
                java.net
                        .URI
                        .create(r.headers().firstValue("Location").orElse("/login?error"))
                        .getPath(),
                user + " logs in");
        return s;
    }

    private boolean canLogIn(String user, String password) {
        return new WebSession(server.getURI())
                .login(user, password)
                .headers()
                .firstValue("Location")
                .orElse("")
                .endsWith("/staff");
    }

    @Test
    void createsDisablesEnablesAndResetsAnAccount() {
        String page = "/staff/admin/accounts";
        HttpResponse<String> created =
                admin.submitForm(
                        page,
                        page,
                        Map.of(
                                "username",
                                "liling-clerk",
                                "role",
                                "UNIT_EDITOR",
                                "unitId",
                                liling.id().toString(),
                                "password",
                                "clerk-password-1"));
        assertEquals(303, created.statusCode(), created.body());
        assertTrue(admin.get(page).body().contains(liling.name()), "the account's unit is listed");
        assertTrue(canLogIn("liling-clerk", "clerk-password-1"));

        assertEquals(
                303, admin.submitForm(page, page + "/liling-clerk/disable", Map.of()).statusCode());
        assertFalse(
                canLogIn("liling-clerk", "clerk-password-1"), "a disabled account cannot log in");
        assertEquals(
                303, admin.submitForm(page, page + "/liling-clerk/enable", Map.of()).statusCode());
        assertTrue(canLogIn("liling-clerk", "clerk-password-1"));

        HttpResponse<String> shortPassword =
                admin.submitForm(
                        page, page + "/liling-clerk/password", Map.of("password", "short"));
        assertEquals(422, shortPassword.statusCode());
        assertTrue(shortPassword.body().contains("密码至少 10 位"));
        assertEquals(
                303,
                admin.submitForm(
                                page,
                                page + "/liling-clerk/password",
                                Map.of("password", "a-new-password-2"))
                        .statusCode());
        assertFalse(canLogIn("liling-clerk", "clerk-password-1"), "the old password stops working");
        assertTrue(canLogIn("liling-clerk", "a-new-password-2"));

        String audit = admin.get("/staff/audit?unit=" + liling.id()).body();
        for (String action : new String[] {"新建账号", "停用账号", "启用账号", "重置密码"}) {
            assertTrue(audit.contains(action), "audited: " + action);
        }
    }

    @Test
    void anEditorWithoutAUnitIsRefusedAndTheFormKeepsWhatWasTyped() {
        String page = "/staff/admin/accounts";
        HttpResponse<String> refused =
                admin.submitForm(
                        page,
                        page,
                        Map.of(
                                "username",
                                "no-unit-clerk",
                                "role",
                                "UNIT_EDITOR",
                                "unitId",
                                "",
                                "password",
                                "clerk-password-1"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("单位填报员必须指定所属单位"));
        assertTrue(refused.body().contains("value=\"no-unit-clerk\""));
    }

    @Test
    void createsAndRenamesAUnitWithTheUniqueNameRuleAsAFieldMessage() {
        String page = "/staff/admin/units";
        HttpResponse<String> created =
                admin.submitForm(
                        page,
                        page,
                        Map.of(
                                "name",
                                "醴陵市法律援助中心",
                                "regionCode",
                                "430281",
                                "kind",
                                "公益一类事业单位",
                                "parentUnitId",
                                liling.id().toString()));
        assertEquals(303, created.statusCode(), created.body());
        Unit centre = units.byName("醴陵市法律援助中心").get(0);
        assertEquals(liling.id(), centre.parentUnitId());
        assertEquals("430281", centre.regionCode());

        HttpResponse<String> duplicate =
                admin.submitForm(
                        page,
                        page,
                        Map.of(
                                "name",
                                liling.name(),
                                "regionCode",
                                liling.regionCode(),
                                "kind",
                                "行政单位",
                                "parentUnitId",
                                ""));
        assertEquals(422, duplicate.statusCode());
        assertTrue(
                duplicate.body().contains("该行政区划内已有名为“" + liling.name() + "”的单位"), "field message");
        assertTrue(
                duplicate.body().contains("value=\"" + liling.regionCode() + "\""),
                "typed values kept");

        HttpResponse<String> badRegion =
                admin.submitForm(page, page, Map.of("name", "某单位", "regionCode", "999999"));
        assertEquals(422, badRegion.statusCode());
        assertTrue(badRegion.body().contains("行政区划代码 999999 不存在"));

        String unitPage = "/staff/admin/units/" + centre.id();
        assertEquals(
                303,
                admin.submitForm(
                                unitPage,
                                unitPage,
                                Map.of(
                                        "name",
                                        "醴陵市公共法律服务中心",
                                        "regionCode",
                                        "430281",
                                        "kind",
                                        "公益一类事业单位",
                                        "parentUnitId",
                                        liling.id().toString()))
                        .statusCode());
        assertEquals("醴陵市公共法律服务中心", units.byId(centre.id()).orElseThrow().name());
        HttpResponse<String> cycle =
                admin.submitForm(
                        "/staff/admin/units/" + liling.id(),
                        "/staff/admin/units/" + liling.id(),
                        Map.of(
                                "name",
                                liling.name(),
                                "regionCode",
                                liling.regionCode(),
                                "parentUnitId",
                                centre.id().toString()));
        assertEquals(422, cycle.statusCode());
        assertTrue(cycle.body().contains("主管单位不能是该单位本身或其下属单位"));
        assertTrue(
                admin.get("/staff/audit?action=UNIT_UPDATED").body().contains("醴陵市公共法律服务中心"),
                "audited");
    }

    @Test
    void renamingAUnitReachesSearchAndItsKeptPublicPageWithoutAReindex() {
        String oldName = nmg.name();
        String newName = "内蒙古自治区法治宣传测试中心";
        String form = "/staff/admin/units/" + nmg.id();
        indexer.catchUp();
        assertTrue(
                admin.get("/units/" + nmg.id()).body().contains(oldName),
                "the public page is now kept in memory");
        assertTrue(searchTotal(oldName) > 0);
        try {
            assertEquals(
                    303,
                    admin.submitForm(
                                    form,
                                    form,
                                    Map.of(
                                            "name",
                                            newName,
                                            "regionCode",
                                            nmg.regionCode(),
                                            "kind",
                                            nmg.kind() == null ? "" : nmg.kind(),
                                            "parentUnitId",
                                            nmg.parentUnitId() == null
                                                    ? ""
                                                    : nmg.parentUnitId().toString()))
                            .statusCode());
            assertTrue(
                    admin.get("/units/" + nmg.id()).body().contains(newName),
                    "the kept page gave way to the new name");
            indexer.catchUp();
            assertTrue(
                    searchTotal(newName) > 0,
                    "passages of its published report carry the new name");
            assertEquals(0, searchTotal(oldName), "and no longer the old one");
        } finally {
            units.update(nmg.id(), oldName, nmg.regionCode(), nmg.kind(), nmg.parentUnitId());
            indexer.catchUp();
        }
    }

    /**
     * Total of a search for 普法 within the unit of that name (the unit filter matches the indexed
     * name exactly).
     */
    private long searchTotal(String unitName) {
        String body =
                admin.get(
                                "/api/search?q="
                                        + URLEncoder.encode("普法", StandardCharsets.UTF_8)
                                        + "&unit="
                                        + URLEncoder.encode(unitName, StandardCharsets.UTF_8))
                        .body();
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    @Test
    void browsesAndSearchesTheRegionList() {
        String provinces = admin.get("/staff/admin/regions").body();
        assertTrue(provinces.contains("湖南省") && provinces.contains("内蒙古自治区"));
        String search =
                admin.get(
                                "/staff/admin/regions?q="
                                        + java.net.URLEncoder.encode(
                                                "醴陵", java.nio.charset.StandardCharsets.UTF_8))
                        .body();
        assertTrue(search.contains("430281") && search.contains("湖南省 / 株洲市 / 醴陵市"));
        assertTrue(admin.get("/staff/admin/regions?parent=430200").body().contains("醴陵市"));
        assertEquals(404, admin.get("/staff/admin/regions?parent=999999").statusCode());
    }

    @Test
    void aReviewerSeesOnlyTheAuditEventsOfUnitsInItsScope() {
        String page = "/staff/admin/units";
        assertEquals(
                303,
                admin.submitForm(
                                page,
                                page,
                                Map.of("name", "内蒙古自治区测试中心", "regionCode", nmg.regionCode()))
                        .statusCode());
        assertEquals(
                303,
                admin.submitForm(page, page, Map.of("name", "醴陵市测试中心", "regionCode", "430281"))
                        .statusCode());
        WebSession reviewer = login("hn-reviewer", "reviewer-password");
        String seen = reviewer.get("/staff/audit?action=UNIT_CREATED").body();
        assertTrue(seen.contains("醴陵市测试中心"), "a unit in Hunan");
        assertFalse(seen.contains("内蒙古自治区测试中心"), "not a unit outside the reviewer's region");
        assertTrue(
                admin.get("/staff/audit?action=UNIT_CREATED").body().contains("内蒙古自治区测试中心"),
                "the admin sees all");
        assertEquals(400, admin.get("/staff/audit?from=yesterday").statusCode());
    }

    @Test
    void aBadNewAccountIsShownAgainWithAMessageNextToEachFieldAndWhatWasTyped() {
        String page = "/staff/admin/accounts";
        HttpResponse<String> refused =
                admin.submitForm(
                        page,
                        page,
                        Map.of(
                                "username",
                                "",
                                "role",
                                "REVIEWER",
                                "unitId",
                                "",
                                "regionCode",
                                "43",
                                "password",
                                "short"));
        assertEquals(422, refused.statusCode());
        String html = refused.body();
        assertTrue(html.contains("请填写用户名。"), "username message");
        assertTrue(html.contains("行政区划代码应为 6 位数字"), "region message");
        assertTrue(html.contains("密码至少 10 位"), "password message");
        assertTrue(html.contains("value=\"43\""), "the typed region code is kept");
        assertTrue(
                html.contains("<option value=\"REVIEWER\" selected=\"selected\">"),
                "the chosen role is kept");
        assertFalse(html.contains("value=\"short\""), "a password is never shown again");
        assertTrue(accounts.byUsername("").isEmpty());
    }

    @Test
    void aBadScopeChangeIsShownAgainWithTheMessageNextToTheField() {
        String page = "/staff/admin/accounts";
        HttpResponse<String> refused =
                admin.submitForm(
                        page,
                        page + "/scope",
                        Map.of(
                                "username",
                                "hn-reviewer",
                                "role",
                                "REVIEWER",
                                "unitId",
                                "abc",
                                "regionCode",
                                "4300"));
        assertEquals(422, refused.statusCode());
        assertTrue(
                refused.body().contains("所选单位不存在。") && refused.body().contains("行政区划代码应为 6 位数字"));
        assertTrue(refused.body().contains("value=\"4300\""), "the typed region code is kept");
        assertEquals(
                "430000",
                accounts.byUsername("hn-reviewer").orElseThrow().regionCode(),
                "nothing changed");
    }

    @Test
    void aBadUnitFormIsShownAgainWithTheMessageNextToTheFieldAndWhatWasTyped() {
        String page = "/staff/admin/units";
        String longName = "长".repeat(201);
        HttpResponse<String> created =
                admin.submitForm(
                        page,
                        page,
                        Map.of(
                                "name",
                                longName,
                                "regionCode",
                                "430281",
                                "kind",
                                "",
                                "parentUnitId",
                                "x"));
        assertEquals(422, created.statusCode());
        assertTrue(
                created.body().contains("单位名称最多 200 字。") && created.body().contains("所选主管单位不存在。"));
        assertTrue(
                created.body().contains("value=\"" + longName + "\"")
                        && created.body().contains("value=\"430281\""),
                "typed values kept");
        assertTrue(units.byName(longName).isEmpty());

        String unitPage = "/staff/admin/units/" + liling.id();
        HttpResponse<String> edited =
                admin.submitForm(unitPage, unitPage, Map.of("name", " ", "regionCode", "430281"));
        assertEquals(422, edited.statusCode());
        assertTrue(edited.body().contains("请填写单位名称。"), "name message");
        assertTrue(edited.body().contains("action=\"" + unitPage + "\""), "the same unit's form");
        assertEquals(
                liling.name(), units.byId(liling.id()).orElseThrow().name(), "nothing changed");
    }
}
