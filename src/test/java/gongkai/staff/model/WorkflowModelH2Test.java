package gongkai.staff.model;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The workflow model on the embedded H2 (MySQL mode), the default database. */
@MicronautTest(transactional = false)
class WorkflowModelH2Test extends WorkflowModelContract {}
