package gongkai.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.CommandLine;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An open session follows its account: disabling it (also from the command line, which writes the
 * database directly), changing its role or scope, or resetting its password takes effect on the
 * session's very next request. Login gives a new session id; logout kills the old one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsFollowAccountTest {

    static final String SESSION_COOKIE = "SESSION";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject SessionStore<Session> sessionStore;

    @Value("${datasources.default.url}")
    String databaseUrl;

    @BeforeAll
    void unitsAndAdmin() {
        // Registers the unit 醴陵市司法局 (430281).
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false);
        accounts.add(
                new AccountService.NewAccount(
                        "sf-admin", Role.ADMIN, null, null, "admin-password-1"),
                "test");
    }

    private String editor(String name) {
        accounts.add(
                new AccountService.NewAccount(
                        name, Role.UNIT_EDITOR, "醴陵市司法局", null, "editor-password-1"),
                "test");
        return name;
    }

    private WebSession loggedIn(String user, String password) {
        WebSession s = new WebSession(server.getURI());
        HttpResponse<String> login = s.login(user, password);
        assertEquals(303, login.statusCode(), login.body());
        assertEquals(
                "/staff",
                URI.create(login.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals(200, s.get("/staff").statusCode());
        return s;
    }

    private static void assertSentToLogin(HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
        assertEquals(
                "/login",
                URI.create(response.headers().firstValue("Location").orElse("")).getPath());
    }

    private void cli(String... args) {
        // The command line runs in its own application context against the same database, as
        // `java -jar gongkai.jar user …` does next to a running portal.
        System.setProperty("datasources.default.url", databaseUrl);
        System.setProperty("gongkai.demo-data.enabled", "false");
        try {
            assertEquals(0, CommandLine.run(args));
        } finally {
            System.clearProperty("datasources.default.url");
            System.clearProperty("gongkai.demo-data.enabled");
        }
    }

    @Test
    void aDisabledEditorsNextPageRequestGoesBackToTheLogin() {
        WebSession editor = loggedIn(editor("sf-disabled"), "editor-password-1");
        cli("user", "disable", "--username", "sf-disabled");
        assertSentToLogin(editor.get("/staff"));
        // Not a flicker: the session is gone for good.
        assertSentToLogin(editor.get("/staff"));
    }

    @Test
    void aDisabledEditorsNextApiRequestIsAJson401() {
        WebSession editor = loggedIn(editor("sf-disabled-api"), "editor-password-1");
        accounts.disable("sf-disabled-api", "test");
        HttpResponse<String> upload =
                editor.upload("/api/imports", "x.txt", "不是决算".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("\"error\""), upload.body());
    }

    @Test
    void aRoleChangeEndsTheOpenSessions() {
        WebSession editor = loggedIn(editor("sf-promoted"), "editor-password-1");
        cli(
                "user",
                "change",
                "--username",
                "sf-promoted",
                "--role",
                "REVIEWER",
                "--region",
                "430000");
        assertSentToLogin(editor.get("/staff"));
        // Logging in again gives the new role.
        WebSession reviewer = loggedIn("sf-promoted", "editor-password-1");
        assertEquals(200, reviewer.get("/staff/audit").statusCode());
    }

    @Test
    void aRoleChangeOnTheAdminPageEndsTheOpenSessions() {
        WebSession editor = loggedIn(editor("sf-page-promoted"), "editor-password-1");
        WebSession admin = loggedIn("sf-admin", "admin-password-1");
        HttpResponse<String> changed =
                admin.submitForm(
                        "/staff/admin/accounts",
                        "/staff/admin/accounts/scope",
                        Map.of(
                                "username",
                                "sf-page-promoted",
                                "role",
                                "REVIEWER",
                                "unitId",
                                "",
                                "regionCode",
                                "430000"));
        assertEquals(303, changed.statusCode(), changed.body());
        assertEquals(Role.REVIEWER, accounts.byUsername("sf-page-promoted").orElseThrow().role());
        assertSentToLogin(editor.get("/staff"));
    }

    @Test
    void roleAndScopeComeFromTheCurrentAccountRowNotFromTheSession() throws Exception {
        accounts.add(
                new AccountService.NewAccount(
                        "sf-reviewer", Role.REVIEWER, null, "430000", "reviewer-password"),
                "test");
        WebSession reviewer = loggedIn("sf-reviewer", "reviewer-password");
        assertEquals(200, reviewer.get("/staff/audit").statusCode());
        // An operator demotes the account in the database itself.
        try (Connection c = DriverManager.getConnection(databaseUrl, "gongkai", "");
                PreparedStatement s =
                        c.prepareStatement(
                                "UPDATE account SET role = 'UNIT_EDITOR', region_code = NULL, unit_id = (SELECT id FROM unit WHERE name = ?) WHERE username = ?")) {
            s.setString(1, "醴陵市司法局");
            s.setString(2, "sf-reviewer");
            assertEquals(1, s.executeUpdate());
        }
        HttpResponse<String> audit = reviewer.get("/staff/audit");
        assertTrue(
                audit.statusCode() == 403 || audit.statusCode() == 303,
                "no longer a reviewer: " + audit.statusCode());
    }

    @Test
    void aPasswordResetEndsTheOpenSessions() {
        WebSession editor = loggedIn(editor("sf-reset"), "editor-password-1");
        WebSession admin = loggedIn("sf-admin", "admin-password-1");
        HttpResponse<String> reset =
                admin.submitForm(
                        "/staff/admin/accounts",
                        "/staff/admin/accounts/sf-reset/password",
                        Map.of("password", "a-new-password-2"));
        assertEquals(303, reset.statusCode(), reset.body());
        assertSentToLogin(editor.get("/staff"));
        loggedIn("sf-reset", "a-new-password-2");
    }

    @Test
    void theSessionIdFromBeforeTheLoginIsNotValidAfterIt() {
        // An attacker obtains a valid anonymous session id and plants it in the victim's browser.
        Session planted = sessionStore.newSession();
        sessionStore.save(planted).join();
        String plantedCookie =
                Base64.getEncoder()
                        .encodeToString(planted.getId().getBytes(StandardCharsets.UTF_8));
        WebSession victim = new WebSession(server.getURI());
        victim.setCookie(SESSION_COOKIE, plantedCookie);
        HttpResponse<String> loginResponse =
                victim.login(editor("sf-fixated"), "editor-password-1");
        assertEquals(303, loginResponse.statusCode());
        String afterLogin = victim.cookie(SESSION_COOKIE);
        assertNotNull(afterLogin);
        assertNotEquals(plantedCookie, afterLogin, "login must issue a new session id");
        assertEquals(200, victim.get("/staff").statusCode());

        WebSession attacker = new WebSession(server.getURI());
        attacker.setCookie(SESSION_COOKIE, plantedCookie);
        assertSentToLogin(attacker.get("/staff"));
    }

    @Test
    void afterLogoutTheOldSessionCookieIsDead() {
        WebSession editor = loggedIn(editor("sf-logout"), "editor-password-1");
        String cookie = editor.cookie(SESSION_COOKIE);
        HttpResponse<String> logout = editor.submitForm("/staff", "/logout", Map.of());
        assertEquals(303, logout.statusCode(), logout.body());

        WebSession replay = new WebSession(server.getURI());
        replay.setCookie(SESSION_COOKIE, cookie);
        assertSentToLogin(replay.get("/staff"));
    }
}
