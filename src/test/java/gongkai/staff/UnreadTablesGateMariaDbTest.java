package gongkai.staff;

import gongkai.testsupport.MariaDb;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The unread-tables gate (migration V11) on a real MariaDB server. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreadTablesGateMariaDbTest extends UnreadTablesGateContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return MariaDb.freshDatabase();
    }
}
