package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance suite on the three samples as the application sees them: imported and published by
 * the real importer into the (H2) database, read back as DisclosureDocuments from the catalog.
 */
@MicronautTest(startApplication = false, transactional = false)
class ImportedRelevanceTest {

    @Inject ImportService importService;

    @Inject DisclosureCatalog catalog;

    @Test
    void relevanceSuitePassesOnImportedSamples(@TempDir Path dir) throws IOException {
        Path seeds = SeedTextCorpus.seedDir();
        Assumptions.assumeTrue(seeds != null, "sample texts not found");
        List<DisclosureDocument> docs = new ArrayList<>();
        for (String name :
                List.of(
                        "000_326f025586c0027f.txt",
                        "001_d044bc1c4c23d84f.txt",
                        "004_eb0cd755c809d774.txt")) {
            ImportReport report =
                    importService.importDocument(
                            name, Files.readAllBytes(seeds.resolve(name)), true);
            assertNotNull(report.disclosureId(), report.toString());
            docs.add(catalog.document(report.disclosureId()).orElseThrow());
        }
        new RelevanceSuite(docs).run(dir);
    }
}
