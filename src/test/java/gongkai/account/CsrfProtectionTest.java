package gongkai.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Cross-site request forgery, for every state-changing route the router knows: a request from
 * another origin (Origin / Sec-Fetch-Site / Referer) is refused before any handler runs, with a
 * logged-in administrator's cookie; and every route except the login, the logout and the import API
 * (which non-browser clients call without a page) also needs the session's token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfProtectionTest {

    /**
     * Routes a client may call without a page's token; browsers are held to the same-origin check.
     */
    static final Set<String> WITHOUT_TOKEN =
            Set.of("POST /login", "POST /logout", "POST /api/imports");

    static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final String EVIL = "https://evil.example";
    static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;
    @Inject Router router;

    long draft;
    WebSession admin;
    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    @BeforeAll
    void anAdministratorAndADraft() {
        ImportReport a =
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false);
        draft = a.disclosureId();
        accounts.add(
                new AccountService.NewAccount(
                        "csrf-admin", Role.ADMIN, null, null, "admin-password-1"),
                "test");
        admin = new WebSession(server.getURI());
        assertEquals(303, admin.login("csrf-admin", "admin-password-1").statusCode());
    }

    private List<String[]> stateChangingRoutes() {
        List<String[]> routes = new ArrayList<>();
        router.uriRoutes()
                .filter(r -> STATE_CHANGING.contains(r.getHttpMethodName()))
                .forEach(
                        r ->
                                routes.add(
                                        new String[] {
                                            r.getHttpMethodName(),
                                            r.getUriMatchTemplate().toString()
                                        }));
        return routes;
    }

    private String path(String template) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value =
                    switch (m.group(1).replaceAll("[^A-Za-z]", "")) {
                        case "username" -> "csrf-admin";
                        case "kind" -> "G03";
                        default -> m.group(1).startsWith("id") ? Long.toString(draft) : "1";
                    };
            m.appendReplacement(b, value);
        }
        m.appendTail(b);
        return b.toString().replaceAll("\\{\\?[^}]*}", "");
    }

    private HttpResponse<String> send(
            String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(server.getURI().resolve(path))
                        .header("Cookie", "SESSION=" + admin.cookie("SESSION"))
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(
                    b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> form(String method, String path, String form, String... headers) {
        return send(
                method,
                path,
                "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    @Test
    void theRouterHasStateChangingRoutesToCheck() {
        Set<String> keys = new TreeSet<>();
        stateChangingRoutes().forEach(r -> keys.add(r[0] + " " + r[1]));
        assertTrue(keys.containsAll(WITHOUT_TOKEN), keys.toString());
        assertTrue(keys.size() > 15, keys.toString());
    }

    @Test
    void everyStateChangingRouteRefusesAnotherOriginEvenWithAnAdministratorsCookie() {
        List<String> open = new ArrayList<>();
        for (String[] route : stateChangingRoutes()) {
            String path = path(route[1]);
            String accept = path.startsWith("/api/") ? "application/json" : BROWSER_ACCEPT;
            for (String[] headers :
                    List.of(
                            new String[] {"Origin", EVIL},
                            new String[] {"Sec-Fetch-Site", "cross-site"},
                            new String[] {"Origin", "null"},
                            new String[] {"Referer", EVIL + "/page"})) {
                HttpResponse<String> r =
                        form(
                                route[0],
                                path,
                                "csrfToken=&username=x&password=y",
                                "Accept",
                                accept,
                                headers[0],
                                headers[1]);
                if (r.statusCode() != 403 || !r.body().contains("跨站")) {
                    open.add(
                            route[0]
                                    + " "
                                    + path
                                    + " with "
                                    + headers[0]
                                    + ": "
                                    + headers[1]
                                    + " -> "
                                    + r.statusCode()
                                    + (r.body().contains("跨站") ? "" : " without the explanation"));
                }
            }
        }
        assertTrue(open.isEmpty(), String.join("\n", open));
    }

    @Test
    void everyStateChangingRouteButTheDocumentedOnesNeedsTheSessionsToken() {
        List<String> open = new ArrayList<>();
        for (String[] route : stateChangingRoutes()) {
            if (WITHOUT_TOKEN.contains(route[0] + " " + route[1])) {
                continue;
            }
            String path = path(route[1]);
            HttpResponse<String> r =
                    path.endsWith("/imports") || path.endsWith("/imports/preview")
                            ? multipart(path, "csrfToken", "forged", "Accept", BROWSER_ACCEPT)
                            : form(
                                    route[0],
                                    path,
                                    "csrfToken=forged&version=-1",
                                    "Accept",
                                    BROWSER_ACCEPT);
            if (r.statusCode() != 403) {
                open.add(route[0] + " " + path + " -> " + r.statusCode());
            }
        }
        assertTrue(open.isEmpty(), String.join("\n", open));
    }

    /** A multipart form with one field and the NMG sample as its file. */
    private HttpResponse<String> multipart(
            String path, String field, String value, String... headers) {
        String boundary = "----csrf" + System.nanoTime();
        byte[] head =
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\""
                                + field
                                + "\"\r\n\r\n"
                                + value
                                + "\r\n"
                                + "--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n"
                                + "Content-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] sample = Samples.bytes(Samples.NMG_PUBLICITY_CENTRE);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + sample.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(sample, 0, body, head.length, sample.length);
        System.arraycopy(tail, 0, body, head.length + sample.length, tail.length);
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body, headers);
    }

    @Test
    void aCrossSiteImportWithAnAdministratorsCookieNeitherImportsNorPublishes() {
        long before = catalog.publishedCounts().publishedDisclosures();
        HttpResponse<String> r =
                multipart(
                        "/api/imports?publish=true",
                        "note",
                        "x",
                        "Accept",
                        "application/json",
                        "Origin",
                        EVIL);
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"error\""), r.headers().map() + " " + r.body());
        assertEquals(before, catalog.publishedCounts().publishedDisclosures());
    }

    @Test
    void aCrossSiteLoginGetsNoSession() {
        HttpRequest request =
                HttpRequest.newBuilder(server.getURI().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", EVIL)
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "username=csrf-admin&password=admin-password-1"))
                        .build();
        HttpResponse<String> r;
        try {
            r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(403, r.statusCode());
        assertFalse(
                r.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith("SESSION=")));
    }

    @Test
    void sameOriginBrowserFormsStillWork() {
        String origin = "http://" + server.getHost() + ":" + server.getPort();
        String page = admin.get("/staff/admin/units").body();
        String token =
                WebSession.first(Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\""), page);
        HttpResponse<String> r =
                form(
                        "POST",
                        "/staff/admin/units",
                        "csrfToken=" + token + "&name=&regionCode=",
                        "Accept",
                        BROWSER_ACCEPT,
                        "Origin",
                        origin,
                        "Sec-Fetch-Site",
                        "same-origin",
                        "Referer",
                        origin + "/staff/admin/units");
        assertEquals(422, r.statusCode(), "reaches the handler's own validation");
    }
}
