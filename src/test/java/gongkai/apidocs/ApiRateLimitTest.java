package gongkai.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.testsupport.ApiContract;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Past its burst, one client address gets 429 with Retry-After; pages are not limited. */
@MicronautTest(transactional = false)
@Property(name = "gongkai.api.rate-limit.burst", value = "3")
@Property(name = "gongkai.api.rate-limit.per-minute", value = "2")
class ApiRateLimitTest {

    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answers429WithRetryAfterPastTheBurstOnEveryPublicRoute() throws Exception {
        ApiContract contract = ApiContract.of(server.getURI());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get("/api/disclosures").statusCode(), "within the burst");
        }
        // A forged X-Forwarded-For from an untrusted peer is not a new client.
        for (String path :
                List.of(
                        "/api/disclosures",
                        "/api/disclosures/1",
                        "/api/search?q=x",
                        "/api/compare?code=204",
                        "/api/projects?q=x")) {
            HttpResponse<String> r = get(path, "X-Forwarded-For", "203.0.113.9");
            assertEquals(429, r.statusCode(), path + ": " + r.body());
            long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retry >= 1 && retry <= 60, "Retry-After in seconds: " + retry);
            assertTrue(r.body().contains("请求过于频繁"), r.body());
            contract.check(r);
        }
        // Pages and the documentation are not the API.
        assertNotEquals(429, get("/api-docs").statusCode());
        assertNotEquals(429, get("/").statusCode());
    }
}
