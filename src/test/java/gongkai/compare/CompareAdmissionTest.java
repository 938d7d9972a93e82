package gongkai.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.ApiContract;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 20 finding 11: comparisons computed from the database take turns like searches; when every
 * turn is taken for longer than the bounded wait, the page and the API answer 503 with Retry-After
 * and a Chinese message instead of piling more work on the database.
 */
@MicronautTest(transactional = false)
@Property(name = "gongkai.compare.concurrent", value = "1")
@Property(name = "gongkai.compare.max-wait", value = "300ms")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareAdmissionTest {

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject CompareTurns turns;

    private WebSession web;
    private ApiContract contract;

    @BeforeAll
    void publish() {
        assertNotNull(
                imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true)
                        .disclosureId());
        web = new WebSession(server.getURI());
        contract = ApiContract.of(server.getURI());
    }

    /** Takes the only turn on another thread and keeps it until the returned latch is released. */
    private CountDownLatch holdTheOnlyTurn() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder =
                new Thread(
                        () ->
                                turns.take(
                                        () -> {
                                            holding.countDown();
                                            try {
                                                return release.await(60, TimeUnit.SECONDS);
                                            } catch (InterruptedException e) {
                                                Thread.currentThread().interrupt();
                                                return false;
                                            }
                                        }));
        holder.setDaemon(true);
        holder.start();
        assertTrue(holding.await(30, TimeUnit.SECONDS), "the holder got the turn");
        return release;
    }

    private static int retryAfter(HttpResponse<String> r) {
        String value = r.headers().firstValue("Retry-After").orElse(null);
        assertNotNull(value, "Retry-After is sent");
        return Integer.parseInt(value);
    }

    @Test
    void saturatedComparisonsAnswer503WithRetryAfterOnTheApiAndThePage()
            throws InterruptedException {
        CountDownLatch release = holdTheOnlyTurn();
        try {
            HttpResponse<String> api = contract.check(web.get("/api/compare?code=204"));
            assertEquals(503, api.statusCode());
            assertTrue(retryAfter(api) >= 1);
            assertTrue(
                    api.body().contains("\"status\":503") && api.body().contains(CompareTurns.BUSY),
                    api.body());

            HttpResponse<String> page = web.get("/compare?code=20406");
            assertEquals(503, page.statusCode());
            assertTrue(retryAfter(page) >= 1);
            assertTrue(
                    page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(
                    page.body().contains(CompareTurns.BUSY),
                    "the Chinese message on an error page");
            assertTrue(!page.body().contains("Exception"), "no exception text");

            assertEquals(503, web.get("/compare.csv?code=204").statusCode());
        } finally {
            release.countDown();
        }
        assertEquals(
                200,
                contract.check(web.get("/api/compare?code=204")).statusCode(),
                "a free turn computes it");
        assertEquals(200, web.get("/compare?code=20406").statusCode());
    }

    @Test
    void anotherOrderOfAComputedComparisonNeedsNoTurn() throws InterruptedException {
        assertEquals(200, web.get("/api/compare?code=2040610").statusCode());
        CountDownLatch release = holdTheOnlyTurn();
        try {
            assertEquals(
                    200, web.get("/api/compare?code=2040610&sort=year&order=asc").statusCode());
            assertEquals(200, web.get("/compare?code=2040610&sort=share&page=1").statusCode());
            assertEquals(200, web.get("/compare.csv?code=2040610&sort=region").statusCode());
        } finally {
            release.countDown();
        }
    }
}
