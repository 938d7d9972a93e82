package gongkai.search;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance suite over the sample texts read without the importer (see {@link SeedTextCorpus}):
 * real wording, rough structure. {@code ImportedRelevanceTest} runs the same suite on documents
 * from the real importer and database.
 */
class SampleTextRelevanceTest {

    @Test
    void relevanceSuitePassesOnTheSampleTexts(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(SeedTextCorpus.seedDir() != null, "sample texts not found");
        new RelevanceSuite(SeedTextCorpus.load()).run(dir);
    }
}
