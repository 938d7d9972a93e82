package gongkai.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.importer.ImportService;
import gongkai.testsupport.RawJdbc;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Dashboards list what is in scope however much else the portal holds: they once read the first 500
 * revisions of all units and filtered them in memory, so a reviewer's units beyond that cap
 * silently vanished.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardScopeTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject ApplicationContext context;

    long liling;

    @BeforeAll
    void manyRevisionsElsewhere() throws SQLException {
        liling =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false)
                        .disclosureId();
        long nmg =
                imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), false)
                        .disclosureId();
        accounts.add(
                new AccountService.NewAccount(
                        "hunan-dash", Role.REVIEWER, null, "430000", "reviewer-password"),
                "test");
        accounts.add(
                new AccountService.NewAccount(
                        "admin-dash", Role.ADMIN, null, null, "admin-password-1"),
                "test");
        // 600 discarded revisions of the Inner Mongolian unit, for later years: they sort before
        // 醴陵's 2023 draft, as a busy national portal's would.
        try (Connection c = RawJdbc.dataSource(context).getConnection()) {
            long unit;
            try (PreparedStatement q =
                    c.prepareStatement("SELECT unit_id FROM disclosure WHERE id = ?")) {
                q.setLong(1, nmg);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    unit = rs.getLong(1);
                }
            }
            try (PreparedStatement insert =
                    c.prepareStatement(
                            "INSERT INTO disclosure (unit_id, fiscal_year, kind, status, revision) VALUES (?, ?, 'FINAL_ACCOUNTS', 'DISCARDED', ?)")) {
                for (int i = 0; i < 600; i++) {
                    insert.setLong(1, unit);
                    insert.setInt(2, 2030 + i % 6);
                    insert.setInt(3, 100 + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private WebSession as(String user, String password) {
        WebSession s = new WebSession(server.getURI());
        assertEquals(303, s.login(user, password).statusCode());
        return s;
    }

    @Test
    void reviewerSeesItsRegionsDraftBehindHundredsOfOtherRevisions() {
        // The reviewer's home is its queue of submitted revisions; drafts are one filter away.
        String page = as("hunan-dash", "reviewer-password").get("/staff?status=DRAFT").body();
        assertTrue(
                page.contains("/staff/disclosures/" + liling + "\""),
                "醴陵's draft is in 湖南's scope");
        assertFalse(page.contains("内蒙古自治区法治宣传中心"), "nothing outside the region");
        assertTrue(
                page.contains("共 <strong>1</strong> 份"), "the total counts only what is in scope");
    }

    @Test
    void adminPagesThroughEverythingWithATotal() {
        WebSession admin = as("admin-dash", "admin-password-1");
        String first = admin.get("/staff").body();
        assertTrue(first.contains("href=\"/staff?page=2\""), "a next page");
        int rowsOnFirst = first.split("/staff/disclosures/\\d+\"").length - 1;
        assertEquals(100, rowsOnFirst);
        long total = Long.parseLong(first.replaceAll("(?s).*共 <strong>(\\d+)</strong> 份.*", "$1"));
        assertTrue(total >= 602, "every revision counted: " + total);
        long pages = (total + 99) / 100;
        String last = admin.get("/staff?page=" + pages).body();
        assertFalse(last.contains("href=\"/staff?page=" + (pages + 1) + "\""));
        boolean found = false;
        for (int p = 1; p <= pages && !found; p++) {
            found =
                    admin.get("/staff?page=" + p)
                            .body()
                            .contains("/staff/disclosures/" + liling + "\"");
        }
        assertTrue(found, "醴陵's draft is on some page");
    }

    @Test
    void filtersByStatusInTheDatabase() {
        String submittedOnly =
                as("admin-dash", "admin-password-1").get("/staff?status=SUBMITTED").body();
        assertTrue(submittedOnly.contains("共 <strong>0</strong> 份"), "no submitted revision yet");
        HttpResponse<String> bad =
                as("admin-dash", "admin-password-1").get("/staff?status=NONSENSE");
        assertEquals(400, bad.statusCode());
    }
}
