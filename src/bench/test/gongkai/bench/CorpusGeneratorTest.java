package gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.SearchOutbox;
import gongkai.disclosure.StandardTable;
import gongkai.validation.ConsistencyChecker;
import gongkai.validation.Finding;
import gongkai.validation.Severity;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The benchmark corpus: deterministic, consistent by the reviewers' rules, stored as the catalog
 * reads it.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusGeneratorTest {

    @Inject io.micronaut.context.ApplicationContext context;
    DataSource dataSource;
    @Inject DisclosureCatalog catalog;
    @Inject SearchOutbox outbox;

    List<UnitCatalog.RegionRow> regions;
    private final ConsistencyChecker checker = new ConsistencyChecker(CodeList.standard());

    @BeforeAll
    void readRegions() {
        dataSource = BenchContexts.rawDataSource(context);
        regions = BenchContexts.regions(context);
    }

    @Test
    void sameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
        CorpusGenerator a = new CorpusGenerator(regions, 60, 7);
        CorpusGenerator b = new CorpusGenerator(regions, 60, 7);
        CorpusGenerator c = new CorpusGenerator(regions, 60, 8);
        for (int i = 0; i < 60; i++) {
            assertEquals(a.generate(i), b.generate(i), "disclosure " + i);
        }
        // order-independent: disclosure 37 alone is the same as in the full pass
        assertEquals(a.generate(37), new CorpusGenerator(regions, 60, 7).generate(37));
        assertNotEquals(a.generate(0).document(), c.generate(0).document());
    }

    @Test
    void unitsSpreadOverTheRegionTreeAndPublishFiveYears() {
        CorpusGenerator g = new CorpusGenerator(regions, 1000, 3);
        assertEquals(200, g.units().size());
        Set<String> provinces =
                g.units().stream()
                        .map(u -> u.regionCode().substring(0, 2))
                        .collect(Collectors.toSet());
        assertTrue(provinces.size() >= 25, "provinces: " + provinces.size());
        assertTrue(g.units().stream().anyMatch(u -> u.name().endsWith("县司法局")));
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < CorpusGenerator.YEARS; i++) {
            years.add(g.generate(i).document().fiscalYear());
            assertEquals(g.generate(0).unit(), g.generate(i).unit());
        }
        assertEquals(Set.of(2019, 2020, 2021, 2022, 2023), years);
        assertTrue(
                UnitCatalog.all(regions).size() >= 3000,
                "about 3,000 bureaus and their subordinate units");
    }

    @Test
    void generatedDisclosuresHaveNoConsistencyErrors() {
        CorpusGenerator g = new CorpusGenerator(regions, 400, 11);
        Map<String, Integer> warnings = new TreeMap<>();
        for (int i = 0; i < 400; i += 2) {
            DisclosureDocument d = g.generate(i).document();
            List<Finding> findings = checker.check(d);
            List<Finding> errors =
                    findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            assertTrue(errors.isEmpty(), d.unit().name() + " " + d.fiscalYear() + ": " + errors);
            findings.forEach(f -> warnings.merge(f.ruleId(), 1, Integer::sum));
            assertEquals(10, d.tables().size());
            assertTrue(
                    d.tables().stream()
                                    .filter(t -> t.kind() == StandardTable.G05)
                                    .findFirst()
                                    .orElseThrow()
                                    .rows()
                                    .size()
                            > 8);
        }
        // Narrative figures are derived from the tables, so the narrative checks agree too.
        assertTrue(
                warnings.keySet().stream()
                        .noneMatch(
                                k ->
                                        k.startsWith("NARRATIVE-TOTAL")
                                                || k.startsWith("NARRATIVE-FISCAL")
                                                || k.startsWith("PROJECTS-SUM")
                                                || k.startsWith("T10")),
                warnings.toString());
    }

    @Test
    void writtenDisclosuresReadBackThroughTheCatalogUnchangedAndConsistent() throws Exception {
        CorpusGenerator g = new CorpusGenerator(regions, 30, 5);
        long queuedBefore = outbox.lastPosition();
        CorpusLoader.LoadResult result = new CorpusLoader(context).load(g, p -> {});
        // Stored through DisclosureService like an import that publishes: every report is queued
        // for the index.
        assertEquals(queuedBefore + result.disclosures(), outbox.lastPosition());
        assertEquals(30, result.disclosures() + result.skipped());
        long firstId;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(id) FROM disclosure")) {
            rs.next();
            firstId = rs.getLong(1) - result.disclosures() + 1;
        }
        for (int i = 0; i < result.disclosures(); i += 7) {
            DisclosureDocument stored = catalog.document(firstId + i).orElseThrow();
            DisclosureDocument generated = g.generate(i).document();
            assertEquals(generated.unit().name(), stored.unit().name());
            assertEquals(generated.fiscalYear(), stored.fiscalYear());
            assertEquals(generated.sections(), stored.sections());
            assertEquals(generated.tables().size(), stored.tables().size());
            for (int t = 0; t < generated.tables().size(); t++) {
                assertEquals(
                        generated.tables().get(t).rows().size(),
                        stored.tables().get(t).rows().size());
            }
            assertEquals(generated.projects().size(), stored.projects().size());
            List<Finding> errors =
                    checker.check(stored).stream()
                            .filter(f -> f.severity() == Severity.ERROR)
                            .toList();
            assertTrue(errors.isEmpty(), errors.toString());
        }
        assertTrue(catalog.publishedCounts().publishedDisclosures() >= result.disclosures());
    }
}
