package gongkai.search;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;

/** The same concurrent writers on the embedded H2 (MVStore row locks instead of InnoDB's). */
@MicronautTest(transactional = false)
// the superclass's properties are not inherited
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@Property(name = "gongkai.indexer.poll-interval", value = "200ms")
class OutboxConcurrencyH2Test extends OutboxConcurrencyTest {

    @Override
    public Map<String, String> getProperties() {
        return Map.of(); // the test configuration's in-memory H2
    }
}
