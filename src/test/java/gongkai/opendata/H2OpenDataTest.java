package gongkai.opendata;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** The bulk downloads on the embedded H2 database. */
@MicronautTest(transactional = false)
@Property(name = "gongkai.bulk.quiet-period", value = "300ms")
@Property(name = "gongkai.bulk.enabled", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2OpenDataTest extends OpenDataContract {}
