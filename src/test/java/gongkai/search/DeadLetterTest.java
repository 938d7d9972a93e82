package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.FailingCatalog;
import gongkai.importer.ImportService;
import gongkai.search.deadletter.DeadLetters;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An outbox entry that always fails is set aside after the configured number of attempts, later
 * entries are indexed, the administrator sees it and can queue it again, and /health says DEGRADED
 * meanwhile.
 */
@MicronautTest(transactional = false)
@Property(name = "gongkai.test.failing-catalog", value = "true")
@Property(name = "gongkai.indexer.poll-interval", value = "1h") // each catchUp below is one attempt
@Property(name = "gongkai.indexer.max-attempts", value = "3")
class DeadLetterTest {

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject AccountService accounts;
    @Inject Indexer indexer;
    @Inject DeadLetters deadLetters;

    @Test
    void anEntryThatAlwaysFailsBecomesADeadLetterAndLaterEntriesAreIndexed() throws Exception {
        long broken =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                false)
                        .disclosureId();
        long later =
                imports.importDocument(
                                Samples.NMG_PUBLICITY_CENTRE,
                                Samples.bytes(Samples.NMG_PUBLICITY_CENTRE),
                                false)
                        .disclosureId();
        indexer.catchUp();
        FailingCatalog.BROKEN.add(broken);
        disclosures.moveTo(broken, DisclosureStatus.PUBLISHED, null, null);
        disclosures.moveTo(later, DisclosureStatus.PUBLISHED, null, null);

        for (int attempt = 1; attempt < 3; attempt++) {
            assertThrows(
                    IllegalStateException.class, indexer::catchUp, "attempt " + attempt + " fails");
            assertFalse(
                    indexer.index().disclosureIds().contains(later),
                    "later entries wait while the failing one is retried");
        }
        assertEquals(0, deadLetters.countOpen());
        indexer.catchUp(); // third attempt: given up on
        assertTrue(
                indexer.index().disclosureIds().contains(later),
                "the entry after the dead letter is indexed");
        assertEquals(1, deadLetters.countOpen());
        assertEquals(broken, deadLetters.open().get(0).disclosureId());

        WebSession anonymous = new WebSession(server.getURI());
        HttpResponse<String> health = anonymous.get("/health");
        assertEquals(200, health.statusCode(), "DEGRADED still serves pages: 200");
        assertTrue(health.body().contains("\"status\":\"DEGRADED\""), health.body());

        accounts.add(
                new AccountService.NewAccount(
                        "outbox-admin", Role.ADMIN, null, null, "admin-password-1"),
                "test");
        WebSession admin = new WebSession(server.getURI());
        admin.login("outbox-admin", "admin-password-1");
        assertTrue(
                admin.get("/health").body().contains("\"deadLetters\":1"),
                "administrators see why");
        String page = admin.get("/staff/admin/outbox").body();
        assertTrue(page.contains("决算 #" + broken) && page.contains("3 次出错"), page);

        // Fixed: queue it again from the page; it is indexed and /health is UP again.
        FailingCatalog.BROKEN.remove(broken);
        long letter = deadLetters.open().get(0).id();
        HttpResponse<String> queued =
                admin.submitForm(
                        "/staff/admin/outbox",
                        "/staff/admin/outbox/" + letter + "/retry",
                        java.util.Map.of());
        assertEquals(303, queued.statusCode(), queued.body());
        indexer.catchUp();
        assertTrue(
                indexer.index().disclosureIds().contains(broken),
                "the queued disclosure is indexed");
        assertEquals(0, deadLetters.countOpen());
        assertTrue(anonymous.get("/health").body().contains("\"status\":\"UP\""));
    }
}
