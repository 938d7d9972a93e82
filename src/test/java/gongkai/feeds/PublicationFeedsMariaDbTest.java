package gongkai.feeds;

import gongkai.testsupport.MariaDb;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The publications feed on a real MariaDB server (LIKE on region prefixes, IN lists, ordering). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationFeedsMariaDbTest extends PublicationFeedsContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return MariaDb.freshDatabase();
    }
}
