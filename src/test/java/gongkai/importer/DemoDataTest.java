package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.disclosure.DisclosureCatalog;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A first run shows a populated portal; a second start adds nothing. */
@MicronautTest(transactional = false)
@Property(name = "gongkai.demo-data.enabled", value = "true")
class DemoDataTest {

    @Inject DisclosureCatalog catalog;
    @Inject DemoData demo;

    @Test
    void publishesTheSamplesOnAFirstRunOnly() {
        // The server start-up event already loaded them.
        assertEquals(3, catalog.publishedCounts().publishedDisclosures());
        assertEquals(3, catalog.publishedCounts().units());
        assertEquals(0, demo.loadIfEmpty());
        assertEquals(3, catalog.totalCount());
    }
}
