package gongkai.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The open API's reads may be called from a page of another origin (a notebook in the browser);
 * nothing else is: no staff route, no write, and never with credentials.
 */
@MicronautTest(transactional = false)
class ApiCorsTest {

    /** A notebook served on the same machine (the portal in tests listens on localhost). */
    private static final String NOTEBOOK = "http://127.0.0.1:8888";

    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(server.getURI().resolve(path)).header("Origin", NOTEBOOK);
    }

    private HttpRequest.Builder preflight(String path, String method) {
        return at(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", method);
    }

    private static Optional<String> header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name);
    }

    @Test
    void aPreflightForAPublicReadIsAllowedFromAnyOriginWithoutCredentials() throws Exception {
        for (String path :
                new String[] {"/api/search?q=x", "/api/disclosures", "/api/compare?code=204"}) {
            HttpResponse<String> r =
                    send(preflight(path, "GET").header("Access-Control-Request-Headers", "accept"));
            assertEquals(204, r.statusCode(), path + ": " + r.body());
            assertEquals(Optional.of("*"), header(r, "Access-Control-Allow-Origin"), path);
            assertTrue(header(r, "Access-Control-Allow-Methods").orElse("").contains("GET"), path);
            assertFalse(
                    header(r, "Access-Control-Allow-Credentials").orElse("").equals("true"),
                    path + ": never with credentials");
        }
    }

    @Test
    void aSimpleGetCarriesTheCorsHeadersAndExposesLink() throws Exception {
        HttpResponse<String> r = send(at("/api/disclosures?size=1"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Optional.of("*"), header(r, "Access-Control-Allow-Origin"));
        String exposed = header(r, "Access-Control-Expose-Headers").orElse("");
        assertTrue(exposed.contains("Link") && exposed.contains("Retry-After"), exposed);
        assertFalse(header(r, "Access-Control-Allow-Credentials").orElse("").equals("true"));
    }

    @Test
    void staffWritesAndPagesGetNoCorsHeaders() throws Exception {
        HttpResponse<String> preflight = send(preflight("/api/imports", "POST"));
        assertTrue(
                header(preflight, "Access-Control-Allow-Origin").isEmpty(),
                "no CORS for the staff import API: " + preflight.headers().map());
        HttpResponse<String> post =
                send(
                        at("/api/imports")
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(403, post.statusCode(), "a write from another origin is refused");
        assertTrue(header(post, "Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> getPreflightOnStaff = send(preflight("/staff", "GET"));
        assertTrue(header(getPreflightOnStaff, "Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> page = send(at("/login"));
        assertTrue(header(page, "Access-Control-Allow-Origin").isEmpty(), "pages stay own-origin");
        HttpResponse<String> postPreflightOnApi = send(preflight("/api/search?q=x", "POST"));
        assertNotEquals(
                Optional.of("POST"),
                header(postPreflightOnApi, "Access-Control-Allow-Methods"),
                "only reads are allowed");
    }
}
