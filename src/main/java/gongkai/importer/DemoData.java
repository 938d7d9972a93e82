package gongkai.importer;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.importer.report.ImportReport;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a first run (empty database) imports and publishes the sample disclosures shipped in {@code
 * samples/}, so the portal shows real data at once. Off with {@code
 * gongkai.demo-data.enabled=false}.
 */
@Singleton
@Requires(property = "gongkai.demo-data.enabled", notEquals = "false")
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final ImportService imports;
    private final DisclosureCatalog catalog;

    DemoData(ImportService imports, DisclosureCatalog catalog) {
        this.imports = imports;
        this.catalog = catalog;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        loadIfEmpty();
    }

    /** Imports the samples when no disclosure exists yet; returns how many were published. */
    int loadIfEmpty() {
        if (catalog.totalCount() > 0) {
            return 0;
        }
        int published = 0;
        for (String name : sampleNames()) {
            ImportReport report =
                    imports.importDocument("samples/" + name, read("samples/" + name), true);
            if (report.failed()) {
                LOG.warn("Demo sample {} was not imported: {}", name, report.errors());
            } else {
                published++;
            }
        }
        LOG.info("Loaded {} demo disclosures into the empty database", published);
        return published;
    }

    static List<String> sampleNames() {
        return new String(read("samples/index.txt"), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
