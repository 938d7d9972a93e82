package gongkai.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.importer.ImportService;
import gongkai.testsupport.MariaDb;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The session epoch (migration V10) and the targeted failure-count update on a real MariaDB server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsFollowAccountMariaDbTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;

    @Override
    public Map<String, String> getProperties() {
        return MariaDb.freshDatabase();
    }

    @Test
    void aFailedGuessDoesNotUndoADisableAndTheDisabledSessionEnds() {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false);
        accounts.add(
                new AccountService.NewAccount(
                        "maria-editor", Role.UNIT_EDITOR, "醴陵市司法局", null, "editor-password-1"),
                "test");
        WebSession editor = new WebSession(server.getURI());
        assertEquals(303, editor.login("maria-editor", "editor-password-1").statusCode());
        assertEquals(200, editor.get("/staff").statusCode());

        assertEquals(
                303,
                new WebSession(server.getURI())
                        .login("maria-editor", "a-wrong-guess")
                        .statusCode());
        accounts.disable("maria-editor", "test");
        assertEquals(
                303,
                new WebSession(server.getURI())
                        .login("maria-editor", "another-guess")
                        .statusCode());
        Account row = accounts.byUsername("maria-editor").orElseThrow();
        assertEquals(
                false,
                row.enabled(),
                "a failure count written after the disable keeps it disabled");
        assertEquals(1, row.sessionEpoch());

        HttpResponse<String> next = editor.get("/staff");
        assertEquals(303, next.statusCode());
        assertEquals(
                "/login", URI.create(next.headers().firstValue("Location").orElse("")).getPath());
    }
}
