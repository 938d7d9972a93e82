package gongkai.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code gongkai.bulk.enabled}: off in the test environment (application-test.yml), so test classes
 * that do not look at the bulk files never build them; on by default in the portal.
 */
@MicronautTest(transactional = false)
class BulkFollowerSwitchTest {

    @Inject ApplicationContext context;
    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject BulkStore store;

    @Test
    void testContextsDoNotBuildBulkFilesUnlessTheyTurnTheFollowerOn() throws Exception {
        assertFalse(context.containsBean(BulkFollower.class), "no follower in the test context");
        long id =
                imports.importDocument(
                                Samples.LILING_JUSTICE_BUREAU,
                                Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                                true)
                        .disclosureId();
        assertTrue(id > 0);
        Thread.sleep(3000); // longer than a follower's quiet period and poll interval
        assertTrue(store.current().isEmpty(), "nothing built");
        assertFalse(Files.exists(store.dir().resolve("current.json")));
        BulkFiles files = new BulkFiles(server.getURI());
        assertEquals(404, files.get("/data/datapackage.json").statusCode());
        assertTrue(files.text("/data").contains("批量下载"), "the page still answers");
    }

    @Test
    void thePortalRunsTheFollowerByDefault() {
        try (ApplicationContext portal =
                ApplicationContext.builder()
                        .deduceEnvironment(false) // application.yml alone, as the portal runs
                        .properties(
                                Map.of(
                                        "datasources.default.url",
                                        "jdbc:h2:mem:bulk-switch;MODE=MySQL;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1",
                                        "gongkai.bulk.dir",
                                        "target/test-bulk/switch-default",
                                        "gongkai.index-dir",
                                        "target/test-index/switch-default",
                                        "gongkai.demo-data.enabled",
                                        "false"))
                        .start()) {
            assertTrue(portal.containsBean(BulkFollower.class), "on without the test environment");
        }
    }
}
