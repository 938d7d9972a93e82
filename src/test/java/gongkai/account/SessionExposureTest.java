package gongkai.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The session id travels only in the HttpOnly cookie: never in a response header, never accepted
 * from one; the cookie is Secure when a trusted proxy says the request came over HTTPS; staff pages
 * are not stored by browsers or proxies.
 */
@MicronautTest(transactional = false)
@Property(name = "gongkai.security.trusted-proxies", value = "127.0.0.1,::1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionExposureTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    @BeforeAll
    void anAdministrator() {
        accounts.add(
                new AccountService.NewAccount(
                        "se-admin", Role.ADMIN, null, null, "admin-password-1"),
                "test");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> login(String... headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(server.getURI().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "username=se-admin&password=admin-password-1"));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = send(b.build());
        assertEquals(
                "/staff",
                URI.create(r.headers().firstValue("Location").orElse("")).getPath(),
                r.headers().map().toString());
        return r;
    }

    @Test
    void noResponseRepeatsTheSessionIdInAHeader() {
        WebSession admin = new WebSession(server.getURI());
        HttpResponse<String> login = admin.login("se-admin", "admin-password-1");
        assertTrue(
                login.headers().firstValue("Authorization-Info").isEmpty(),
                login.headers().map().toString());
        HttpResponse<String> page = admin.get("/staff");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.headers().firstValue("Authorization-Info").isEmpty(),
                page.headers().map().toString());
    }

    @Test
    void aSessionIdInAHeaderAloneDoesNotLogIn() {
        HttpResponse<String> login = login();
        String cookie =
                login.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("SESSION="))
                        .findFirst()
                        .orElseThrow();
        String encoded = cookie.substring("SESSION=".length(), cookie.indexOf(';'));
        String id = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        for (String header : List.of("Authorization-Info", "X-Auth-Token")) {
            HttpResponse<String> r =
                    send(
                            HttpRequest.newBuilder(server.getURI().resolve("/staff"))
                                    .header(header, id)
                                    .header("Accept", "text/html")
                                    .GET()
                                    .build());
            assertEquals(303, r.statusCode(), header);
            assertEquals(
                    "/login",
                    URI.create(r.headers().firstValue("Location").orElse("")).getPath(),
                    header);
        }
    }

    @Test
    void theCookieIsSecureBehindAnHttpsProxyAndOnlyThen() {
        String behindHttps =
                login("X-Forwarded-Proto", "https").headers().allValues("Set-Cookie").toString();
        assertTrue(behindHttps.contains("Secure"), behindHttps);
        String plain = login().headers().allValues("Set-Cookie").toString();
        assertFalse(plain.contains("Secure"), plain);
    }

    @Test
    void staffPagesAndTheLoginAreNotStored() {
        WebSession admin = new WebSession(server.getURI());
        admin.login("se-admin", "admin-password-1");
        for (String path : List.of("/staff", "/staff/admin/accounts", "/login")) {
            HttpResponse<String> r = admin.get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(
                    r.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                    path + " " + r.headers().map());
        }
    }
}
