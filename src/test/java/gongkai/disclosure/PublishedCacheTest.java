package gongkai.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Public pages are kept in memory, but never past a change to what is published. */
@MicronautTest(transactional = false)
// the first page render loads Thymeleaf and the views: on a busy 2-core machine that can outlast
// the client's default 10 s
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class PublishedCacheTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject DisclosureCatalog catalog;
    @Inject PublishedCache cache;

    private String get(String path) {
        HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertEquals(200, r.code(), path);
        return r.body();
    }

    @Test
    void keptPagesGiveWayToAWithdrawalAtOnce() {
        long id =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        long unitId = catalog.document(id).orElseThrow().unit().id();
        String link = "href=\"/disclosures/" + id + "\"";
        // Read twice: the second answer comes from memory.
        get("/disclosures/" + id);
        get("/disclosures/" + id);
        assertTrue(get("/").contains(link), "the home page lists the new publication");
        assertTrue(get("/units/" + unitId).contains(link), "the unit page lists it");
        assertTrue(get("/compare?code=2040610").contains(link), "the comparison of 社区矫正 lists it");

        disclosures.withdraw(id);

        HttpClientResponseException gone =
                assertThrows(
                        HttpClientResponseException.class,
                        () ->
                                http.toBlocking()
                                        .exchange(
                                                HttpRequest.GET("/disclosures/" + id),
                                                String.class));
        assertEquals(404, gone.getStatus().getCode());
        assertFalse(get("/").contains(link), "the home page no longer lists it");
        assertFalse(get("/units/" + unitId).contains(link), "the unit page no longer lists it");
        assertFalse(
                get("/compare?code=2040610").contains(link), "the comparison no longer lists it");
    }

    @Test
    void aKeptValueIsReusedUntilSomethingIsPublished() {
        Object first = cache.get("test:value", v -> 16, Object::new);
        assertSame(first, cache.get("test:value", v -> 16, Object::new));

        imports.importDocument(
                Samples.NMG_PUBLICITY_CENTRE, Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true);

        Object after = cache.get("test:value", v -> 16, Object::new);
        assertFalse(first == after, "a publication makes the kept value stale");
    }

    @Test
    void readersOfTheSameKeyShareOneComputation() throws Exception {
        java.util.concurrent.atomic.AtomicInteger computed =
                new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService readers =
                java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<String>> answers =
                    new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(
                        readers.submit(
                                () ->
                                        cache.page(
                                                "shared-computation",
                                                () -> {
                                                    computed.incrementAndGet();
                                                    try {
                                                        release.await();
                                                    } catch (InterruptedException e) {
                                                        Thread.currentThread().interrupt();
                                                    }
                                                    return "<p>kept</p>";
                                                })));
            }
            Thread.sleep(300); // let every reader arrive while the first still computes
            release.countDown();
            for (java.util.concurrent.Future<String> a : answers) {
                assertEquals("<p>kept</p>", a.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(1, computed.get(), "eight readers, one computation");
    }

    @Test
    void aFailedComputationFailsItsWaitersAndKeepsNothing() {
        assertThrows(
                IllegalStateException.class,
                () ->
                        cache.page(
                                "failing-computation",
                                () -> {
                                    throw new IllegalStateException("broken");
                                }));
        assertEquals(
                "<p>second try</p>", cache.page("failing-computation", () -> "<p>second try</p>"));
    }
}
