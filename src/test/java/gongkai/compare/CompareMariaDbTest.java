package gongkai.compare;

import static gongkai.testsupport.Imported.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.ImportService;
import gongkai.testsupport.MariaDb;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The comparison queries (LIKE on codes and region prefixes, nullable filters) on a real MariaDB
 * server, with the figures of the samples: the same answers as on H2.
 */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareMariaDbTest implements TestPropertyProvider {

    @Inject ImportService imports;
    @Inject CompareService compare;

    long department;
    long liling2023;
    long liling2022;
    long draft;

    @Override
    public Map<String, String> getProperties() {
        return MariaDb.freshDatabase();
    }

    @BeforeAll
    void importSamples() {
        stored(imports.importDocument("000", Samples.bytes(Samples.NMG_PUBLICITY_CENTRE), true));
        department =
                stored(
                        imports.importDocument(
                                "001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true));
        liling2023 =
                stored(
                        imports.importDocument(
                                "004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
        liling2022 =
                stored(
                        imports.importDocument(
                                "004-2022",
                                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2022),
                                true));
        draft =
                stored(
                        imports.importDocument(
                                "004-2024",
                                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2024),
                                false));
    }

    private List<CompareRow> rows(String code, Integer year, String region) {
        return compare.rows(
                new CompareQuery(
                        CompareCode.parse(code),
                        year,
                        compare.region(region),
                        null,
                        CompareQuery.Sort.AMOUNT,
                        true,
                        1,
                        50));
    }

    @Test
    void communityCorrectionAcrossUnitsAndYears() {
        List<CompareRow> rows = rows("2040610", null, null);
        assertEquals(
                List.of(department, liling2023, liling2022),
                rows.stream().map(CompareRow::disclosureId).toList());
        // 社区矫正: 78万元 in 001's narrative; 120,000.00 元 in 004's 公开03.
        assertEquals(0, new BigDecimal("780000").compareTo(rows.get(0).amount()));
        assertNull(rows.get(0).share());
        assertEquals(0, new BigDecimal("120000.00").compareTo(rows.get(1).amount()));
        assertEquals(0, new BigDecimal("13742926.23").compareTo(rows.get(1).expenseTotal()));
        assertEquals(0, new BigDecimal("0.87").compareTo(rows.get(1).share()));
    }

    @Test
    void filtersAndNamedRowsWorkTheSame() {
        assertEquals(
                List.of(liling2022),
                rows("2040610", 2022, "430200").stream().map(CompareRow::disclosureId).toList());
        assertEquals(
                List.of(department),
                rows("2040610", null, "150000").stream().map(CompareRow::disclosureId).toList());
        // 醴陵 from its 公开09; 内蒙古自治区司法厅 states it only in its narrative (29.29万元).
        List<CompareRow> threePublic =
                rows("三公经费合计", 2023, null).stream()
                        .filter(r -> r.disclosureId() == liling2023)
                        .toList();
        assertEquals(1, threePublic.size());
        assertEquals(0, new BigDecimal("70000.00").compareTo(threePublic.get(0).amount()));
        CompareRow narrative =
                rows("三公经费合计", 2023, null).stream()
                        .filter(r -> r.disclosureId() == department)
                        .findFirst()
                        .orElseThrow();
        assertEquals("PROSE", narrative.source());
        assertEquals(0, new BigDecimal("292900.00").compareTo(narrative.amount()));
        List<CompareRow> section = rows("20406", 2023, "430000");
        assertTrue(section.get(0).summed());
        assertTrue(
                rows("30217", null, null).stream()
                        .allMatch(r -> r.amount().compareTo(new BigDecimal("30000.00")) == 0));
        assertTrue(rows("2040610", 2024, null).isEmpty(), "the 2024 draft is not compared");
    }
}
