package gongkai.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** /health tells the public only whether the portal works; the details are for administrators. */
@MicronautTest(transactional = false)
class HealthVisibilityTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;

    @Test
    void anonymousCallersAndOtherStaffGetOnlyTheStatusAdministratorsTheDetails() {
        HttpResponse<String> anonymous = new WebSession(server.getURI()).get("/health");
        assertEquals(200, anonymous.statusCode());
        assertEquals(
                "{\"status\":\"UP\"}",
                anonymous.body().replace(" ", ""),
                "no JDBC URL, versions or disk sizes");

        accounts.add(
                new AccountService.NewAccount(
                        "health-reviewer", Role.REVIEWER, null, "430000", "reviewer-password"),
                "test");
        WebSession reviewer = new WebSession(server.getURI());
        reviewer.login("health-reviewer", "reviewer-password");
        String staff = reviewer.get("/health").body();
        assertFalse(
                staff.contains("jdbc") || staff.contains("details"),
                "a reviewer sees the status only: " + staff);

        accounts.add(
                new AccountService.NewAccount(
                        "health-admin", Role.ADMIN, null, null, "admin-password-1"),
                "test");
        WebSession admin = new WebSession(server.getURI());
        admin.login("health-admin", "admin-password-1");
        String details = admin.get("/health").body();
        assertTrue(
                details.contains("\"status\":\"UP\"")
                        && details.contains("jdbc")
                        && details.contains("\"search\""),
                "an administrator sees the details: " + details);
    }
}
