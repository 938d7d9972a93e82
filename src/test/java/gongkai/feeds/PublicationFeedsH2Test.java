package gongkai.feeds;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** The publications feed on the embedded H2 database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationFeedsH2Test extends PublicationFeedsContract {}
