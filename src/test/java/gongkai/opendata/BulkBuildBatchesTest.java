package gongkai.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.region.RegionDirectory;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bulk build reads the corpus in batches, a few set-based queries per batch whatever the number
 * of disclosures, and still writes what the read API gives disclosure by disclosure.
 */
@MicronautTest(transactional = false)
@Property(name = "gongkai.bulk.enabled", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkBuildBatchesTest {

    @Inject ImportService imports;
    @Inject BulkBuilder builder;
    @Inject BulkStore store;
    @Inject DisclosureCatalog catalog;
    @Inject RegionDirectory regions;

    @BeforeAll
    void importCorrectionsDraftsAndSeveralUnits() {
        // three public revisions of one report (two superseded), two other units, one draft
        for (int i = 0; i < 3; i++) {
            imported(Samples.LILING_JUSTICE_BUREAU, true);
        }
        imported(Samples.NMG_JUSTICE_DEPARTMENT, true);
        imported(Samples.NMG_PUBLICITY_CENTRE, true);
        imported(Samples.NMG_PUBLICITY_CENTRE, false);
    }

    private void imported(String sample, boolean publish) {
        ImportReport report = imports.importDocument(sample, Samples.bytes(sample), publish);
        assertTrue(report.errors().isEmpty(), report::toText);
    }

    @Test
    void buildRunsTheSameFewQueriesWhateverTheNumberOfDisclosures() throws IOException {
        BulkManifest m;
        List<SqlLog.Statement> statements;
        try (SqlLog sql = new SqlLog()) {
            m = builder.build();
            statements = sql.mine();
        }
        assertEquals(5, m.revisions(), "five public revisions");
        // read one disclosure at a time this was 9 queries each (45 here, 135,000 at 15,000)
        assertTrue(
                statements.size() <= 14,
                statements.size() + " statements:\n" + String.join("\n", sqlOf(statements)));
    }

    @Test
    void batchedFilesHoldExactlyWhatTheDocumentsGiveOneByOne() throws IOException {
        BulkManifest m = builder.build();
        Path reference = Files.createTempDirectory(store.dir().getParent(), "reference");
        Map<String, GzipSink> sinks = new TreeMap<>();
        for (BulkFile f : m.files()) {
            if (f.dataset() != null) {
                Dataset d = datasetOf(f.dataset());
                sinks.put(f.name(), new GzipSink(reference, d, f.year(), f.allRevisions()));
            }
        }
        long id = 0;
        for (DisclosureDocument doc : catalogDocumentsOneByOne()) {
            id = doc.id();
            DocumentRows rows =
                    new DocumentRows(
                            doc,
                            regions.byCode(doc.unit().region().code())
                                    .map(r -> r.level().name())
                                    .orElse(null));
            boolean current = doc.status().name().equals("PUBLISHED");
            for (Dataset d : Dataset.values()) {
                for (List<Object> r : rows.rows(d)) {
                    sinks.get(d.fileName(null, true)).write(r);
                    sinks.get(d.fileName(doc.fiscalYear(), true)).write(r);
                    if (current) {
                        sinks.get(d.fileName(null, false)).write(r);
                        sinks.get(d.fileName(doc.fiscalYear(), false)).write(r);
                    }
                }
            }
        }
        assertTrue(id > 0);
        for (GzipSink s : sinks.values()) {
            s.finish(Instant.now());
        }
        for (BulkFile f : m.files()) {
            if (f.dataset() != null) {
                assertEquals(
                        gunzip(reference.resolve(f.name())),
                        gunzip(store.path(m, f)),
                        f.name() + " as the documents give it one by one");
            }
        }
    }

    private List<DisclosureDocument> catalogDocumentsOneByOne() {
        return java.util.stream.LongStream.rangeClosed(1, 100)
                .mapToObj(catalog::document)
                .flatMap(java.util.Optional::stream)
                .filter(BulkBuilder::isPublic)
                .toList();
    }

    private static Dataset datasetOf(String base) {
        for (Dataset d : Dataset.values()) {
            if (d.base.equals(base)) {
                return d;
            }
        }
        throw new IllegalArgumentException(base);
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> sqlOf(List<SqlLog.Statement> statements) {
        return statements.stream().map(SqlLog.Statement::sql).toList();
    }
}
