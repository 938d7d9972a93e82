package gongkai.disclosure;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The storage contract on the embedded default: H2 in MySQL mode. */
@MicronautTest(transactional = false, startApplication = false)
class H2StorageTest extends StorageContract {}
